import type { CriteriaArrays } from './criteria-arrays.js';
import type { ObjectiveWeights } from './objective-weights.js';

/**
 * The objective weight of every edge, what the search minimises: hours (with the average wait), USD and kg
 * CO2e combined by the objective's weights (the search sees weights, never the costing).
 *
 * @param criteria - costed edges, from `criteriaArrays`
 * @param weights - of the objective, from `objectiveWeights`
 * @returns one weight per compiled edge (generalized cost; unit set by `weights`)
 * @example
 * const weights = combineWeights(criteria, objectiveWeights('balanced', shipment, DEFAULT_COSTING));
 */
export function combineWeights(criteria: CriteriaArrays, weights: ObjectiveWeights): Float64Array {
  const out = new Float64Array(criteria.hours.length);
  for (let e = 0; e < out.length; e++) {
    out[e] =
      weights.perHour * ((criteria.hours[e] as number) + (criteria.waitHours[e] as number)) +
      weights.perUsd * (criteria.usd[e] as number) +
      weights.perKg * (criteria.co2eKg[e] as number);
  }
  return out;
}
