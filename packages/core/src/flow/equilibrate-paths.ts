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
 * import {
 *   assignmentProblem,
 *   elementVolumes,
 *   equilibratePaths,
 *   frankWolfe,
 *   loadedCosts,
 *   odDemands,
 *   relativeGap,
 *   shortestOdPaths,
 * } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const ods = odDemands(fujianNetwork.demand);
 * const problem = assignmentProblem(prepared, fujianNetwork, ods, DEFAULT_COSTING, { hardKinds: [] }); // uncapped
 * const { state, relativeGap: before } = frankWolfe(problem, { gap: 1e-2, maxIterations: 3, pathRounds: 0 });
 * equilibratePaths(problem, state, 5); // five passes over the OD pairs, moving flow onto each one's cheapest path
 * const edgeFlow = state.classFlows.reduce((sum, flows) => sum.map((flow, e) => flow + (flows[e] ?? 0)));
 * const volume = elementVolumes(problem, edgeFlow);
 * const costs = problem.classes.map((_, c) => loadedCosts(problem, c, volume, new Float64Array(edgeFlow.length)));
 * const blocked = problem.classes.map((setup) => setup.blocked);
 * const after = relativeGap(problem, state, costs, shortestOdPaths(problem, costs, blocked));
 * console.log(before.toExponential(1), '→', after.toExponential(1)); // → 1.3e-3 → 3.7e-5
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
