import { type AssignmentProblem, elementVolumes, loadedCosts } from './assignment-problem.js';
import type { MethodOutcome } from './frank-wolfe.js';
import { addPathFlow, emptyFlows, totalEdgeFlow } from './path-flows.js';

/** Below this, a residual capacity or an amount left to load counts as none (TEU or t per week). */
const EPSILON = 1e-9;

/**
 * Capacity-restrained assignment by incremental loading (docs/architecture.md, "The life of an assignment"): the demand is loaded in
 * `increments` equal slices; each slice of each OD pair takes its cheapest path at the current loads (BPR
 * volume-delay), and only as much as the tightest element on the path still holds; the rest tries the next
 * path with that element closed. What finds no path with room is unserved — flows never exceed capacity.
 *
 * @param problem - the assignment problem
 * @param increments - slices of the demand (default 10)
 * @example
 * ```ts
 * import { DEFAULT_COSTING } from '@corridor/core/costing';
 * import { assignmentProblem, capacityRestrained, odDemands } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const problem = assignmentProblem(prepared, fujianNetwork, odDemands(fujianNetwork.demand), DEFAULT_COSTING);
 * const outcome = capacityRestrained(problem, 10);
 * const unservedPerWeek = outcome.state.unserved.reduce((sum, amount) => sum + amount, 0);
 * console.log(outcome.iterations, Math.round(unservedPerWeek)); // → 10 0
 * ```
 */
export function capacityRestrained(problem: AssignmentProblem, increments = 10): MethodOutcome {
  const state = emptyFlows(problem);
  // Background traffic takes capacity first; the assigned flow gets what is left (possibly none).
  const residual = problem.capacity.map((c, k) => Math.max(0, c - (problem.background[k] as number)));
  const edgeCount = problem.prepared.edges.length;
  // Per class: its own mask plus the edges of every saturated element.
  const blocked = problem.classes.map((c) => Uint8Array.from(c.blocked));
  const costs = problem.classes.map(() => new Float64Array(edgeCount));
  const saturate = (k: number) => {
    for (const e of problem.elements[k]?.edges ?? []) for (const mask of blocked) mask[e] = 1;
  };
  residual.forEach((r, k) => {
    if (r <= EPSILON) saturate(k);
  });
  const search = problem.prepared.search;
  for (let slice = 0; slice < increments; slice++) {
    const volume = elementVolumes(problem, totalEdgeFlow(state));
    problem.classes.forEach((_, c) => {
      loadedCosts(problem, c, volume, costs[c] as Float64Array);
    });
    problem.ods.forEach((od, i) => {
      let amount = od.od.amountPerWeek / increments;
      if (od.from < 0 || od.to < 0) {
        state.unserved[i] = (state.unserved[i] as number) + amount;
        return;
      }
      while (amount > EPSILON) {
        search.run([od.from], costs[od.classIndex] as Float64Array, {
          target: od.to,
          blocked: blocked[od.classIndex] as Uint8Array,
        });
        const path = search.pathEdges(od.to);
        if (path === null) {
          state.unserved[i] = (state.unserved[i] as number) + amount;
          break;
        }
        // How many times the path loads each element (a transshipment loads a terminal twice).
        const uses = new Map<number, number>();
        for (const e of path) {
          for (
            let j = problem.edgeElementOffsets[e] as number;
            j < (problem.edgeElementOffsets[e + 1] as number);
            j++
          ) {
            const k = problem.edgeElementIds[j] as number;
            uses.set(k, (uses.get(k) ?? 0) + 1);
          }
        }
        let room = amount;
        for (const [k, n] of uses) room = Math.min(room, (residual[k] as number) / n);
        if (room > EPSILON) {
          addPathFlow(state, problem, i, path, room);
          amount -= room;
        }
        for (const [k, n] of uses) {
          if (!Number.isFinite(problem.capacity[k] as number)) continue; // no capacity, never full
          residual[k] = (residual[k] as number) - room * n;
          // Full once what is left could not carry a meaningful amount on this path again.
          if ((residual[k] as number) / n <= EPSILON * Math.max(1, problem.capacity[k] as number)) {
            residual[k] = 0;
            saturate(k);
          }
        }
      }
    });
  }
  return { state, relativeGap: Number.NaN, iterations: increments, history: [] };
}
