import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../test/tiny-dataset.js';
import { loadNetwork } from '../load/load-network.js';
import type { Network, Service } from '../model/network.js';
import { pathLengthKm } from './great-circle-path.js';
import { buildInfrastructureGraphs } from './infrastructure-graphs.js';
import { serviceLegs } from './service-legs.js';

/** The tiny dataset with a `route_km` column in rail-tracks.csv, holding `km` on the Dostyk–Almaty track. */
function withRouteKm(km: number): Network {
  const rows = (tinyDataset['rail-tracks.csv'] as string).trimEnd().split('\n');
  const withColumn = rows.map((row, index) => {
    const cells = row.split(',');
    const value = index === 0 ? 'route_km' : cells[0] === 'rt_dostyk_almaty' ? String(km) : '';
    return [...cells.slice(0, -1), value, cells.at(-1)].join(',');
  });
  return loadNetwork({ ...tinyDataset, 'rail-tracks.csv': `${withColumn.join('\n')}\n` });
}

const railLegs = (network: Network) => {
  const service = network.services.find((s) => s.mode === 'rail') as Service;
  return serviceLegs(network, buildInfrastructureGraphs(network), service).legs;
};

describe('buildInfrastructureGraphs() with rail route km', () => {
  it('gives a track without route km the length of its drawn line', () => {
    const network = loadNetwork(tinyDataset);
    const way = buildInfrastructureGraphs(network).rail.getEdgeAttributes('rt_dostyk_almaty');
    expect(way.lengthKm).toBeCloseTo(pathLengthKm(way.points), 9);
  });

  it("gives a track with route km that length, and keeps the drawn line's points for the map", () => {
    const drawn = buildInfrastructureGraphs(loadNetwork(tinyDataset)).rail.getEdgeAttributes('rt_dostyk_almaty');
    const way = buildInfrastructureGraphs(withRouteKm(560)).rail.getEdgeAttributes('rt_dostyk_almaty');
    expect(way.lengthKm).toBe(560);
    expect(way.points).toEqual(drawn.points);
  });

  it('makes service legs over the track as long as its route km, and leaves the other legs alone', () => {
    const [chinaLeg, kazakhLeg] = railLegs(withRouteKm(560));
    const [drawnChinaLeg] = railLegs(loadNetwork(tinyDataset));
    expect(kazakhLeg?.distanceKm).toBe(560);
    expect(chinaLeg?.distanceKm).toBe(drawnChinaLeg?.distanceKm);
  });
});
