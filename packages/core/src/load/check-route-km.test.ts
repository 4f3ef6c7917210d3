import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../test/load-issues.js';
import { tinyDataset } from '../../test/tiny-dataset.js';
import { loadNetwork } from './load-network.js';

/** The tiny dataset's rail-tracks.csv with a `route_km` column, holding `km` on the Dostyk–Almaty track. */
function withRouteKm(km: string): Record<string, string> {
  const rows = (tinyDataset['rail-tracks.csv'] as string).trimEnd().split('\n');
  const withColumn = rows.map((row, index) => {
    const cells = row.split(',');
    const value = index === 0 ? 'route_km' : cells[0] === 'rt_dostyk_almaty' ? km : '';
    return [...cells.slice(0, -1), value, cells.at(-1)].join(',');
  });
  return { ...tinyDataset, 'rail-tracks.csv': `${withColumn.join('\n')}\n` };
}

// The Dostyk–Almaty track of the tiny dataset is drawn 516 km long.
describe('rail-tracks.csv route_km', () => {
  it('is optional: a dataset without the column loads, and its tracks have no route km', () => {
    expect(loadNetwork(tinyDataset).railTracks.every((t) => t.routeKm === undefined)).toBe(true);
  });

  it('is read onto the track when given, and left out when the cell is empty', () => {
    const network = loadNetwork(withRouteKm('560'));
    expect(network.railTracks.find((t) => t.id === 'rt_dostyk_almaty')?.routeKm).toBe(560);
    expect(network.railTracks.find((t) => t.id === 'rt_urumqi_jinghe')).not.toHaveProperty('routeKm');
  });

  it.each([
    ['0', /must be greater than 0/],
    ['-5', /must be greater than 0/],
    ['about 560', /is not a number/],
  ])('refuses %s, naming the file, row and field', (km, message) => {
    const issue = issuesOf(withRouteKm(km)).find((i) => i.field === 'route_km');
    expect(issue).toMatchObject({ file: 'rail-tracks.csv', row: 4, value: km });
    expect(issue?.message).toMatch(message);
    expect(issue?.fix).toBeTruthy();
  });

  it.each([
    ['400', '0.77'],
    ['900', '1.74'],
  ])('refuses %s km, which is %s × the drawn line, and says which range fits', (km, ratio) => {
    const issue = issuesOf(withRouteKm(km)).find((i) => i.field === 'route_km');
    expect(issue).toMatchObject({ file: 'rail-tracks.csv', row: 4, value: km });
    expect(issue?.message).toContain(`${ratio} × the drawn line of 516 km`);
    expect(issue?.fix).toContain('465–825 km');
  });

  it('accepts a figure at either end of the plausible range', () => {
    expect(issuesOf(withRouteKm('465'))).toEqual([]);
    expect(issuesOf(withRouteKm('825'))).toEqual([]);
  });
});
