import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { tinyDataset } from '../../test/tiny-dataset.js';
import { loadNetwork } from '../load/load-network.js';
import { buildInfrastructureGraphs } from './infrastructure-graphs.js';
import { networkFeatures, networkGeoJson } from './network-features.js';

const network = loadNetwork(tinyDataset);
const graphs = buildInfrastructureGraphs(network);

function positions(geometry: Geometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'LineString') return geometry.coordinates;
  if (geometry.type === 'MultiLineString') return geometry.coordinates.flat();
  throw new Error(`unexpected ${geometry.type}`);
}

describe('networkFeatures()', () => {
  it('exports terminals, ways and service legs with kind, id, name, distance and passages', () => {
    const collection = networkFeatures(network, graphs);
    const kinds = collection.features.map((f) => f.properties?.kind);
    expect(kinds.filter((k) => k === 'terminal')).toHaveLength(7);
    expect(kinds.filter((k) => k === 'sea-lane')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'rail-track')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'service-leg')).toHaveLength(4);
    const leg = collection.features.find((f) => f.properties?.id === 'sea_xmn_sin#0');
    expect(leg?.properties).toMatchObject({ mode: 'sea', service: 'sea_xmn_sin', passages: ['singapore-strait'] });
    expect(leg?.geometry.type).toBe('LineString');
  });

  it('gives every feature an id, unique in the collection, made of its kind and its own id', () => {
    const { features } = networkFeatures(network, graphs);
    const ids = features.map((f) => f.id);
    expect(new Set(ids).size).toBe(features.length);
    for (const f of features) expect(f.id).toBe(`${f.properties?.kind}:${f.properties?.id}`);
    expect(ids).toContain('service-leg:sea_xmn_sin#0');
  });

  it('exports one part alone', () => {
    const terminals = networkFeatures(network, graphs, { part: 'terminals' });
    expect(new Set(terminals.features.map((f) => f.properties?.kind))).toEqual(new Set(['terminal']));
  });

  it('is byte-identical on every run', () => {
    expect(JSON.stringify(networkFeatures(network, graphs))).toBe(JSON.stringify(networkFeatures(network, graphs)));
  });

  it('networkGeoJson(), deprecated, gives what networkFeatures() gives for the same part', () => {
    expect(networkGeoJson(network, graphs, 'services')).toEqual(networkFeatures(network, graphs, { part: 'services' }));
  });

  describe('across the antimeridian (the Fujian network)', () => {
    const fujianGraphs = buildInfrastructureGraphs(fujianNetwork);
    const continuous = networkFeatures(fujianNetwork, fujianGraphs);
    const split = networkFeatures(fujianNetwork, fujianGraphs, { splitAntimeridian: true });
    const past180 = continuous.features.filter((f) => positions(f.geometry).some(([lon = 0]) => lon > 180));

    it('keeps lines continuous by default: the trans-Pacific features reach past 180°, never a full turn', () => {
      // Seven on the day this was written (as far as 286°); one more since Fuzhou's US West Coast call (Q01).
      expect(past180.length).toBeGreaterThan(0);
      const east = Math.max(...past180.flatMap((f) => positions(f.geometry).map(([lon = 0]) => lon)));
      expect(east).toBeGreaterThan(180);
      expect(east).toBeLessThan(360);
    });

    it('with splitAntimeridian, keeps every longitude within [-180, 180], the same features with the same ids', () => {
      expect(split.features.map((f) => f.id)).toEqual(continuous.features.map((f) => f.id));
      for (const f of split.features) {
        for (const [lon = 0] of positions(f.geometry)) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      }
    });

    it('with splitAntimeridian, cuts only lines that cross, and leaves every other feature as it was', () => {
      split.features.forEach((f, k) => {
        const before = continuous.features[k];
        if (f.geometry.type === 'MultiLineString') expect(past180).toContain(before);
        else if (!past180.includes(before as (typeof past180)[number])) expect(f).toEqual(before);
      });
      expect(split.features.filter((f) => f.geometry.type === 'MultiLineString').length).toBeGreaterThan(0);
    });
  });
});
