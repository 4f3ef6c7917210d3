import type { Objective } from '../model/itinerary.js';
import { HOURS_PER_DAY } from '../model/units.js';
import type { Costing } from './costing-defaults.js';
import type { Shipment } from './shipment.js';

/** How an objective values each criterion: search weight = hours × perHour + USD × perUsd + kg × perKg. */
export interface ObjectiveWeights {
  readonly perHour: number;
  readonly perUsd: number;
  readonly perKg: number;
}

/** Tie-break weight of the other criteria in a single-criterion objective: small enough never to win. */
const TIE_BREAK = 1e-6;

/**
 * The weights of an objective for a shipment. `balanced` prices time at the value of time (USD per
 * TEU-day × TEU) and carbon at the carbon price, so its value is in USD; the single-criterion objectives
 * break ties by the others (by a millionth), so equal-time routes come out cheapest first.
 *
 * @param objective - `time` (h), `cost` (USD), `co2` (kg) or `balanced` (USD)
 * @param shipment - TEU and tonnes
 * @param costing - value of time and carbon price
 * @example
 * ```ts
 * import { DEFAULT_COSTING, objectiveWeights, resolveShipment } from '@corridor/core/costing';
 *
 * const shipment = resolveShipment({ teu: 1 }, DEFAULT_COSTING);
 * console.log(objectiveWeights('time', shipment, DEFAULT_COSTING)); // → { perHour: 1, perUsd: 0.000001, perKg: 0.000001 }
 * console.log(objectiveWeights('balanced', shipment, DEFAULT_COSTING)); // → { perHour: 2.0833333333333335, perUsd: 1, perKg: 0.1 }
 * ```
 */
export function objectiveWeights(objective: Objective, shipment: Shipment, costing: Costing): ObjectiveWeights {
  switch (objective) {
    case 'time':
      return { perHour: 1, perUsd: TIE_BREAK, perKg: TIE_BREAK };
    case 'cost':
      return { perHour: TIE_BREAK, perUsd: 1, perKg: TIE_BREAK };
    case 'co2':
      return { perHour: TIE_BREAK, perUsd: TIE_BREAK, perKg: 1 };
    case 'balanced':
      return {
        perHour: (costing.valueOfTimeUsdPerTeuDay * shipment.teu) / HOURS_PER_DAY,
        perUsd: 1,
        perKg: costing.carbonPriceUsdPerTonne / 1000,
      };
  }
}
