import type { AssignmentProblem } from './assignment-problem.js';
import type { FlowState } from './path-flows.js';
import { PathShifter, type ShifterPricing } from './path-shifter.js';

/**
 * Path-based polishing of an equilibrium (gradient projection, Jayakrishnan et al. 1994): for each OD pair,
 * the current shortest path joins its path set, and flow moves from every dearer path to it by the Newton
 * step (cost difference ÷ the slope of the paths' difference), element volumes updated as it goes. The
 * iterations get the edge flows close fast but may leave old paths with a little flow; this makes every
 * path still used cost the same as the shortest, to within the gap. The work is `PathShifter.polish`.
 *
 * @param problem - the assignment problem
 * @param state - flows, changed in place (the running assignment's own)
 * @param rounds - passes over all OD pairs
 * @param pricing - capacity prices and unserved costs of a capped run (default: none)
 * @example
 * ```ts
 * import { DEFAULT_COSTING } from '@corridor/core/costing';
 * import { assignmentProblem, equilibratePaths, frankWolfe, odDemands } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const problem = assignmentProblem(prepared, fujianNetwork, odDemands(fujianNetwork.demand), DEFAULT_COSTING);
 * const outcome = frankWolfe(problem, { gap: 1e-3, maxIterations: 20 });
 * equilibratePaths(problem, outcome.state, 2, { prices: outcome.prices, unservedCost: outcome.unservedCost });
 * console.log(outcome.state.pathFlows.length === problem.ods.length); // → true
 * ```
 */
export function equilibratePaths(
  problem: AssignmentProblem,
  state: FlowState,
  rounds: number,
  pricing: ShifterPricing = {},
): void {
  new PathShifter(problem, pricing).polish(state, rounds);
}
