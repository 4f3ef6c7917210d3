import type { AssignmentProblem } from './assignment-problem.js';
import type { OdPaths } from './shortest-od-paths.js';

/** Flow on one path of one OD pair, per week. */
export interface PathFlow {
  readonly edges: readonly number[];
  flowPerWeek: number;
}

/** The flows of an assignment while it runs: per class per edge, per OD per path, and what is unserved. */
export interface FlowState {
  readonly classFlows: Float64Array[];
  /** Per OD: its paths by key (edge ids joined), in the order first used. */
  readonly pathFlows: Map<string, PathFlow>[];
  readonly unserved: Float64Array;
}

/**
 * An empty flow state for a problem.
 *
 * @example
 * ```ts
 * import { DEFAULT_COSTING } from '@corridor/core/costing';
 * import { assignmentProblem, emptyFlows, odDemands } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const problem = assignmentProblem(prepared, fujianNetwork, odDemands(fujianNetwork.demand), DEFAULT_COSTING);
 * const state = emptyFlows(problem);
 * console.log(state.classFlows.length, state.pathFlows.length === problem.ods.length, state.unserved.every((x) => x === 0)); // → 2 true true
 * ```
 */
export function emptyFlows(problem: AssignmentProblem): FlowState {
  const edgeCount = problem.prepared.edges.length;
  return {
    classFlows: problem.classes.map(() => new Float64Array(edgeCount)),
    pathFlows: problem.ods.map(() => new Map()),
    unserved: new Float64Array(problem.ods.length),
  };
}

/**
 * Adds `amount` of an OD pair's flow along a path.
 *
 * @param state - changed in place (it belongs to the running assignment, never to a caller)
 */
export function addPathFlow(
  state: FlowState,
  problem: AssignmentProblem,
  od: number,
  edges: readonly number[],
  amount: number,
): void {
  const flows = state.classFlows[problem.ods[od]?.classIndex ?? 0] as Float64Array;
  for (const e of edges) flows[e] = (flows[e] as number) + amount;
  const paths = state.pathFlows[od] as Map<string, PathFlow>;
  const key = edges.join(',');
  const existing = paths.get(key);
  if (existing === undefined) paths.set(key, { edges, flowPerWeek: amount });
  else existing.flowPerWeek += amount;
}

/**
 * Loads every OD pair's whole demand on its path (all-or-nothing); pairs with no path are unserved.
 *
 * @returns a new flow state
 */
export function allOrNothing(problem: AssignmentProblem, found: OdPaths): FlowState {
  const state = emptyFlows(problem);
  problem.ods.forEach((od, i) => {
    const path = found.paths[i];
    if (path === null || path === undefined) state.unserved[i] = od.od.amountPerWeek;
    else addPathFlow(state, problem, i, path, od.od.amountPerWeek);
  });
  return state;
}

/** Total flow per edge over every class. */
export function totalEdgeFlow(state: FlowState): Float64Array {
  const total = new Float64Array(state.classFlows[0]?.length ?? 0);
  for (const flows of state.classFlows)
    for (let e = 0; e < total.length; e++) total[e] = (total[e] as number) + (flows[e] as number);
  return total;
}
