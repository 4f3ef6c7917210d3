import { type AssignmentProblem, elementVolumes } from './assignment-problem.js';
import { type FlowState, totalEdgeFlow } from './path-flows.js';

/** Edge costs and unserved costs of a capped run, to tell which paths may take back unserved demand. */
export interface TrimPricing {
  /** Per class, the generalized cost per compiled edge at the run's final prices. */
  readonly costs: readonly Float64Array[];
  /** Per OD pair, the cost per unit of leaving it unserved. */
  readonly unservedCost: Float64Array;
}

/**
 * Makes the hard capacities hold exactly: for each hard element (in element order) loaded beyond its
 * capacity less background, every path through it keeps only the share that fits. An augmented-Lagrangian
 * run approaches the capacities only in the limit; this removes the last sliver (at most the run's
 * overload tolerance, unless the iteration cap stopped it early), so "never above capacity" holds whatever
 * the iterations did. Trimming a path only lowers other elements' volumes, so one pass suffices.
 *
 * What is cut, and (with `pricing`) any unserved demand the iterations left within their gap, then goes to
 * the OD pair's known paths that still have room on every hard element and cost no more than leaving it
 * unserved, most used first (at equilibrium they cost the same); what finds no room is unserved. So demand
 * is unserved only where every known path is full, and nothing is pushed over a capacity.
 *
 * @param problem - the assignment problem (its `hard` marks the elements to keep within capacity)
 * @param state - flows, changed in place (the running assignment's own)
 * @param pricing - the final edge costs and unserved costs (absent: only cuts are placed, on any path with room)
 * @returns the flow cut from overloaded paths, summed over the OD pairs (units per week)
 */
export function trimToCapacity(problem: AssignmentProblem, state: FlowState, pricing?: TrimPricing): number {
  const { hard } = problem;
  if (hard === undefined) return 0;
  const volume = elementVolumes(problem, totalEdgeFlow(state));
  const residualOf = (k: number) => Math.max(0, (problem.capacity[k] as number) - (problem.background[k] as number));
  const addAlong = (classIndex: number, edges: readonly number[], amount: number) => {
    const flows = state.classFlows[classIndex] as Float64Array;
    for (const e of edges) {
      flows[e] = (flows[e] as number) + amount;
      for (let j = problem.edgeElementOffsets[e] as number; j < (problem.edgeElementOffsets[e + 1] as number); j++) {
        const m = problem.edgeElementIds[j] as number;
        volume[m] = (volume[m] as number) + amount;
      }
    }
  };
  const pending = new Float64Array(problem.ods.length);
  let trimmed = 0;
  for (let k = 0; k < hard.length; k++) {
    if (hard[k] !== 1) continue;
    const residual = residualOf(k);
    const v = volume[k] as number;
    if (!(v > residual)) continue;
    const keep = residual / v;
    const loads = new Set(problem.elements[k]?.edges ?? []);
    problem.ods.forEach((od, i) => {
      for (const path of state.pathFlows[i]?.values() ?? []) {
        if (path.flowPerWeek <= 0 || !path.edges.some((e) => loads.has(e))) continue;
        const cut = path.flowPerWeek * (1 - keep);
        path.flowPerWeek -= cut;
        pending[i] = (pending[i] as number) + cut;
        trimmed += cut;
        addAlong(od.classIndex, path.edges, -cut);
      }
    });
  }
  problem.ods.forEach((od, i) => {
    const dummy = pricing?.unservedCost[i] ?? Number.POSITIVE_INFINITY;
    if (pricing !== undefined && Number.isFinite(dummy)) {
      pending[i] = (pending[i] as number) + (state.unserved[i] as number);
      state.unserved[i] = 0;
    }
    let left = pending[i] as number;
    if (left <= 0) return;
    const cost = pricing?.costs[od.classIndex];
    const known = state.pathFlows[i];
    const paths = [...(known?.values() ?? [])].sort((a, b) => b.flowPerWeek - a.flowPerWeek);
    const cheapest = cost === undefined ? null : cheapestWithRoom(problem, od, cost, volume, residualOf, left);
    if (cheapest !== null && known !== undefined && !known.has(cheapest.join(','))) {
      const path = { edges: cheapest, flowPerWeek: 0 };
      known.set(cheapest.join(','), path);
      paths.push(path);
    }
    for (const path of paths) {
      if (left <= 0) break;
      if (cost !== undefined && path.edges.reduce((sum, e) => sum + (cost[e] as number), 0) > dummy) continue;
      const uses = new Map<number, number>();
      for (const e of path.edges) {
        for (let j = problem.edgeElementOffsets[e] as number; j < (problem.edgeElementOffsets[e + 1] as number); j++) {
          const m = problem.edgeElementIds[j] as number;
          if (hard[m] === 1) uses.set(m, (uses.get(m) ?? 0) + 1);
        }
      }
      let room = left;
      for (const [m, n] of uses) room = Math.min(room, (residualOf(m) - (volume[m] as number)) / n);
      if (!(room > 0)) continue;
      path.flowPerWeek += room;
      addAlong(od.classIndex, path.edges, room);
      left -= room;
    }
    state.unserved[i] = (state.unserved[i] as number) + left;
  });
  return trimmed;
}

/** The OD pair's cheapest path at `cost` on which every hard element has room for `amount` (`null`: none). */
function cheapestWithRoom(
  problem: AssignmentProblem,
  od: AssignmentProblem['ods'][number],
  cost: Float64Array,
  volume: Float64Array,
  residualOf: (k: number) => number,
  amount: number,
): readonly number[] | null {
  const setup = problem.classes[od.classIndex];
  if (setup === undefined || od.from < 0 || od.to < 0) return null;
  const blocked = Uint8Array.from(setup.blocked);
  problem.elements.forEach((element, k) => {
    if (problem.hard?.[k] === 1 && residualOf(k) - (volume[k] as number) < amount)
      for (const e of element.edges) blocked[e] = 1;
  });
  problem.prepared.search.run([od.from], cost, { target: od.to, blocked });
  return problem.prepared.search.pathEdges(od.to);
}
