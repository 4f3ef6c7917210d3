import type { Network } from '../model/network.js';
import { pairTariff } from '../model/pair-fares.js';

/** The published rate a leg was charged from: its date, trade lane and sources. */
export interface LegRate {
  /** ISO date of the rate (`2025-04-10`); absent where the dataset gives none (an assumption). */
  readonly asOf?: string;
  /** Trade lane of a pair rate (`asia-north-europe`); absent for a whole-run tariff. */
  readonly lane?: string;
  readonly sources: readonly string[];
}

/**
 * The rate behind a service leg of an itinerary: the pair tariff from its boarding to its alighting
 * terminal, or the service's whole-run tariff, with the date the dataset records for it — so a planner
 * reads "rates as of …" beside the money.
 *
 * @param network - the network the route was found on
 * @param leg - an itinerary leg (`service`, and terminal ids as `from.id` / `to.id`)
 * @returns the rate, or `undefined` for a road haul or an unknown service
 * @example
 * ```ts
 * import { legRate } from '@corridor/core/costing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const leg = { service: 'srm-emirates-wafa', from: { id: 'xmn_port_haicang' }, to: { id: 'jea_port' } };
 * console.log(legRate(fujianNetwork, leg)); // → { asOf: '2025-06-13', lane: 'asia-gulf', sources: [ 'V03' ] }
 * console.log(legRate(fujianNetwork, { from: { id: 'CNXMN' }, to: { id: 'xmn_port_haicang' } })); // → undefined
 * ```
 */
export function legRate(
  network: Network,
  leg: { readonly service?: string; readonly from: { readonly id: string }; readonly to: { readonly id: string } },
): LegRate | undefined {
  if (leg.service === undefined) return undefined;
  const service = network.services.find((s) => s.id === leg.service);
  if (service === undefined) return undefined;
  if (service.tariffs !== undefined) {
    const rate = pairTariff(service.tariffs, leg.from.id, leg.to.id);
    return rate === undefined ? undefined : { asOf: rate.asOf, lane: rate.lane, sources: rate.sources };
  }
  const tariff = service.tariff;
  if (tariff === undefined) return undefined;
  return { ...(tariff.asOf === undefined ? {} : { asOf: tariff.asOf }), sources: tariff.sources };
}

/**
 * The dates of the rates an itinerary's legs were charged at, oldest first, each once: what "rates as of …"
 * lists.
 *
 * @param network - the network the route was found on
 * @param legs - the itinerary's legs
 * @returns ISO dates, sorted, without repeats (empty when no leg's rate is dated)
 * @example
 * ```ts
 * import { ratesAsOf } from '@corridor/core/costing';
 * import { createRouter } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const result = createRouter(fujianNetwork).route({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'] });
 * if ('itineraries' in result) {
 *   console.log(ratesAsOf(fujianNetwork, result.itineraries[0]?.legs ?? [])); // → [ '2025-04-10' ]
 * }
 * ```
 */
export function ratesAsOf(network: Network, legs: readonly Parameters<typeof legRate>[1][]): readonly string[] {
  const dates = legs.map((leg) => legRate(network, leg)?.asOf).filter((d): d is string => d !== undefined);
  return [...new Set(dates)].sort();
}
