import type { CompiledGraph } from '../graph/compiled-graph.js';
import type { AssignmentProblem } from './assignment-problem.js';
import { ReorderedSearch } from './reordered-search.js';

/** The cheapest path of every OD pair at given edge costs. */
export interface OdPaths {
  /** Compiled edge ids per OD (index as `problem.ods`); `null` where no path exists. */
  readonly paths: readonly (readonly number[] | null)[];
  /** Path cost per OD (generalized USD per unit of flow); `Infinity` where no path exists. */
  readonly costs: Float64Array;
}

/** One search per graph, built on first use and reused by every later round (its scratch included). */
const searches = new WeakMap<CompiledGraph, ReorderedSearch>();

/**
 * The search every round on `graph` reuses.
 *
 * @param graph - a compiled graph
 */
export function reorderedSearch(graph: CompiledGraph): ReorderedSearch {
  let search = searches.get(graph);
  if (search === undefined) {
    search = new ReorderedSearch(graph);
    searches.set(graph, search);
  }
  return search;
}

/**
 * The OD pairs grouped by (class, origin), in order of first appearance: one search serves a group.
 *
 * @param problem - the assignment problem
 * @returns per group, the indices of its OD pairs in `problem.ods` (pairs off the graph left out)
 */
export function odGroups(problem: AssignmentProblem): number[][] {
  const groups = new Map<string, number[]>();
  problem.ods.forEach((od, i) => {
    if (od.from < 0 || od.to < 0) return;
    const key = `${od.classIndex}:${od.from}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  });
  return [...groups.values()];
}

/**
 * Shortest paths for every OD pair: per class, the edge costs set once, then one search per origin,
 * stopping once its destinations are settled, on the compiled graph's reused {@link ReorderedSearch}
 * (STYLE.md 12), so an assignment iteration costs one search per origin, not per pair. Paths and costs are
 * those `ShortestPathSearch` finds (same tree, same ties).
 *
 * @param problem - the assignment problem
 * @param costs - per class, generalized cost per compiled edge
 * @param blocked - per class, 1 on unusable edges (the class's modes; saturated elements)
 * @param only - answer only these OD pairs (indices in `problem.ods`) and the others of their origins;
 *   the rest are left `null` (default: every pair)
 */
export function shortestOdPaths(
  problem: AssignmentProblem,
  costs: readonly Float64Array[],
  blocked: readonly Uint8Array[],
  only?: readonly number[],
): OdPaths {
  const search = reorderedSearch(problem.prepared.compiled);
  const paths: (readonly number[] | null)[] = problem.ods.map(() => null);
  const pathCosts = new Float64Array(problem.ods.length).fill(Number.POSITIVE_INFINITY);
  let groups = odGroups(problem);
  if (only !== undefined) {
    const wanted = new Uint8Array(problem.ods.length);
    for (const i of only) wanted[i] = 1;
    groups = groups.filter((group) => group.some((i) => wanted[i] === 1));
  }
  problem.classes.forEach((_, c) => {
    const ofClass = groups.filter((g) => problem.ods[g[0] as number]?.classIndex === c);
    if (ofClass.length === 0) return;
    search.setWeights(costs[c] as Float64Array, blocked[c] as Uint8Array);
    for (const group of ofClass) {
      search.run(
        problem.ods[group[0] as number]?.from as number,
        group.map((i) => problem.ods[i]?.to as number),
      );
      for (const i of group) {
        const to = problem.ods[i]?.to as number;
        const path = search.pathEdges(to);
        paths[i] = path;
        if (path !== null) pathCosts[i] = search.distance(to);
      }
    }
  });
  return { paths, costs: pathCosts };
}
