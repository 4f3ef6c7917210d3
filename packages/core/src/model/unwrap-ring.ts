import type { Position } from 'geojson';

/** A step in longitude larger than this (degrees) is taken as a cut at the antimeridian. */
export const ANTIMERIDIAN_JUMP_DEG = 180;

/**
 * Counts the steps between consecutive positions whose longitudes differ by more than 180°.
 * @param coordinates - a ring or line, `[longitude, latitude]` in degrees
 * @returns the number of antimeridian jumps
 * @example
 * ```ts
 * import { countAntimeridianJumps } from '@corridor/core/model';
 *
 * console.log(countAntimeridianJumps([[179, 0], [-179, 0]])); // → 1
 * console.log(countAntimeridianJumps([[10, 0], [20, 0]])); // → 0
 * ```
 */
export function countAntimeridianJumps(coordinates: readonly Position[]): number {
  let jumps = 0;
  let previousLon: number | undefined;
  for (const [lon = 0] of coordinates) {
    if (previousLon !== undefined && Math.abs(lon - previousLon) > ANTIMERIDIAN_JUMP_DEG) jumps++;
    previousLon = lon;
  }
  return jumps;
}

/**
 * Makes longitudes continuous along a ring or line: after each jump across ±180° the following positions are
 * shifted by ±360°, then the whole path by +360° if it starts west of -180°. Longitudes may end up above 180°,
 * which MapLibre draws on the neighbouring world copy as intended.
 * @returns a new array of new positions
 */
function unwrapLongitudes(coordinates: readonly Position[]): Position[] {
  const out: Position[] = [];
  let offsetDeg = 0;
  let previousLon: number | undefined;
  let minLon = Number.POSITIVE_INFINITY;
  for (const [lon = 0, lat = 0] of coordinates) {
    if (previousLon !== undefined) {
      const stepDeg = lon - previousLon;
      if (stepDeg < -ANTIMERIDIAN_JUMP_DEG) offsetDeg += 360;
      else if (stepDeg > ANTIMERIDIAN_JUMP_DEG) offsetDeg -= 360;
    }
    previousLon = lon;
    out.push([lon + offsetDeg, lat]);
    minLon = Math.min(minLon, lon + offsetDeg);
  }
  return minLon < -180 ? out.map(([lon = 0, lat = 0]) => [lon + 360, lat]) : out;
}

/**
 * Repairs a polygon ring that world-atlas cut at the antimeridian, so MapLibre fills it correctly.
 *
 * Natural Earth rings such as Eurasia's (through Chukotka), Fiji's and Wrangel Island's jump from +180° to -180°
 * and back; drawn in planar longitude/latitude, such a ring spans the whole map and MapLibre fills wrong areas
 * (MapLibre draws in planar lon/lat, not on the sphere). A ring with an even, non-zero number of jumps is made continuous. A ring with no jump is
 * returned as is, and so is a ring with an odd number: Antarctica, which runs once around the pole and is closed
 * along the map's bottom edge, already renders right.
 * @param ring - a linear ring, `[longitude, latitude]` in degrees; not mutated
 * @returns `ring` itself when nothing needs fixing, otherwise a new, continuous ring
 * @example
 * ```ts
 * import { unwrapRing } from '@corridor/core/model';
 *
 * const fiji = unwrapRing([[179, -16], [-179, -16], [-179, -17], [179, -17], [179, -16]]);
 * console.log(JSON.stringify(fiji)); // → [[179,-16],[181,-16],[181,-17],[179,-17],[179,-16]]
 * ```
 */
export function unwrapRing(ring: Position[]): Position[] {
  const jumps = countAntimeridianJumps(ring);
  return jumps === 0 || jumps % 2 === 1 ? ring : unwrapLongitudes(ring);
}

/**
 * Makes a line's longitudes continuous where it crosses the antimeridian (a line, unlike a ring, needs no even count).
 * @param line - `[longitude, latitude]` positions in degrees; not mutated
 * @returns `line` itself when it has no jump, otherwise a new, continuous line
 * @example
 * ```ts
 * import { unwrapLine } from '@corridor/core/model';
 *
 * console.log(JSON.stringify(unwrapLine([[178, 65], [-178, 66]]))); // → [[178,65],[182,66]]
 * ```
 */
export function unwrapLine(line: Position[]): Position[] {
  return countAntimeridianJumps(line) === 0 ? line : unwrapLongitudes(line);
}
