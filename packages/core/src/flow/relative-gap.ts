import type { AssignmentProblem } from './assignment-problem.js';
import type { FlowState } from './path-flows.js';
import type { OdPaths } from './shortest-od-paths.js';

/**
 * Relative gap: how much cheaper the flows would be, all on today's shortest paths. With unserved costs
 * (a capped run), an OD pair's unserved demand costs its unserved cost, and its best choice is the cheaper
 * of its shortest path and leaving it unserved. The costs of a capped run are the Lagrangian costs (each
 * hard element priced at its multiplier estimate); `slackCost` adds what those prices charge on elements
 * with room left (complementary slackness, `priceSlackCost`), so that a zero gap means a
 * side-constrained equilibrium and not only even path costs at some prices (Larsson & Patriksson 1995).
 *
 * @param unservedCost - per OD pair, the cost per unit of leaving it unserved (absent: demand is never
 *   left unserved by choice)
 * @param slackCost - complementary slackness of the capacity prices (generalized USD per week; default 0)
 * @example
 * ```ts
 * import { DEFAULT_COSTING } from '@corridor/core/costing';
 * import { assignmentProblem, elementVolumes, frankWolfe, loadedCosts, odDemands, relativeGap, shortestOdPaths } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const problem = assignmentProblem(prepared, fujianNetwork, odDemands(fujianNetwork.demand), DEFAULT_COSTING);
 * const outcome = frankWolfe(problem, { gap: 1e-4, maxIterations: 50 });
 * const volume = elementVolumes(problem, outcome.state.classFlows.reduce((sum, flows) => sum.map((x, e) => x + (flows[e] ?? 0))));
 * const costs = problem.classes.map((_, c) => loadedCosts(problem, c, volume, new Float64Array(prepared.compiled.edgeCount)));
 * const blocked = problem.classes.map((setup) => setup.blocked);
 * const gap = relativeGap(problem, outcome.state, costs, shortestOdPaths(problem, costs, blocked));
 * console.log(gap.toExponential(1)); // → 7.6e-3
 * ```
 */
export function relativeGap(
  problem: AssignmentProblem,
  state: FlowState,
  costs: readonly Float64Array[],
  found: OdPaths,
  unservedCost?: Float64Array,
  slackCost = 0,
): number {
  let total = 0;
  state.classFlows.forEach((flows, c) => {
    const cost = costs[c] as Float64Array;
    for (let e = 0; e < flows.length; e++) total += (flows[e] as number) * (cost[e] as number);
  });
  let shortest = 0;
  problem.ods.forEach((od, i) => {
    const dummy = unservedCost?.[i] ?? Number.POSITIVE_INFINITY;
    const best = Math.min(found.costs[i] as number, dummy);
    if (Number.isFinite(dummy)) {
      total += (state.unserved[i] as number) * dummy;
      shortest += od.od.amountPerWeek * best;
    } else {
      const served = od.od.amountPerWeek - (state.unserved[i] as number);
      if (served > 0) shortest += served * best;
    }
  });
  return total > 0 ? Math.max(0, (total - shortest + slackCost) / total) : 0;
}
