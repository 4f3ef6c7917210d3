import { geoDistance, geoInterpolate } from 'd3-geo';
import { EARTH_RADIUS_KM } from '../model/great-circle-km.js';
import type { LonLat } from '../model/network.js';
import { unwrapLine } from '../model/unwrap-ring.js';

/** Default spacing of the points a great-circle path is drawn with, km: smooth at any zoom the dashboard uses. */
export const DEFAULT_MAX_SEGMENT_KM = 50;

/**
 * Length of a path along great circles through `points`, km.
 *
 * @param points - `[lon, lat]` in degrees, in order
 * @returns the sum of great-circle distances between consecutive points; 0 for fewer than two points
 * @example
 * ```ts
 * import { pathLengthKm } from '@corridor/core/geo';
 *
 * const xiamenSingaporeColombo: [number, number][] = [[118.09, 24.48], [103.82, 1.35], [79.85, 6.93]];
 * console.log(Math.round(pathLengthKm(xiamenSingaporeColombo))); // → 5723
 * console.log(pathLengthKm([[118.09, 24.48]])); // → 0
 * ```
 */
export function pathLengthKm(points: readonly LonLat[]): number {
  let lengthKm = 0;
  for (let i = 1; i < points.length; i++) {
    lengthKm += geoDistance(points[i - 1] as [number, number], points[i] as [number, number]) * EARTH_RADIUS_KM;
  }
  return lengthKm;
}

/**
 * Densifies a path so that each segment is a great circle drawn with points at most `maxSegmentKm`
 * apart, then makes its longitudes continuous (values may pass ±180°), so a line across the
 * Pacific draws as one line in MapLibre instead of a stroke across the whole map.
 *
 * @param points - `[lon, lat]` in degrees, in order
 * @param maxSegmentKm - the largest spacing between output points, km
 * @returns a new array; the first and last points equal the input's (up to ±360° of longitude)
 * @example
 * ```ts
 * import { greatCirclePath } from '@corridor/core/geo';
 *
 * const xiamenToLosAngeles = greatCirclePath([[118.1, 24.5], [-118.2, 33.7]]);
 * console.log(xiamenToLosAngeles.length); // → 226
 * console.log(xiamenToLosAngeles.at(-1)); // → [ 241.8, 33.7 ]
 * ```
 */
export function greatCirclePath(points: readonly LonLat[], maxSegmentKm = DEFAULT_MAX_SEGMENT_KM): LonLat[] {
  const first = points[0];
  if (first === undefined) return [];
  const out: [number, number][] = [[first[0], first[1]]];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as [number, number];
    const b = points[i] as [number, number];
    const steps = Math.max(1, Math.ceil((geoDistance(a, b) * EARTH_RADIUS_KM) / maxSegmentKm));
    const at = geoInterpolate(a, b);
    for (let k = 1; k < steps; k++) out.push(at(k / steps));
    out.push([b[0], b[1]]);
  }
  return unwrapLine(out).map(([lon = 0, lat = 0]): LonLat => [lon, lat]);
}
