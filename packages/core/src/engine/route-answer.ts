import type { LineString } from 'geojson';
import { legRate } from '../costing/leg-rate.js';
import type { Itinerary, ItineraryLeg, ItineraryStop, NoRoute, RouteResult, Snap } from '../model/itinerary.js';
import type { Network } from '../model/network.js';

/** A leg as the engine answers it: the library's leg, with the date of the rate it was charged at. */
export interface LegAnswer extends Omit<ItineraryLeg, 'geometry'> {
  /** The date of the published rate the leg was charged at; null for road or an undated assumption. */
  readonly rateAsOf: string | null;
  /** The ids (in the dataset's `sources.csv`) of the rate the leg was charged at; empty for road or an unknown rate. */
  readonly rateSources: readonly string[];
  /** The leg's line, only when the request asked for `geometry`. */
  readonly geometry?: LineString;
}

/** An itinerary as the engine answers it: the library's, with {@link LegAnswer} legs. */
export interface ItineraryAnswer extends Omit<Itinerary, 'legs'> {
  readonly legs: readonly LegAnswer[];
}

/** What the ends of a query resolved to (a name may match a place, a code a terminal). */
export interface RouteEnds {
  readonly from: ItineraryStop;
  readonly to: ItineraryStop;
  readonly via?: ItineraryStop;
}

/**
 * The answer to a route or Pareto request: the same fields as the library's `RouteResult`, plus the ends as
 * resolved. Plain data: it crosses a worker boundary or an HTTP response as it is (see `answerJson`).
 */
export type RouteAnswer =
  | { readonly ends: RouteEnds; readonly itineraries: readonly ItineraryAnswer[]; readonly snaps: readonly Snap[] }
  | { readonly ends: RouteEnds; readonly noRoute: NoRoute; readonly snaps: readonly Snap[] };

function legAnswer(leg: ItineraryLeg, network: Network, geometry: boolean): LegAnswer {
  const { geometry: line, ...rest } = leg;
  const rate = legRate(network, leg);
  return {
    ...rest,
    rateAsOf: rate?.asOf ?? null,
    rateSources: rate?.sources ?? [],
    ...(geometry ? { geometry: line } : {}),
  };
}

/**
 * A router's result as the engine answers it.
 *
 * @param result - what `router.route` or `router.pareto` returned
 * @param ends - the ends as resolved
 * @param network - for the rates' dates
 * @param geometry - keep each leg's line
 * @returns plain data
 * @example
 * ```ts
 * import { routeAnswer, stopOf } from '@corridor/core/engine';
 * import { createRouter } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const router = createRouter(fujianNetwork);
 * const result = router.route({ from: 'CNXMN', to: 'NLRTM', modes: ['sea', 'road'] });
 * const ends = { from: stopOf(router.lookup.find('CNXMN')), to: stopOf(router.lookup.find('NLRTM')) };
 * const answer = routeAnswer(result, ends, fujianNetwork, false);
 * if ('itineraries' in answer) {
 *   const legs = answer.itineraries[0]?.legs ?? [];
 *   console.log(legs.map((leg) => [leg.mode, leg.rateAsOf, leg.geometry === undefined])); // → [ [ 'road', null, true ], [ 'sea', '2025-04-10', true ], [ 'road', null, true ] ]
 *   console.log(legs[1]?.rateSources, legs[1]?.costBreakdown.freightUsd === legs[1]?.costUsd); // → [ 'C04' ] true
 * }
 * ```
 */
export function routeAnswer(result: RouteResult, ends: RouteEnds, network: Network, geometry: boolean): RouteAnswer {
  if ('noRoute' in result) return { ends, noRoute: result.noRoute, snaps: result.snaps };
  return {
    ends,
    itineraries: result.itineraries.map((itinerary) => ({
      ...itinerary,
      legs: itinerary.legs.map((leg) => legAnswer(leg, network, geometry)),
    })),
    snaps: result.snaps,
  };
}
