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
 */
export function equilibratePaths(
  problem: AssignmentProblem,
  state: FlowState,
  rounds: number,
  pricing: ShifterPricing = {},
): void {
  new PathShifter(problem, pricing).polish(state, rounds);
}
