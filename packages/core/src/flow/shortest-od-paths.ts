import {
  type BreadthFirstGraph,
  gatherEdgeValues,
  originalEdges,
  reorderBreadthFirst,
} from '../graph/breadth-first-graph.js';
import type { CompiledGraph } from '../graph/compiled-graph.js';
import { ShortestPathSearch } from '../graph/shortest-path-search.js';
import type { AssignmentProblem } from './assignment-problem.js';

/** The cheapest path of every OD pair at given edge costs. */
export interface OdPaths {
  /** Compiled edge ids per OD (index as `problem.ods`); `null` where no path exists. */
  readonly paths: readonly (readonly number[] | null)[];
  /** Path cost per OD (generalized USD per unit of flow); `Infinity` where no path exists. */
  readonly costs: Float64Array;
}

/** The breadth-first copy of a compiled graph, with the one search and weight scratch every round on it reuses. */
export interface OdSearch {
  /** The compiled graph renumbered breadth-first: searches on it read nearby memory (`reorderBreadthFirst`). */
  readonly graph: BreadthFirstGraph;
  /** The search kernel on `graph`, its scratch allocated once. */
  readonly search: ShortestPathSearch;
  /** One class's edge costs in `graph`'s edge order, rewritten per class and round. */
  readonly weights: Float64Array;
}

const odSearches = new WeakMap<CompiledGraph, OdSearch>();

/**
 * The search every assignment round on `graph` reuses, built on first use: the graph's breadth-first copy and
 * a {@link ShortestPathSearch} on it. It settles the same trees as a search on `graph` itself
 * (same ties), about 1.4× faster on the generated world network.
 *
 * @param graph - a compiled graph
 * @returns its breadth-first copy, the search on it and weight scratch
 * @example
 * ```ts
 * import { odSearch } from '@corridor/core/flow';
 * import { createGraphCache, gatherEdgeValues, originalEdges, routingNodeKey } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const { compiled, edges } = createGraphCache().prepared(fujianNetwork);
 * const hours = Float64Array.from(edges, (edge) => edge.hours);
 * const { graph: bfs, search, weights } = odSearch(compiled);
 * const [from = 0, to = 0] = [routingNodeKey.placeOut('CNXMN'), routingNodeKey.placeIn('DEDUI')].map(
 *   (key) => bfs.nodeOf[compiled.nodeIndex.get(key) ?? 0],
 * );
 * search.run([from], gatherEdgeValues(bfs, hours, undefined, weights), { target: to });
 * const path = originalEdges(bfs, search.pathEdges(to) ?? []);
 * console.log(odSearch(compiled) === odSearch(compiled), path.map((e) => edges[e]?.kind)); // → true [ 'access', 'board', 'ride', 'alight', 'egress' ]
 * ```
 */
export function odSearch(graph: CompiledGraph): OdSearch {
  let found = odSearches.get(graph);
  if (found === undefined) {
    const bfs = reorderBreadthFirst(graph);
    found = { graph: bfs, search: new ShortestPathSearch(bfs), weights: new Float64Array(bfs.edgeCount) };
    odSearches.set(graph, found);
  }
  return found;
}

/**
 * The OD pairs grouped by (class, origin), in order of first appearance: one search serves a group.
 *
 * @param problem - the assignment problem
 * @returns per group, the indices of its OD pairs in `problem.ods` (pairs off the graph left out)
 * @example
 * ```ts
 * import { DEFAULT_COSTING } from '@corridor/core/costing';
 * import { assignmentProblem, odDemands, odGroups } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const problem = assignmentProblem(prepared, fujianNetwork, odDemands(fujianNetwork.demand), DEFAULT_COSTING);
 * const groups = odGroups(problem);
 * console.log(problem.ods.length, groups.length, groups[0]?.length); // → 148 53 35
 * ```
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
 * stopping once its destinations are settled, on the compiled graph's reused breadth-first {@link odSearch}
 *, so an assignment iteration costs one search per origin, not per pair. Paths (in compiled edge
 * ids) and costs are those a search on the compiled graph itself finds (same tree, same ties).
 *
 * @param problem - the assignment problem
 * @param costs - per class, generalized cost per compiled edge
 * @param blocked - per class, 1 on unusable edges (the class's modes; saturated elements)
 * @param only - answer only these OD pairs (indices in `problem.ods`) and the others of their origins;
 *   the rest are left `null` (default: every pair)
 * @example
 * ```ts
 * import { DEFAULT_COSTING } from '@corridor/core/costing';
 * import { assignmentProblem, odDemands, shortestOdPaths } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const problem = assignmentProblem(prepared, fujianNetwork, odDemands(fujianNetwork.demand), DEFAULT_COSTING);
 * const costs = problem.classes.map((setup) => setup.baseCost);
 * const blocked = problem.classes.map((setup) => setup.blocked);
 * const { paths, costs: odCosts } = shortestOdPaths(problem, costs, blocked);
 * console.log(paths.length === problem.ods.length, paths.filter((path) => path === null).length); // → true 0
 * const first = problem.ods[0]?.od;
 * console.log(`${first?.fromPlaceId} → ${first?.toPlaceId}: ${Math.round(odCosts[0] ?? 0)} per TEU`); // → CNXMN → IDJKT: 1513 per TEU
 * ```
 */
export function shortestOdPaths(
  problem: AssignmentProblem,
  costs: readonly Float64Array[],
  blocked: readonly Uint8Array[],
  only?: readonly number[],
): OdPaths {
  const { graph: bfs, search, weights } = odSearch(problem.prepared.compiled);
  const { nodeOf } = bfs;
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
    gatherEdgeValues(bfs, costs[c] as Float64Array, blocked[c] as Uint8Array, weights);
    for (const group of ofClass) {
      const origin = nodeOf[problem.ods[group[0] as number]?.from as number] as number;
      search.run([origin], weights, { targets: group.map((i) => nodeOf[problem.ods[i]?.to as number] as number) });
      for (const i of group) {
        const to = nodeOf[problem.ods[i]?.to as number] as number;
        const path = search.pathEdges(to);
        if (path === null) continue;
        paths[i] = originalEdges(bfs, path);
        pathCosts[i] = search.distance(to);
      }
    }
  });
  return { paths, costs: pathCosts };
}
