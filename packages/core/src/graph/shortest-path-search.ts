import type { CompiledGraph } from './compiled-graph.js';
import { IndexedHeap } from './indexed-heap.js';

/** Options of {@link ShortestPathSearch.run}. */
export interface ShortestPathRunOptions {
  /** Stop as soon as this compiled node is settled (one-to-one); without it, settle every reachable node. */
  readonly target?: number;
  /** Stop as soon as all these nodes are settled (one-to-many, as an assignment needs per origin). */
  readonly targets?: ArrayLike<number>;
  /** Cost at which each source starts, in the unit of the weights; parallel to `sources`, default 0 each. */
  readonly startCosts?: ArrayLike<number>;
  /** Per compiled edge, 1 = closed for this query; length `edgeCount`. */
  readonly blocked?: Uint8Array;
}

/**
 * Dijkstra's algorithm over a {@link CompiledGraph}, with its scratch (distances, predecessor edges,
 * an {@link IndexedHeap}) allocated once in the constructor and reset per query in O(nodes touched)
 *. One object serves any number of queries, one at a time; results are read from it
 * after `run()` and stay valid until the next `run()`.
 *
 * @example
 * ```ts
 * import { compileGraph, edgeValues, ShortestPathSearch } from '@corridor/core/graph';
 * import { DirectedGraph } from 'graphology';
 *
 * const graph = new DirectedGraph<Record<string, never>, { lengthKm: number }>();
 * graph.mergeEdge('XMN', 'SIN', { lengthKm: 3000 });
 * graph.mergeEdge('SIN', 'RTM', { lengthKm: 15_300 });
 * graph.mergeEdge('XMN', 'RTM', { lengthKm: 25_000 });
 * const compiled = compileGraph(graph);
 * const lengthKm = edgeValues(compiled, graph, (_key, attributes) => attributes.lengthKm);
 * const rtm = compiled.nodeIndex.get('RTM') ?? 0;
 * const search = new ShortestPathSearch(compiled);
 * search.run([compiled.nodeIndex.get('XMN') ?? 0], lengthKm, { target: rtm });
 * console.log(search.distance(rtm)); // → 18300
 * console.log(search.pathEdges(rtm)?.map((edge) => compiled.nodeKeys[compiled.targets[edge] ?? 0])); // → [ 'SIN', 'RTM' ]
 * ```
 */
export class ShortestPathSearch {
  /** The graph this search runs on. */
  readonly graph: CompiledGraph;
  private readonly dist: Float64Array;
  private readonly predecessor: Int32Array;
  private readonly heap: IndexedHeap;
  /** Nodes whose distance is finite in the last run: what the next run resets. */
  private readonly touched: Uint32Array;
  private touchedCount = 0;
  /** 1 on the targets of a one-to-many run still to settle; cleared as they settle or at the next run. */
  private readonly pending: Uint8Array;
  private pendingList: number[] = [];

  /**
   * @param graph - the compiled graph every query of this object runs on
   */
  constructor(graph: CompiledGraph) {
    this.graph = graph;
    this.dist = new Float64Array(graph.nodeCount).fill(Number.POSITIVE_INFINITY);
    this.predecessor = new Int32Array(graph.nodeCount).fill(-1);
    this.heap = new IndexedHeap(graph.nodeCount);
    this.touched = new Uint32Array(graph.nodeCount);
    this.pending = new Uint8Array(graph.nodeCount);
  }

  /**
   * The distances of the last run, indexed by compiled node id (`Infinity` = unreached); a view of the
   * search's scratch, valid until the next run. After a one-to-one run only the target and the nodes
   * settled before it are final; the others are upper bounds.
   */
  get distances(): Float64Array {
    return this.dist;
  }

  /**
   * Runs Dijkstra from one or more sources over non-negative weights. An edge whose weight is
   * `Infinity` (or NaN), or with `blocked[e] === 1`, is unusable. Ties are broken by insertion order,
   * so the same query gives the same tree every time.
   *
   * @param sources - compiled node ids the search starts from (duplicates keep their lowest start cost)
   * @param weights - per compiled edge, its cost (any unit, ≥ 0); length `edgeCount`
   * @param options - target (or targets) for an early exit, start costs, blocked edges
   * @throws RangeError when an array has the wrong length or a node id is out of range (misuse)
   */
  run(sources: ArrayLike<number>, weights: Float64Array, options: ShortestPathRunOptions = {}): void {
    const { nodeCount, edgeCount, offsets, targets } = this.graph;
    const { startCosts, blocked } = options;
    const target = options.target ?? -1;
    if (weights.length !== edgeCount) {
      throw new RangeError(`run: weights has length ${weights.length}; the graph has ${edgeCount} edges`);
    }
    if (blocked !== undefined && blocked.length !== edgeCount) {
      throw new RangeError(`run: blocked has length ${blocked.length}; the graph has ${edgeCount} edges`);
    }
    if (startCosts !== undefined && startCosts.length !== sources.length) {
      throw new RangeError(`run: ${startCosts.length} start costs for ${sources.length} sources; give one per source`);
    }
    if (options.target !== undefined) checkNode(target, nodeCount, 'target');

    const { dist, predecessor: pred, heap, touched } = this;
    for (let i = 0; i < this.touchedCount; i++) {
      const v = touched[i] as number;
      dist[v] = Number.POSITIVE_INFINITY;
      pred[v] = -1;
    }
    heap.clear();
    let touchedCount = 0;
    const { pending } = this;
    for (const v of this.pendingList) pending[v] = 0;
    this.pendingList = [];
    let remaining = -1;
    if (options.targets !== undefined) {
      remaining = 0;
      for (let i = 0; i < options.targets.length; i++) {
        const t = options.targets[i] as number;
        checkNode(t, nodeCount, 'target');
        if (pending[t] === 0) {
          pending[t] = 1;
          this.pendingList.push(t);
          remaining++;
        }
      }
    }

    for (let i = 0; i < sources.length; i++) {
      const s = sources[i] as number;
      checkNode(s, nodeCount, 'source');
      const cost = startCosts === undefined ? 0 : (startCosts[i] as number);
      if (!(cost < (dist[s] as number))) continue;
      if (dist[s] === Number.POSITIVE_INFINITY) touched[touchedCount++] = s;
      dist[s] = cost;
      heap.push(s, cost);
    }

    while (heap.size > 0) {
      const u = heap.pop();
      if (u === target) break;
      if (remaining > 0 && pending[u] === 1) {
        pending[u] = 0;
        if (--remaining === 0) break;
      }
      const du = dist[u] as number;
      const end = offsets[u + 1] as number;
      for (let e = offsets[u] as number; e < end; e++) {
        const candidate = du + (weights[e] as number);
        const v = targets[e] as number;
        const dv = dist[v] as number;
        if (candidate < dv && (blocked === undefined || blocked[e] !== 1)) {
          if (dv === Number.POSITIVE_INFINITY) touched[touchedCount++] = v;
          dist[v] = candidate;
          pred[v] = e;
          heap.push(v, candidate);
        }
      }
    }
    this.touchedCount = touchedCount;
  }

  /**
   * @param node - a compiled node id
   * @returns its distance in the last run (unit of the weights), `Infinity` when unreached
   */
  distance(node: number): number {
    return this.dist[node] ?? Number.POSITIVE_INFINITY;
  }

  /**
   * @param node - a compiled node id
   * @returns the compiled edge by which the last run reached it, -1 for a source or an unreached node
   */
  predecessorEdge(node: number): number {
    return this.predecessor[node] ?? -1;
  }

  /**
   * The path of the last run from a source to `target`, read back through predecessor edges.
   *
   * @param target - a compiled node id
   * @returns compiled edge ids in travel order; `[]` when target is a source; `null` when unreached
   */
  pathEdges(target: number): number[] | null {
    if (!((this.dist[target] ?? Number.POSITIVE_INFINITY) < Number.POSITIVE_INFINITY)) return null;
    const { sources } = this.graph;
    const path: number[] = [];
    for (let e = this.predecessor[target] as number; e >= 0; e = this.predecessor[sources[e] as number] as number) {
      path.push(e);
    }
    return path.reverse();
  }
}

function checkNode(node: number, nodeCount: number, what: string): void {
  if (!(Number.isInteger(node) && node >= 0 && node < nodeCount)) {
    throw new RangeError(`run: ${what} ${node} is not a compiled node id (0 .. ${nodeCount - 1})`);
  }
}
