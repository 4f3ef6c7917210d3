import type { CompiledGraph } from '../graph/compiled-graph.js';

/** The result of {@link maxFlow}: the flow, its value and a minimum cut, indexed by compiled ids. */
export interface MaxFlowResult {
  /** Value of the maximum flow from the sources to the sinks; Infinity when a path of uncapacitated (Infinity) arcs joins them. */
  readonly value: number;
  /** Flow on each compiled edge (length edgeCount), 0 ≤ flow ≤ capacity; all 0 when `value` is Infinity. */
  readonly flow: Float64Array;
  /** 1 for nodes on the source side of the minimum cut (reachable from a source in the residual graph). */
  readonly sourceSide: Uint8Array;
  /** Compiled edge ids of the minimum cut: arcs from the source side to the sink side, in increasing id order; their capacities sum to `value`. */
  readonly cut: readonly number[];
}

/** Relative tolerance: a residual capacity ≤ `MAX_FLOW_EPSILON` × the largest finite capacity counts as none. */
export const MAX_FLOW_EPSILON = 1e-9;

/**
 * The maximum flow and a minimum cut from a set of sources to a set of sinks, by Dinic's algorithm:
 * BFS levels, then a blocking flow found by an iterative depth-first search with current-arc
 * pointers — iterative, not recursive, so paths thousands of arcs long on graphs of 100k+ arcs are
 * fine. Several sources and sinks behave as one super-source joined to every source, and every sink
 * joined to one super-sink, by uncapacitated arcs (the search starts from all sources at once and stops
 * at any sink; neither super-node appears in the result). Reverse residual arcs are internal.
 * Deterministic: the same inputs give the same flow, arc by arc. O(V²E) in the worst case; about
 * 0.1 s for one source and one sink on a 50,000-node, 600,000-arc network.
 *
 * Floating point: a residual capacity counts as present only when it exceeds
 * ε = {@link MAX_FLOW_EPSILON} × the largest finite capacity, so an arc within ε of its capacity is
 * saturated and a flow ≤ ε cannot be pushed back. Flows stay within [0, capacity] exactly and are
 * conserved up to rounding; the cut's capacities sum to `value` within ε per arc crossing the cut, plus
 * rounding (exactly when the capacities add without rounding, e.g. whole TEU or multiples of 0.25).
 *
 * When a path of Infinity arcs joins a source to a sink (or a node is both a source and a sink),
 * no finite cut exists: `value` is Infinity, `cut` is empty, every `flow` is 0 and `sourceSide`
 * marks the nodes reachable from a source over usable arcs (sinks included).
 *
 * @param graph - the compiled graph whose arcs carry the flow
 * @param capacity - per compiled edge, the most it can carry (any unit of flow per period, ≥ 0);
 *   Infinity = uncapacitated; 0 or NaN = unusable; length `edgeCount`
 * @param sources - compiled node ids the flow leaves from (duplicates are harmless; empty = no flow)
 * @param sinks - compiled node ids the flow arrives at (duplicates are harmless; empty = no flow)
 * @returns the flow value, the flow per compiled edge, the source side and the edges of a minimum cut
 * @throws RangeError when `capacity` has the wrong length or a negative entry, or a node id is out of range (misuse)
 * @example
 * ```ts
 * import { maxFlow } from '@corridor/core/flow';
 * import { compileGraph, edgeValues } from '@corridor/core/graph';
 * import { DirectedGraph } from 'graphology';
 *
 * // Two corridors from Xiamen to Duisburg: rail (300 TEU a week) and sea then rail (200, then 150).
 * const graph = new DirectedGraph<Record<string, never>, { capacityTeuPerWeek: number }>();
 * graph.mergeEdge('XMN', 'DUI', { capacityTeuPerWeek: 300 });
 * graph.mergeEdge('XMN', 'RTM', { capacityTeuPerWeek: 200 });
 * graph.mergeEdge('RTM', 'DUI', { capacityTeuPerWeek: 150 });
 * const compiled = compileGraph(graph);
 * const capacity = edgeValues(compiled, graph, (_key, attributes) => attributes.capacityTeuPerWeek);
 * const node = (key: string) => compiled.nodeIndex.get(key) ?? 0;
 * const { value, cut } = maxFlow(compiled, capacity, [node('XMN')], [node('DUI')]);
 * console.log(value); // → 450
 * console.log(cut.map((e) => `${compiled.nodeKeys[compiled.sources[e] ?? 0]}→${compiled.nodeKeys[compiled.targets[e] ?? 0]}`)); // → [ 'XMN→DUI', 'RTM→DUI' ]
 * ```
 */
export function maxFlow(
  graph: CompiledGraph,
  capacity: Float64Array,
  sources: readonly number[],
  sinks: readonly number[],
): MaxFlowResult {
  const { nodeCount: n, edgeCount: m, offsets, targets, sources: tails } = graph;
  if (capacity.length !== m) {
    throw new RangeError(`maxFlow: capacity has length ${capacity.length}; the graph has ${m} edges`);
  }
  let largestFinite = 0;
  for (let e = 0; e < m; e++) {
    const c = capacity[e] as number;
    if (c < 0) throw new RangeError(`maxFlow: edge ${e} has capacity ${c}; capacities must be ≥ 0 (0 = unusable)`);
    if (c > largestFinite && c !== Number.POSITIVE_INFINITY) largestFinite = c;
  }
  const isSink = new Uint8Array(n);
  for (const t of sinks) isSink[checkNode(t, n, 'sink')] = 1;
  for (const s of sources) checkNode(s, n, 'source');
  const epsilon = MAX_FLOW_EPSILON * largestFinite;

  // Residual arcs: arc 2e runs along edge e (residual capacity − flow), arc 2e+1 against it (residual
  // flow). Each node lists its forward arcs (compiled order), then its reverse arcs (edge id order).
  const arcOffsets = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const v = (targets[e] as number) + 1;
    arcOffsets[v] = (arcOffsets[v] as number) + 1;
  }
  for (let u = 0; u < n; u++) {
    arcOffsets[u + 1] =
      (arcOffsets[u + 1] as number) + (arcOffsets[u] as number) + (offsets[u + 1] as number) - (offsets[u] as number);
  }
  const arcs = new Uint32Array(2 * m);
  const fill = new Uint32Array(n);
  for (let u = 0; u < n; u++) {
    let at = arcOffsets[u] as number;
    const end = offsets[u + 1] as number;
    for (let e = offsets[u] as number; e < end; e++) arcs[at++] = 2 * e;
    fill[u] = at;
  }
  for (let e = 0; e < m; e++) {
    const v = targets[e] as number;
    arcs[fill[v] as number] = 2 * e + 1;
    fill[v] = (fill[v] as number) + 1;
  }

  const flow = new Float64Array(m);
  const level = new Int32Array(n);
  const queue = new Uint32Array(n);
  const current = new Uint32Array(n);
  const path = new Uint32Array(n);
  const head = (a: number): number => ((a & 1) === 0 ? targets[a >>> 1] : tails[a >>> 1]) as number;
  const tail = (a: number): number => ((a & 1) === 0 ? tails[a >>> 1] : targets[a >>> 1]) as number;
  const residual = (a: number): number => {
    const e = a >>> 1;
    return (a & 1) === 0 ? (capacity[e] as number) - (flow[e] as number) : (flow[e] as number);
  };

  /**
   * Labels `level` by BFS from the sources over arcs that pass `usable`; returns the level of the
   * nearest sink (-1 when none is reached). With `stopAtSinks`, sinks are not expanded and the search
   * stops below the nearest sink's level (Dinic's level graph); without it, it labels everything reachable.
   */
  const label = (usable: (a: number) => boolean, stopAtSinks: boolean): number => {
    level.fill(-1);
    let size = 0;
    for (const s of sources) {
      if (level[s] === -1) {
        level[s] = 0;
        queue[size++] = s;
      }
    }
    let sinkLevel = -1;
    for (let i = 0; i < size; i++) {
      const u = queue[i] as number;
      const lu = level[u] as number;
      if (isSink[u] === 1) {
        if (sinkLevel === -1) sinkLevel = lu;
        if (stopAtSinks) continue;
      }
      if (stopAtSinks && sinkLevel !== -1 && lu >= sinkLevel) break;
      const end = arcOffsets[u + 1] as number;
      for (let i2 = arcOffsets[u] as number; i2 < end; i2++) {
        const a = arcs[i2] as number;
        const v = head(a);
        if (level[v] === -1 && usable(a)) {
          level[v] = lu + 1;
          queue[size++] = v;
        }
      }
    }
    return sinkLevel;
  };

  // A path of Infinity arcs (or a node both source and sink) means no finite cut exists.
  if (label((a) => (a & 1) === 0 && capacity[a >>> 1] === Number.POSITIVE_INFINITY, false) !== -1) {
    label((a) => (a & 1) === 0 && (capacity[a >>> 1] as number) > epsilon, false);
    return { value: Number.POSITIVE_INFINITY, flow, sourceSide: reachedSide(level), cut: [] };
  }

  const hasResidual = (a: number): boolean => residual(a) > epsilon;
  let value = 0;
  for (let sinkLevel = label(hasResidual, true); sinkLevel !== -1; sinkLevel = label(hasResidual, true)) {
    current.set(arcOffsets.subarray(0, n));
    for (const s of sources) {
      // Iterative DFS from s along the level graph: path[0 .. depth-1] holds the arcs taken so far.
      let depth = 0;
      let u = s;
      for (;;) {
        if (isSink[u] === 1) {
          let delta = Number.POSITIVE_INFINITY;
          let bottleneck = 0;
          for (let i = 0; i < depth; i++) {
            const r = residual(path[i] as number);
            if (r < delta) {
              delta = r;
              bottleneck = i;
            }
          }
          // Push delta along the path; the bottleneck arc is saturated exactly, others are clamped to
          // [0, capacity] against rounding. Then retreat to the tail of the first arc left without residual.
          let retreatTo = -1;
          for (let i = 0; i < depth; i++) {
            const a = path[i] as number;
            const e = a >>> 1;
            const forward = (a & 1) === 0;
            if (i === bottleneck) flow[e] = forward ? (capacity[e] as number) : 0;
            else if (forward) flow[e] = Math.min(capacity[e] as number, (flow[e] as number) + delta);
            else flow[e] = Math.max(0, (flow[e] as number) - delta);
            if (retreatTo === -1 && !hasResidual(a)) retreatTo = i;
          }
          value += delta;
          depth = retreatTo;
          u = tail(path[depth] as number);
          continue;
        }
        const end = arcOffsets[u + 1] as number;
        const next = (level[u] as number) + 1;
        let i = current[u] as number;
        for (; i < end; i++) {
          const a = arcs[i] as number;
          const v = head(a);
          if (level[v] === next && (next < sinkLevel || isSink[v] === 1) && hasResidual(a)) break;
        }
        current[u] = i;
        if (i < end) {
          const a = arcs[i] as number;
          path[depth++] = a;
          u = head(a);
        } else {
          if (depth === 0) break;
          u = tail(path[--depth] as number);
          current[u] = (current[u] as number) + 1;
        }
      }
    }
  }

  // The last BFS reached no sink: what it labelled is the source side of a minimum cut.
  const sourceSide = reachedSide(level);
  const cut: number[] = [];
  for (let e = 0; e < m; e++) {
    if (sourceSide[tails[e] as number] === 1 && sourceSide[targets[e] as number] === 0 && (capacity[e] as number) > 0) {
      cut.push(e);
    }
  }
  return { value, flow, sourceSide, cut };
}

function reachedSide(level: Int32Array): Uint8Array {
  const side = new Uint8Array(level.length);
  for (let u = 0; u < level.length; u++) if ((level[u] as number) >= 0) side[u] = 1;
  return side;
}

function checkNode(node: number, nodeCount: number, what: string): number {
  if (!(Number.isInteger(node) && node >= 0 && node < nodeCount)) {
    throw new RangeError(`maxFlow: ${what} ${node} is not a compiled node id (0 .. ${nodeCount - 1})`);
  }
  return node;
}
