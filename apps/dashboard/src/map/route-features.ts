import type { Itinerary, Mode } from '@corridor/core/model';
import type { FeatureCollection, LineString, Point } from 'geojson';

/** Properties of a feature of the drawn route. */
export interface RouteFeatureProperties {
  readonly kind: 'route-leg' | 'route-stop';
  readonly mode: Mode;
  /** Leg index for a line; for a stop, the index of the leg it ends (−1 for the start). */
  readonly leg: number;
}

/**
 * The features of a route on the map: one line per leg (its geometry as the library gives it, continuous across
 * the antimeridian) and one point at the start and at each leg's end.
 * @param itinerary - the route, or `null`
 * @returns a feature collection (empty for `null`)
 */
export function routeFeatures(
  itinerary: Itinerary | null,
): FeatureCollection<LineString | Point, RouteFeatureProperties> {
  if (itinerary === null) return { type: 'FeatureCollection', features: [] };
  const lines = itinerary.legs.map((leg, index) => ({
    type: 'Feature' as const,
    properties: { kind: 'route-leg' as const, mode: leg.mode, leg: index },
    geometry: { type: 'LineString' as const, coordinates: leg.geometry.coordinates.map((c) => [...c]) },
  }));
  const first = itinerary.legs[0];
  const ends = itinerary.legs.map((leg, index) => ({
    type: 'Feature' as const,
    properties: { kind: 'route-stop' as const, mode: leg.mode, leg: index },
    geometry: { type: 'Point' as const, coordinates: [...(leg.geometry.coordinates.at(-1) ?? leg.to.position)] },
  }));
  const start =
    first === undefined
      ? []
      : [
          {
            type: 'Feature' as const,
            properties: { kind: 'route-stop' as const, mode: first.mode, leg: -1 },
            geometry: {
              type: 'Point' as const,
              coordinates: [...(first.geometry.coordinates[0] ?? first.from.position)],
            },
          },
        ];
  return { type: 'FeatureCollection', features: [...lines, ...start, ...ends] };
}
