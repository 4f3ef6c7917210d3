import { type AssignmentProblem, delayFactor, delaySlope, elementVolumes, loadedCosts } from './assignment-problem.js';
import type { FlowState } from './path-flows.js';

/** Below this share of its OD pair's demand a path's flow is dropped (it is no longer used). */
const DROP_SHARE = 1e-9;

/** Cost of one edge for a class at given element volumes (the per-edge form of `loadedCosts`). */
function edgeCost(problem: AssignmentProblem, classIndex: number, e: number, volume: Float64Array): number {
  const setup = problem.classes[classIndex];
  if (setup === undefined) return Number.POSITIVE_INFINITY;
  const delay = (problem.delayBaseHours[e] as number) * delayFactor(problem, e, volume);
  return (setup.baseCost[e] as number) + setup.perHour * delay;
}

/** d cost / d flow of one edge: how fast its price rises as one more unit loads its elements. */
function edgeSlope(problem: AssignmentProblem, classIndex: number, e: number, volume: Float64Array): number {
  const setup = problem.classes[classIndex];
  if (setup === undefined) return 0;
  return setup.perHour * (problem.delayBaseHours[e] as number) * delaySlope(problem, e, volume);
}

/**
 * Path-based polishing of an equilibrium (gradient projection, Jayakrishnan et al. 1994): for each OD pair,
 * the current shortest path joins its path set, and flow moves from every dearer path to it by the Newton
 * step (cost difference ÷ the slope of the paths' difference), element volumes updated as it goes. Frank–
 * Wolfe gets the link flows close fast but leaves old paths with a little flow; this makes every path still
 * used cost the same as the shortest, to within the gap.
 *
 * @param problem - the assignment problem
 * @param state - flows, changed in place (the running assignment's own)
 * @param rounds - passes over all OD pairs
 */
export function equilibratePaths(problem: AssignmentProblem, state: FlowState, rounds: number): void {
  const edgeCount = problem.prepared.edges.length;
  const total = new Float64Array(edgeCount);
  for (const flows of state.classFlows)
    for (let e = 0; e < edgeCount; e++) total[e] = (total[e] as number) + (flows[e] as number);
  const volume = elementVolumes(problem, total);
  const costs = problem.classes.map(() => new Float64Array(edgeCount));
  const search = problem.prepared.search;
  const move = (classIndex: number, edges: readonly number[], amount: number) => {
    const flows = state.classFlows[classIndex] as Float64Array;
    for (const e of edges) {
      flows[e] = (flows[e] as number) + amount;
      for (let i = problem.edgeElementOffsets[e] as number; i < (problem.edgeElementOffsets[e + 1] as number); i++) {
        const k = problem.edgeElementIds[i] as number;
        volume[k] = (volume[k] as number) + amount;
      }
    }
  };
  for (let round = 0; round < rounds; round++) {
    problem.ods.forEach((od, i) => {
      const paths = state.pathFlows[i];
      if (paths === undefined || paths.size === 0 || od.from < 0 || od.to < 0) return;
      const c = od.classIndex;
      loadedCosts(problem, c, volume, costs[c] as Float64Array);
      search.run([od.from], costs[c] as Float64Array, {
        target: od.to,
        blocked: problem.classes[c]?.blocked as Uint8Array,
      });
      const shortest = search.pathEdges(od.to);
      if (shortest === null) return;
      const key = shortest.join(',');
      if (!paths.has(key)) paths.set(key, { edges: shortest, flowPerWeek: 0 });
      const best = paths.get(key) as { edges: readonly number[]; flowPerWeek: number };
      const onBest = new Set(best.edges);
      for (const [otherKey, path] of paths) {
        if (otherKey === key || path.flowPerWeek <= 0) continue;
        const onPath = new Set(path.edges);
        let difference = 0;
        let slope = 0;
        for (const e of path.edges) {
          if (onBest.has(e)) continue;
          difference += edgeCost(problem, c, e, volume);
          slope += edgeSlope(problem, c, e, volume);
        }
        for (const e of best.edges) {
          if (onPath.has(e)) continue;
          difference -= edgeCost(problem, c, e, volume);
          slope += edgeSlope(problem, c, e, volume);
        }
        if (difference <= 0) continue;
        const shift = slope > 0 ? Math.min(path.flowPerWeek, difference / slope) : path.flowPerWeek;
        move(c, path.edges, -shift);
        move(c, best.edges, shift);
        path.flowPerWeek -= shift;
        best.flowPerWeek += shift;
      }
      for (const [otherKey, path] of paths) {
        if (otherKey !== key && path.flowPerWeek <= DROP_SHARE * od.od.amountPerWeek) {
          if (path.flowPerWeek > 0) {
            move(c, path.edges, -path.flowPerWeek);
            move(c, best.edges, path.flowPerWeek);
            best.flowPerWeek += path.flowPerWeek;
          }
          paths.delete(otherKey);
        }
      }
    });
  }
}
