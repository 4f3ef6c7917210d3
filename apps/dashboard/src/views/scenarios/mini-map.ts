import { type GeoProjection, geoEquirectangular, geoPath } from 'd3';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { LonLatBounds } from '../../engine/engine-api';
import type { DeltaLegProperties } from '../../engine/scenario-api';

/** Line widths of a small map's legs, px: the largest change of the maps compared gets the widest. */
export const MINI_LEG_WIDTH = { min: 0.75, max: 4 } as const;

/**
 * The projection of the small maps: equirectangular (flat and fast, and a box in degrees stays a box), centred on
 * the box's middle longitude so that a box across the antimeridian (`east` beyond 180) is not cut, and fitted to
 * the box with a margin.
 * @param bounds - `[west, south, east, north]` in degrees, as {@link changedBounds} gives
 * @param widthPx - the map's width
 * @param heightPx - the map's height
 * @param marginPx - room inside the edges
 * @example
 * miniMapProjection([-20, -40, 125, 50], 160, 110)([18.5, -34.4]); // the Cape, inside 160 × 110
 */
export function miniMapProjection(
  bounds: LonLatBounds,
  widthPx: number,
  heightPx: number,
  marginPx = 4,
): GeoProjection {
  const [west, south, east, north] = bounds;
  const middle = (west + east) / 2;
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, north],
      [west, north],
      [east, south],
      [middle, south],
      [middle, north],
    ],
  };
  return geoEquirectangular()
    .rotate([-middle, 0])
    .fitExtent(
      [
        [marginPx, marginPx],
        [widthPx - marginPx, heightPx - marginPx],
      ],
      corners,
    );
}

/** One leg of a small map: its SVG path, colour class and width. */
export interface MiniLeg {
  readonly id: string;
  readonly d: string;
  readonly change: 'grew' | 'shrank';
  readonly widthPx: number;
}

/**
 * SVG paths of a scenario's changed legs on a small map, widths by the square root of |change| against the
 * largest change of all maps compared (so that the maps can be read against each other).
 * @param legs - the run's delta legs
 * @param projection - the shared projection
 * @param largestDelta - the largest |change| of the maps compared
 * @returns one path per leg that has one on the map, smallest change first (the largest drawn on top)
 */
export function miniMapLegs(
  legs: readonly Feature<LineString, DeltaLegProperties>[],
  projection: GeoProjection,
  largestDelta: number,
): MiniLeg[] {
  const path = geoPath(projection);
  return legs.flatMap((leg) => {
    const d = path(leg);
    if (d === null || d === '') return [];
    const t = largestDelta > 0 ? Math.sqrt(Math.min(1, Math.abs(leg.properties.delta) / largestDelta)) : 0;
    const widthPx = MINI_LEG_WIDTH.min + t * (MINI_LEG_WIDTH.max - MINI_LEG_WIDTH.min);
    return [{ id: leg.properties.id, d, change: leg.properties.change, widthPx }];
  });
}

/**
 * The SVG path of the land on a small map: only what falls inside the map (the world's path was 74 k characters
 * for a map that shows a part of it), and without d3's resampling of each edge into a great-circle arc, which adds
 * nothing to 1:110m coastlines in an equirectangular projection at this size. A third of the characters and of the
 * time, in the task that draws a scenario's comparison.
 * @param land - land polygons (world-atlas `land-110m`)
 * @param bounds - the box the maps show, as for {@link miniMapProjection}
 * @param widthPx - the map's width
 * @param heightPx - the map's height
 * @returns a path, empty without land
 * @example
 * miniMapLand(land, [-20, -40, 125, 50], 160, 110); // 'M…Z…', every point inside 160 × 110
 */
export function miniMapLand(
  land: FeatureCollection<Polygon | MultiPolygon> | null,
  bounds: LonLatBounds,
  widthPx: number,
  heightPx: number,
): string {
  if (land === null) return '';
  const projection = miniMapProjection(bounds, widthPx, heightPx)
    .precision(0)
    .clipExtent([
      [0, 0],
      [widthPx, heightPx],
    ]);
  return geoPath(projection)(land) ?? '';
}
