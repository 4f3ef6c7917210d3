import { describe, expect, it } from 'vitest';
import { lonLatBounds } from './lon-lat-bounds';

describe('lonLatBounds', () => {
  it('returns null for no points, and for points that are not finite', () => {
    expect(lonLatBounds([])).toBeNull();
    expect(lonLatBounds([[Number.NaN, 1]])).toBeNull();
  });

  it('returns a zero-size box for one point', () => {
    expect(lonLatBounds([[118.03, 24.45]])).toEqual([118.03, 24.45, 118.03, 24.45]);
  });

  it('boxes points on one side of the antimeridian the ordinary way', () => {
    expect(
      lonLatBounds([
        [103.84, 1.26],
        [118.03, 24.45],
        [87.62, 43.83],
      ]),
    ).toEqual([87.62, 1.26, 118.03, 43.83]);
  });

  it('boxes Shanghai and Los Angeles across the Pacific, with east beyond 180', () => {
    const [west, south, east, north] =
      lonLatBounds([
        [121.5, 31.2],
        [-118.2, 33.7],
      ]) ?? [];
    expect(west).toBe(121.5);
    expect(east).toBeCloseTo(241.8, 9);
    expect([south, north]).toEqual([31.2, 33.7]);
  });

  it('accepts continuous longitudes past ±180 (a line drawn across the Pacific)', () => {
    const [west, , east] =
      lonLatBounds([
        [170, 0],
        [190, 0],
        [200, 0],
      ]) ?? [];
    expect(west).toBe(170);
    expect(east).toBeCloseTo(200, 9);
  });

  it('never makes a box wider than 360°', () => {
    const [west = 0, , east = 0] =
      lonLatBounds([
        [-179, 0],
        [-60, 0],
        [60, 0],
        [179, 0],
      ]) ?? [];
    expect(east - west).toBeLessThanOrEqual(360);
    expect(east - west).toBeGreaterThanOrEqual(238);
  });
});
