import type { AbstractGraph, Attributes } from 'graphology-types';

/**
 * A read-only, array-backed snapshot of a graphology graph for fast searches: the
 * out-arcs of every node in compressed sparse row (CSR) form, plus the maps back to graphology keys.
 * Results of searches over it are indexed by compiled node id and compiled edge id.
 */
export interface CompiledGraph {
  /** Number of nodes; compiled node ids are `0 .. nodeCount - 1`. */
  readonly nodeCount: number;
  /** Number of compiled edges (arcs); an undirected graphology edge counts twice, once per direction. */
  readonly edgeCount: number;
  /** CSR: the out-edges of node u are the compiled edge ids offsets[u] .. offsets[u+1]-1. */
  readonly offsets: Uint32Array;
  /** Head node per compiled edge. */
  readonly targets: Uint32Array;
  /** Tail node per compiled edge. */
  readonly sources: Uint32Array;
  /** Compiled node id → graphology node key. */
  readonly nodeKeys: readonly string[];
  /** Compiled edge id → graphology edge key (an undirected edge appears twice, once per direction). */
  readonly edgeKeys: readonly string[];
  /** Graphology node key → compiled node id. */
  readonly nodeIndex: ReadonlyMap<string, number>;
}

/**
 * Compiles any graphology graph (directed, undirected or mixed) into a {@link CompiledGraph}.
 * Node ids follow `graph.forEachNode` order; edges are grouped by tail node, and within a node follow
 * graphology's outbound-edge iteration order (undirected edges contribute one arc in each direction;
 * an undirected self-loop contributes one arc). Deterministic: the same graph compiles to the same
 * arrays. The graph is read, never changed; later edits to it are not reflected in the snapshot.
 *
 * @param graph - the editable graph to snapshot
 * @returns the CSR snapshot with its key maps
 * @example
 * ```ts
 * import { compileGraph } from '@corridor/core/graph';
 * import { DirectedGraph } from 'graphology';
 *
 * const graph = new DirectedGraph();
 * graph.mergeEdge('XMN', 'SIN');
 * graph.mergeEdge('SIN', 'RTM');
 * const compiled = compileGraph(graph);
 * const xmn = compiled.nodeIndex.get('XMN') ?? -1;
 * console.log(compiled.nodeCount, compiled.edgeCount, xmn); // → 3 2 0
 * console.log(compiled.nodeKeys[compiled.targets[compiled.offsets[xmn] ?? 0] ?? 0]); // → SIN
 * ```
 */
export function compileGraph(graph: AbstractGraph): CompiledGraph {
  const nodeCount = graph.order;
  const nodeKeys: string[] = new Array(nodeCount);
  const nodeIndex = new Map<string, number>();
  let index = 0;
  graph.forEachNode((node) => {
    nodeKeys[index] = node;
    nodeIndex.set(node, index);
    index++;
  });

  const offsets = new Uint32Array(nodeCount + 1);
  const heads: number[] = [];
  const edgeKeys: string[] = [];
  for (let u = 0; u < nodeCount; u++) {
    offsets[u] = heads.length;
    const tail = nodeKeys[u] as string;
    graph.forEachOutboundEdge(tail, (edge, _attributes, source, target) => {
      // For an undirected edge the stored source may be the other end: the head is the opposite of u.
      heads.push(nodeIndex.get(source === tail ? target : source) as number);
      edgeKeys.push(edge);
    });
  }
  const edgeCount = heads.length;
  offsets[nodeCount] = edgeCount;

  const targets = Uint32Array.from(heads);
  const sources = new Uint32Array(edgeCount);
  for (let u = 0; u < nodeCount; u++) sources.fill(u, offsets[u], offsets[u + 1]);
  return { nodeCount, edgeCount, offsets, targets, sources, nodeKeys, edgeKeys, nodeIndex };
}

/**
 * Reads one number per compiled edge from the graphology edges, typically a search weight
 * (hours, USD, km, …) or a capacity. An undirected edge is read once per direction, so the getter
 * may return a different value for each direction by looking at the tail and head ids.
 *
 * @param compiled - the snapshot, compiled from `graph`
 * @param graph - the graph the snapshot was compiled from, holding the edge attributes
 * @param value - the number for one compiled edge, from its graphology key, attributes and its tail
 *   and head compiled node ids (unit: whatever the caller measures)
 * @returns a `Float64Array` of length `compiled.edgeCount`, indexed by compiled edge id
 * @example
 * ```ts
 * import { compileGraph, edgeValues } from '@corridor/core/graph';
 * import { DirectedGraph } from 'graphology';
 *
 * const graph = new DirectedGraph<Record<string, never>, { lengthKm: number }>();
 * graph.mergeEdge('XMN', 'SIN', { lengthKm: 3000 });
 * graph.mergeEdge('SIN', 'RTM', { lengthKm: 15_300 });
 * const compiled = compileGraph(graph);
 * const lengthKm = edgeValues(compiled, graph, (_key, attributes) => attributes.lengthKm);
 * console.log([...lengthKm]); // → [ 3000, 15300 ]
 * ```
 */
export function edgeValues<E extends Attributes>(
  compiled: CompiledGraph,
  graph: AbstractGraph<Attributes, E>,
  value: (edgeKey: string, attributes: E, sourceIndex: number, targetIndex: number) => number,
): Float64Array {
  const { edgeCount, edgeKeys, sources, targets } = compiled;
  const values = new Float64Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const key = edgeKeys[e] as string;
    values[e] = value(key, graph.getEdgeAttributes(key), sources[e] as number, targets[e] as number);
  }
  return values;
}
