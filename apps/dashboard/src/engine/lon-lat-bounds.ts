import type { LonLatBounds } from './engine-api';

/** Wraps a longitude into [-180, 180). */
function wrapLongitude(lonDeg: number): number {
  if (lonDeg >= -180 && lonDeg < 180) return lonDeg; // as given: no rounding error for the usual case
  return ((((lonDeg + 180) % 360) + 360) % 360) - 180;
}

/**
 * The smallest box around a set of points, taking the shorter way round the globe: a set of points on both sides
 * of the antimeridian (Shanghai and Los Angeles) gets a box across the Pacific, with `east` beyond 180, not one
 * across the whole world. Longitudes may be given in any world copy (lines with continuous longitudes are fine).
 * @param points - `[lon, lat]` in degrees
 * @returns `[west, south, east, north]` with `west` in [-180, 180) and `east` ≥ `west`; `null` for no point
 * @example
 * lonLatBounds([[121.5, 31.2], [-118.2, 33.7]]); // [121.5, 31.2, 241.8, 33.7]
 */
export function lonLatBounds(points: Iterable<readonly [number, number]>): LonLatBounds | null {
  const longitudes: number[] = [];
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [lon, lat] of points) {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    longitudes.push(wrapLongitude(lon));
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  if (longitudes.length === 0) return null;
  longitudes.sort((a, b) => a - b);
  const first = longitudes[0] ?? 0;
  const last = longitudes[longitudes.length - 1] ?? 0;
  // The box leaves out the widest empty stretch of longitude. Start with the one across the antimeridian…
  let west = first;
  let east = last;
  let widestGap = first + 360 - last;
  // …and prefer a strictly wider one between two neighbours, which puts the box across the antimeridian.
  for (let k = 1; k < longitudes.length; k++) {
    const before = longitudes[k - 1] ?? 0;
    const after = longitudes[k] ?? 0;
    if (after - before > widestGap) {
      widestGap = after - before;
      west = after;
      east = before + 360;
    }
  }
  return [west, south, east, north];
}
