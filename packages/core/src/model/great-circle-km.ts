import type { LonLat } from './network.js';

/** Mean Earth radius (IUGG), km: the sphere every distance in Corridor is measured on. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * Great-circle distance between two points on the sphere (haversine), km. Antimeridian-safe: the
 * shorter way round is always taken.
 *
 * @param from - `[lon, lat]` in degrees
 * @param to - `[lon, lat]` in degrees
 * @returns distance in km, 0 for equal points
 * @example
 * ```ts
 * import { greatCircleKm } from '@corridor/core/model';
 *
 * const xiamen: [number, number] = [118.089, 24.48];
 * const singapore: [number, number] = [103.82, 1.35];
 * console.log(Math.round(greatCircleKm(xiamen, singapore))); // → 2995
 * ```
 */
export function greatCircleKm(from: LonLat, to: LonLat): number {
  const dLat = (to[1] - from[1]) * RAD;
  const dLon = (to[0] - from[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(from[1] * RAD) * Math.cos(to[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
