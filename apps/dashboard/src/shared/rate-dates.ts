/**
 * "Rates as of …": the dates of the published rates an itinerary's service legs were charged at. The worker
 * answers each route query with the dates of its legs' rates, keyed by {@link rateKey}; the page looks the
 * selected itinerary's legs up.
 */
import type { Itinerary } from '@corridor/core/model';

/** The key of a service leg's rate: service, boarding and alighting terminal. */
export function rateKey(service: string, fromId: string, toId: string): string {
  return `${service}|${fromId}|${toId}`;
}

/**
 * The dates of the rates behind an itinerary's legs, oldest first, each once.
 * @param itinerary - the selected itinerary
 * @param rateDates - dates by {@link rateKey}, as the engine answered
 * @returns ISO dates (empty when no leg's rate is dated)
 */
export function itineraryRateDates(itinerary: Itinerary, rateDates: Readonly<Record<string, string>>): string[] {
  const dates = itinerary.legs.flatMap((leg) =>
    leg.service === undefined ? [] : (rateDates[rateKey(leg.service, leg.from.id, leg.to.id)] ?? []),
  );
  return [...new Set(dates)].sort();
}
