// Sections 1 and 2 of `pnpm bench`: the kernel (ShortestPathSearch over a CompiledGraph) against
// graphology-shortest-path on the same generated world network, same weights, same queries.

import {
  type CompiledGraph,
  compileGraph,
  edgeValues,
  gatherEdgeValues,
  generateWorldNetwork,
  reorderBreadthFirst,
  ShortestPathSearch,
  type WorldNetwork,
} from '@corridor/core/graph';
import { dijkstra } from 'graphology-shortest-path';
import { LazyHeapSearch } from './lazy-heap-search.js';
import { mulberry32, type Timing, timeEach, timeInterleaved } from './timing.js';

/** The generated network, its compiled snapshot and the edge lengths (km) every search uses. */
export interface World {
  readonly seed: number;
  readonly graph: WorldNetwork;
  readonly compiled: CompiledGraph;
  readonly lengthKm: Float64Array;
  readonly generateMs: number;
  readonly compileMs: number;
}

/** How far two implementations' costs agree over a set of queries. */
export interface CostCheck {
  readonly compared: number;
  /** Equal to the last bit. */
  readonly identical: number;
  /** Within 1e-9 relative (equal-cost ties may sum in another order). */
  readonly withinTolerance: number;
}

/** Generates (default size) and compiles the world network for `seed`. */
export function buildWorld(seed: number): World {
  let start = performance.now();
  const graph = generateWorldNetwork({ seed });
  const generateMs = performance.now() - start;
  start = performance.now();
  const compiled = compileGraph(graph);
  const lengthKm = edgeValues(compiled, graph, (_key, attributes) => attributes.lengthKm);
  return { seed, graph, compiled, lengthKm, generateMs, compileMs: performance.now() - start };
}

/** `count` distinct random nodes (seeded). */
export function randomNodes(nodeCount: number, count: number, seed: number): number[] {
  const random = mulberry32(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(count, nodeCount)) picked.add(Math.floor(random() * nodeCount));
  return [...picked];
}

/** Adds one comparison to a running {@link CostCheck}. */
export function checkCost(check: CostCheck, ours: number, reference: number): CostCheck {
  const close =
    ours === reference || Math.abs(ours - reference) <= 1e-9 * Math.max(Math.abs(ours), Math.abs(reference));
  return {
    compared: check.compared + 1,
    identical: check.identical + (Object.is(ours, reference) ? 1 : 0),
    withinTolerance: check.withinTolerance + (close ? 1 : 0),
  };
}

export const NO_CHECK: CostCheck = { compared: 0, identical: 0, withinTolerance: 0 };

/** Length (km) of a graphology node path: the shortest arc between each consecutive pair. */
function nodePathKm(world: World, path: readonly string[] | null | undefined): number {
  if (path === null || path === undefined) return Number.POSITIVE_INFINITY;
  const { compiled, lengthKm } = world;
  let km = 0;
  for (let i = 1; i < path.length; i++) {
    const u = compiled.nodeIndex.get(path[i - 1] as string) as number;
    const v = compiled.nodeIndex.get(path[i] as string) as number;
    let best = Number.POSITIVE_INFINITY;
    for (let e = compiled.offsets[u] as number; e < (compiled.offsets[u + 1] as number); e++) {
      if (compiled.targets[e] === v) best = Math.min(best, lengthKm[e] as number);
    }
    km += best;
  }
  return km;
}

export interface OneToOneResult {
  readonly pairs: number;
  readonly ours: Timing;
  readonly graphology: Timing;
  readonly costs: CostCheck;
}

/** Section 1: one-to-one queries, ours with target early exit vs dijkstra.bidirectional. */
export function benchmarkOneToOne(world: World, pairs: readonly (readonly [number, number])[]): OneToOneResult {
  const { graph, compiled, lengthKm } = world;
  const search = new ShortestPathSearch(compiled);
  const key = (node: number) => compiled.nodeKeys[node] as string;
  let costs = NO_CHECK;
  for (const [s, t] of pairs) {
    search.run([s], lengthKm, { target: t });
    costs = checkCost(
      costs,
      search.distance(t),
      nodePathKm(world, dijkstra.bidirectional(graph, key(s), key(t), 'lengthKm')),
    );
  }
  const ours = timeEach(pairs, ([s, t]) => search.run([s], lengthKm, { target: t }), 10);
  const graphology = timeEach(pairs, ([s, t]) => dijkstra.bidirectional(graph, key(s), key(t), 'lengthKm'), 1, 0);
  return { pairs: pairs.length, ours, graphology, costs };
}

export interface OneToAllResult {
  readonly sources: number;
  readonly ours: Timing;
  readonly oursLazyHeap: Timing;
  /** The same kernel on the graph renumbered breadth-first (`reorderBreadthFirst`), as the assignment runs it. */
  readonly oursBreadthFirst: Timing;
  readonly graphology: Timing;
  /** Ours vs graphology at every node, from the first source. */
  readonly costs: CostCheck;
  /** Ours vs the lazy-heap variant at every node, from every source. */
  readonly lazyHeapCosts: CostCheck;
  /** Ours vs ours on the breadth-first graph at every node, from every source (distances; paths are tested equal). */
  readonly breadthFirstCosts: CostCheck;
}

/** Section 2 (JS part): one-to-all from each source, ours (both heaps) vs dijkstra.singleSource. */
export function benchmarkOneToAll(world: World, sources: readonly number[]): OneToAllResult {
  const { graph, compiled, lengthKm } = world;
  const search = new ShortestPathSearch(compiled);
  const lazy = new LazyHeapSearch(compiled);
  const bfs = reorderBreadthFirst(compiled);
  const onBfs = new ShortestPathSearch(bfs);
  const bfsKm = gatherEdgeValues(bfs, lengthKm);
  const bfsSources = sources.map((s) => bfs.nodeOf[s] as number);
  let lazyHeapCosts = NO_CHECK;
  let breadthFirstCosts = NO_CHECK;
  for (const s of sources) {
    search.run([s], lengthKm);
    lazy.run(s, lengthKm);
    onBfs.run([bfs.nodeOf[s] as number], bfsKm);
    for (let v = 0; v < compiled.nodeCount; v++) {
      lazyHeapCosts = checkCost(lazyHeapCosts, search.distance(v), lazy.distances[v] as number);
      breadthFirstCosts = checkCost(breadthFirstCosts, search.distance(v), onBfs.distance(bfs.nodeOf[v] as number));
    }
  }
  const costs = checkAgainstSingleSource(world, sources[0] as number); // also warms graphology up
  const timings = timeInterleaved(
    sources.map((s, i) => [s, bfsSources[i] as number] as const),
    {
      ours: ([s]) => search.run([s], lengthKm),
      oursLazyHeap: ([s]) => lazy.run(s, lengthKm),
      oursBreadthFirst: ([, s]) => onBfs.run([s], bfsKm),
    },
    10,
  );
  const { ours, oursLazyHeap, oursBreadthFirst } = timings;
  const graphology = timeEach(
    sources,
    (s) => dijkstra.singleSource(graph, compiled.nodeKeys[s] as string, 'lengthKm'),
    1,
    0,
  );
  return {
    sources: sources.length,
    ours,
    oursLazyHeap,
    oursBreadthFirst,
    graphology,
    costs,
    lazyHeapCosts,
    breadthFirstCosts,
  };
}

/** Ours vs dijkstra.singleSource at every node, from `source` (a function of its own, so the paths can be collected). */
function checkAgainstSingleSource(world: World, source: number): CostCheck {
  const { graph, compiled, lengthKm } = world;
  const paths = dijkstra.singleSource(graph, compiled.nodeKeys[source] as string, 'lengthKm');
  const search = new ShortestPathSearch(compiled);
  search.run([source], lengthKm);
  let costs = NO_CHECK;
  for (let v = 0; v < compiled.nodeCount; v++) {
    costs = checkCost(costs, search.distance(v), nodePathKm(world, paths[compiled.nodeKeys[v] as string]));
  }
  return costs;
}

/** Per source, the number of reached nodes and the sum of their distances (km), as igraph_one_to_all.py reports. */
export function reachedSums(world: World, sources: readonly number[]): { reached: number; sumKm: number }[] {
  const search = new ShortestPathSearch(world.compiled);
  return sources.map((s) => {
    search.run([s], world.lengthKm);
    let reached = 0;
    let sumKm = 0;
    for (const d of search.distances) {
      if (d === Number.POSITIVE_INFINITY) continue;
      reached++;
      sumKm += d;
    }
    return { reached, sumKm };
  });
}

/** Times ours one-to-all over the same sources and rounds as the igraph run, for a like-for-like ratio. */
export function timeOursOneToAll(world: World, sources: readonly number[], rounds: number): Timing {
  const search = new ShortestPathSearch(world.compiled);
  return timeEach(sources, (s) => search.run([s], world.lengthKm), rounds);
}
