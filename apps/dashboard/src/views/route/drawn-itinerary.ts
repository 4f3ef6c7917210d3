/**
 * The planner asks the engine for each leg's line (`geometry: true`), so the itineraries it shows are the engine's
 * `ItineraryAnswer`s with every leg drawn: what the map, the timeline and the core geo helpers take as an
 * `Itinerary`.
 */
import type { ItineraryAnswer, LegAnswer, RouteAnswer } from '@corridor/core/engine';
import type { LineString } from 'geojson';

/** A leg of the engine's answer with its line. */
export type DrawnLeg = LegAnswer & { readonly geometry: LineString };

/** An itinerary of the engine's answer whose every leg has its line (assignable to the library's `Itinerary`). */
export type DrawnItinerary = Omit<ItineraryAnswer, 'legs'> & { readonly legs: readonly DrawnLeg[] };

const drawn = (itinerary: ItineraryAnswer): itinerary is DrawnItinerary =>
  itinerary.legs.every((leg) => leg.geometry !== undefined);

/**
 * The itineraries of a route or Pareto answer asked with `geometry`, each leg with its line.
 * @param answer - the engine's answer
 * @returns its itineraries (none for no route)
 * @example
 * drawnItineraries(answer)[0]?.legs[0]?.geometry.type; // 'LineString'
 */
export function drawnItineraries(answer: RouteAnswer): DrawnItinerary[] {
  return 'itineraries' in answer ? answer.itineraries.filter(drawn) : [];
}
