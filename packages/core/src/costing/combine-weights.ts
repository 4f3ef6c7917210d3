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
 * ```ts
 * import {
 *   combineWeights,
 *   criteriaArrays,
 *   DEFAULT_COSTING,
 *   objectiveWeights,
 *   resolveShipment,
 * } from '@corridor/core/costing';
 * import { buildInfrastructureGraphs } from '@corridor/core/geo';
 * import { prepareGraph, routingNodeKey } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = prepareGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork), new Set());
 * const shipment = resolveShipment({ teu: 1 }, DEFAULT_COSTING);
 * const criteria = criteriaArrays(prepared, shipment, DEFAULT_COSTING);
 * const weights = combineWeights(criteria, objectiveWeights('cost', shipment, DEFAULT_COSTING));
 * const { compiled, search } = prepared;
 * const to = compiled.nodeIndex.get(routingNodeKey.placeIn('NLRTM')) ?? 0;
 * search.run([compiled.nodeIndex.get(routingNodeKey.placeOut('CNXMN')) ?? 0], weights, { target: to });
 * const usd = (search.pathEdges(to) ?? []).reduce((sum, edge) => sum + (criteria.usd[edge] ?? 0), 0);
 * console.log(`cheapest Xiamen → Rotterdam: USD ${Math.round(usd)} per TEU`); // → cheapest Xiamen → Rotterdam: USD 1545 per TEU
 * ```
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
