/**
 * "Rates as of …": the dates of the published rates an itinerary's service legs were charged at. The engine
 * answers each service leg with its rate's date (`rateAsOf` of a `LegAnswer`).
 */
import type { ItineraryAnswer } from '@corridor/core/engine';

/**
 * The dates of the rates behind an itinerary's service legs, oldest first, each once.
 * @param itinerary - the selected itinerary, as the engine answered it
 * @returns ISO dates (empty when no leg's rate is dated)
 * @example
 * itineraryRateDates(answer.itineraries[0]); // ['2025-04-10', '2025-06-13']
 */
export function itineraryRateDates(itinerary: Pick<ItineraryAnswer, 'legs'>): string[] {
  const dates = itinerary.legs.flatMap((leg) =>
    leg.service === undefined || leg.rateAsOf === null ? [] : [leg.rateAsOf],
  );
  return [...new Set(dates)].sort();
}
