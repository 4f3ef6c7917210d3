import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { assign } from './assign.js';
import { flowFeatures } from './flow-features.js';

const result = assign(fujianNetwork, { method: 'aon' });
const collection = flowFeatures(fujianNetwork, result);

function positions(geometry: Geometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'LineString') return geometry.coordinates;
  if (geometry.type === 'MultiLineString') return geometry.coordinates.flat();
  throw new Error(`unexpected ${geometry.type}`);
}

describe('flowFeatures()', () => {
  it('draws service legs as lines, then terminals and border crossings as points', () => {
    const kinds = collection.features.map((f) => `${f.geometry.type} ${f.properties.kind === 'service-leg'}`);
    const lines = kinds.filter((k) => k === 'LineString true').length;
    expect(lines).toBeGreaterThan(0);
    expect(kinds.slice(0, lines).every((k) => k === 'LineString true')).toBe(true);
    expect(kinds.slice(lines).every((k) => k === 'Point false')).toBe(true);
    expect(kinds.length).toBeGreaterThan(lines);
  });

  it("gives each feature its element's id, once, and its flow, background, capacity and utilization", () => {
    const ids = collection.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const elements = new Map(result.elements.map((e) => [e.id, e]));
    for (const f of collection.features) {
      const element = elements.get(String(f.id));
      expect(f.properties.id).toBe(f.id);
      expect(f.properties).toEqual({
        id: element?.id,
        kind: element?.kind,
        mode: element?.mode,
        unit: element?.unit,
        nameEn: element?.nameEn,
        nameZh: element?.nameZh,
        flowPerWeek: element?.flowPerWeek,
        backgroundPerWeek: element?.backgroundPerWeek,
        capacityPerWeek: element?.capacityPerWeek,
        utilization: element?.utilization,
      });
    }
  });

  it('sorts lines and points each by flow, smallest first, so that the busiest are drawn on top', () => {
    const lines = collection.features.filter((f) => f.geometry.type !== 'Point');
    const points = collection.features.filter((f) => f.geometry.type === 'Point');
    for (const group of [lines, points]) {
      for (let k = 1; k < group.length; k++) {
        expect(group[k]?.properties.flowPerWeek).toBeGreaterThanOrEqual(group[k - 1]?.properties.flowPerWeek ?? 0);
      }
    }
  });

  it('keeps every line continuous in longitude by default (no step over 180°)', () => {
    for (const f of collection.features) {
      const line = positions(f.geometry);
      for (let k = 1; k < line.length; k++) {
        expect(Math.abs((line[k]?.[0] ?? 0) - (line[k - 1]?.[0] ?? 0))).toBeLessThan(180);
      }
    }
    expect(collection.features.some((f) => positions(f.geometry).some(([lon = 0]) => lon > 180))).toBe(true);
  });

  it('with splitAntimeridian, keeps every longitude within [-180, 180] and the same features in the same order', () => {
    const split = flowFeatures(fujianNetwork, result, { splitAntimeridian: true });
    expect(split.features.map((f) => f.id)).toEqual(collection.features.map((f) => f.id));
    for (const f of split.features) {
      for (const [lon = 0] of positions(f.geometry)) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    }
    expect(split.features.some((f) => f.geometry.type === 'MultiLineString')).toBe(true);
  });
});
