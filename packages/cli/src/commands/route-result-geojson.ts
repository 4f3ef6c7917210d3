import { type ItineraryFeatureOptions, itineraryFeatures, type RouteResult } from '@corridor/core';
import { noRouteJson } from './itinerary-json.js';

/** The `--geojson` document: every itinerary's legs and stops; no route as an empty collection with `noRoute`. */
export type RouteFeatureCollection = ReturnType<typeof itineraryFeatures<ItineraryFeatureOptions>> & {
  readonly noRoute?: ReturnType<typeof noRouteJson>;
};

/**
 * The `--geojson` document of a route answer: `itineraryFeatures` of each itinerary in turn (numbered from 0 in
 * the ids and the `itinerary` property, so ids stay unique across alternatives). Lines are cut at ±180° into
 * MultiLineStrings unless `splitAntimeridian` is `false`. No route gives an empty collection with a `noRoute`
 * member. The same answer always gives the same text.
 *
 * @param result - what `router.route` or `router.pareto` returned
 * @param splitAntimeridian - cut lines at the antimeridian (RFC 7946 §3.1.9)
 * @returns a FeatureCollection (RFC 7946)
 * @example
 * JSON.stringify(routeResultGeoJson(router.route({ from: 'Xiamen', to: 'Los Angeles' }), true));
 */
export function routeResultGeoJson(result: RouteResult, splitAntimeridian: boolean): RouteFeatureCollection {
  if ('noRoute' in result) return { type: 'FeatureCollection', features: [], noRoute: noRouteJson(result.noRoute) };
  return {
    type: 'FeatureCollection',
    features: result.itineraries.flatMap(
      (itinerary, index) => itineraryFeatures(itinerary, { itinerary: index, splitAntimeridian }).features,
    ),
  };
}
