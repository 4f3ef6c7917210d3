import type { Position } from 'geojson';
import type { LonLat } from '../model/network.js';

/**
 * Makes longitudes continuous along a line: wherever one step jumps by more than 180°, the rest of the line is
 * shifted by 360° the other way, so that a line across the Pacific is drawn across it (longitudes may pass ±180°,
 * which MapLibre accepts) instead of across the whole map. The inverse, for GIS files, is `splitAntimeridian`.
 *
 * @param points - `[lon, lat]` in degrees, in order
 * @returns a new array of the same length
 * @example
 * ```ts
 * import { unwrapLongitudes } from '@corridor/core/geo';
 *
 * console.log(JSON.stringify(unwrapLongitudes([[170, 0], [-170, 0]]))); // → [[170,0],[190,0]]
 * ```
 */
export function unwrapLongitudes(points: readonly LonLat[] | readonly Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [lon = 0, lat = 0] of points) {
    if (previous !== undefined) {
      const step = lon - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previous = lon;
    out.push([lon + offset, lat]);
  }
  return out;
}
