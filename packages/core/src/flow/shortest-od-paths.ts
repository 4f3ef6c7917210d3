import type { AssignmentProblem } from './assignment-problem.js';

/** The cheapest path of every OD pair at given edge costs. */
export interface OdPaths {
  /** Compiled edge ids per OD (index as `problem.ods`); `null` where no path exists. */
  readonly paths: readonly (readonly number[] | null)[];
  /** Path cost per OD (generalized USD per unit of flow); `Infinity` where no path exists. */
  readonly costs: Float64Array;
}

/**
 * Shortest paths for every OD pair: one search per (class, origin), stopping once its destinations are
 * settled, on the compiled graph and its reused scratch (STYLE.md 12), so an assignment iteration costs one
 * search per origin, not per pair.
 *
 * @param problem - the assignment problem
 * @param costs - per class, generalized cost per compiled edge
 * @param blocked - per class, 1 on unusable edges (the class's modes; saturated elements)
 */
export function shortestOdPaths(
  problem: AssignmentProblem,
  costs: readonly Float64Array[],
  blocked: readonly Uint8Array[],
): OdPaths {
  const search = problem.prepared.search;
  const paths: (readonly number[] | null)[] = problem.ods.map(() => null);
  const pathCosts = new Float64Array(problem.ods.length).fill(Number.POSITIVE_INFINITY);
  const groups = new Map<string, number[]>();
  problem.ods.forEach((od, i) => {
    if (od.from < 0 || od.to < 0) return;
    const key = `${od.classIndex}:${od.from}`;
    const group = groups.get(key) ?? [];
    group.push(i);
    groups.set(key, group);
  });
  for (const group of groups.values()) {
    const first = problem.ods[group[0] as number];
    if (first === undefined) continue;
    // Settle only until every destination of this origin is settled.
    search.run([first.from], costs[first.classIndex] as Float64Array, {
      blocked: blocked[first.classIndex] as Uint8Array,
      targets: group.map((i) => problem.ods[i]?.to as number),
    });
    for (const i of group) {
      const to = problem.ods[i]?.to as number;
      const path = search.pathEdges(to);
      paths[i] = path;
      if (path !== null) pathCosts[i] = search.distance(to);
    }
  }
  return { paths, costs: pathCosts };
}
