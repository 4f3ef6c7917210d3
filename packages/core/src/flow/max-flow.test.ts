import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { type CompiledGraph, compileGraph, edgeValues } from '../graph/compiled-graph.js';
import { maxFlow } from './max-flow.js';

const INF = Number.POSITIVE_INFINITY;

/** A hand-drawn directed network: `[from, to, capacity]` per edge, keyed `from-to` (`from-to#2` for a parallel one). */
function network(edges: readonly (readonly [string, string, number])[], extraNodes: readonly string[] = []) {
  const graph = new MultiDirectedGraph<Record<string, never>, { capacity: number }>();
  for (const [from, to, capacity] of edges) {
    graph.mergeNode(from);
    graph.mergeNode(to);
    const key = graph.hasEdge(`${from}-${to}`) ? `${from}-${to}#2` : `${from}-${to}`;
    graph.addEdgeWithKey(key, from, to, { capacity });
  }
  for (const node of extraNodes) graph.mergeNode(node);
  const compiled = compileGraph(graph);
  const capacity = edgeValues(compiled, graph, (_key, attributes) => attributes.capacity);
  const ids = (...keys: string[]) => keys.map((key) => compiled.nodeIndex.get(key) ?? -1);
  const run = (sources: string[], sinks: string[]) => {
    const result = maxFlow(compiled, capacity, ids(...sources), ids(...sinks));
    return {
      ...result,
      cutKeys: result.cut.map((e) => compiled.edgeKeys[e]),
      sourceSideKeys: compiled.nodeKeys.filter((_key, u) => result.sourceSide[u] === 1),
      flowOf: (key: string) => result.flow[compiled.edgeKeys.indexOf(key)] ?? Number.NaN,
    };
  };
  return { compiled, capacity, ids, run };
}

// CLRS (3rd ed.) figure 26.1: s → v1 16, s → v2 13, v2 → v1 4, v1 → v3 12, v3 → v2 9, v2 → v4 14,
// v4 → v3 7, v3 → t 20, v4 → t 4. Maximum flow 23, minimum cut ({s, v1, v2, v4}, {v3, t}).
const clrs = () =>
  network([
    ['s', 'v1', 16],
    ['s', 'v2', 13],
    ['v2', 'v1', 4],
    ['v1', 'v3', 12],
    ['v3', 'v2', 9],
    ['v2', 'v4', 14],
    ['v4', 'v3', 7],
    ['v3', 't', 20],
    ['v4', 't', 4],
  ]);

describe('maxFlow', () => {
  it('finds value 23 on the CLRS network, with the cut v1→v3, v4→v3, v4→t and source side {s, v1, v2, v4}', () => {
    const { value, cutKeys, sourceSideKeys, flowOf } = clrs().run(['s'], ['t']);
    expect(value).toBe(23);
    expect(cutKeys).toEqual(['v1-v3', 'v4-v3', 'v4-t']);
    expect(sourceSideKeys).toEqual(['s', 'v1', 'v2', 'v4']);
    expect([flowOf('v1-v3'), flowOf('v4-v3'), flowOf('v4-t')]).toEqual([12, 7, 4]);
    expect(flowOf('s-v1') + flowOf('s-v2')).toBe(23);
  });

  it('lists the cut in increasing compiled edge id order, and its capacities sum to the value', () => {
    const { compiled, capacity, ids } = clrs();
    const { value, cut } = maxFlow(compiled, capacity, ids('s'), ids('t'));
    expect(cut).toEqual([...cut].sort((a, b) => a - b));
    expect(cut.reduce((sum, e) => sum + (capacity[e] as number), 0)).toBe(value);
  });

  it('cancels flow along a reverse residual arc when the first path found blocks the second', () => {
    // Levels s | a b | c d | t: the first path s→a→c→t blocks b→c; s→b→c⇠a→d→t undoes a→c.
    const { value, flowOf } = network([
      ['s', 'a', 1],
      ['s', 'b', 1],
      ['a', 'c', 1],
      ['a', 'd', 1],
      ['b', 'c', 1],
      ['c', 't', 1],
      ['d', 't', 1],
    ]).run(['s'], ['t']);
    expect(value).toBe(2);
    expect([flowOf('a-c'), flowOf('a-d'), flowOf('b-c')]).toEqual([0, 1, 1]);
  });

  it('adds the capacities of parallel arcs, saturating both when they are the bottleneck', () => {
    const { value, cutKeys, flowOf } = network([
      ['A', 'B', 3],
      ['A', 'B', 4],
      ['B', 'C', 10],
    ]).run(['A'], ['C']);
    expect(value).toBe(7);
    expect([...cutKeys].sort()).toEqual(['A-B', 'A-B#2']);
    expect([flowOf('A-B'), flowOf('A-B#2'), flowOf('B-C')]).toEqual([3, 4, 7]);
  });

  it('with two sources and two sinks, carries the flow of a super-source to a super-sink', () => {
    const { value, cutKeys, sourceSideKeys, flow } = network([
      ['S1', 'M', 5],
      ['S2', 'M', 5],
      ['M', 'T1', 4],
      ['M', 'T2', 3],
      ['S1', 'T2', 2],
      ['S1', 'S2', 10],
      ['T1', 'T2', 10],
    ]).run(['S1', 'S2'], ['T1', 'T2']);
    expect(value).toBe(9);
    expect([...cutKeys].sort()).toEqual(['M-T1', 'M-T2', 'S1-T2']);
    expect(sourceSideKeys).toEqual(['S1', 'M', 'S2']);
    expect([...flow].every((f) => f >= 0)).toBe(true);
  });

  it('returns value 0, an empty cut, zero flow and the reachable set as source side when the sink is disconnected', () => {
    const { value, cut, sourceSideKeys, flow } = network(
      [
        ['A', 'B', 5],
        ['B', 'C', 5],
        ['C', 'A', 5],
        ['D', 'E', 5],
      ],
      ['F'],
    ).run(['A'], ['E']);
    expect([value, cut]).toEqual([0, []]);
    expect(sourceSideKeys).toEqual(['A', 'B', 'C']);
    expect([...flow]).toEqual([0, 0, 0, 0]);
  });

  it('returns value Infinity and an empty cut when a path of Infinity arcs joins a source to a sink', () => {
    const { value, cut, flow, sourceSideKeys } = network([
      ['A', 'B', INF],
      ['B', 'C', INF],
      ['A', 'C', 5],
      ['C', 'D', 1],
    ]).run(['A'], ['C']);
    expect([value, cut]).toEqual([INF, []]);
    expect([...flow].every((f) => f === 0)).toBe(true);
    expect(sourceSideKeys).toEqual(['A', 'B', 'C', 'D']);
  });

  it('returns value Infinity when a node is both a source and a sink', () => {
    const { value, cut } = network([['A', 'B', 5]]).run(['A', 'B'], ['A']);
    expect([value, cut]).toEqual([INF, []]);
  });

  it('limits an Infinity arc in series with a finite one to the finite capacity, which is the cut', () => {
    const { value, cutKeys, flowOf } = network([
      ['A', 'B', INF],
      ['B', 'C', 4_620.5],
    ]).run(['A'], ['C']);
    expect(value).toBe(4_620.5);
    expect(cutKeys).toEqual(['B-C']);
    expect([flowOf('A-B'), flowOf('B-C')]).toEqual([4_620.5, 4_620.5]);
  });

  it('never sends flow along arcs of capacity 0 or NaN, and leaves them out of the cut', () => {
    const { value, cutKeys, flowOf } = network([
      ['A', 'B', 0],
      ['A', 'D', 0],
      ['A', 'C', 5],
      ['A', 'E', Number.NaN],
      ['E', 'D', 10],
      ['C', 'B', 5],
      ['B', 'D', 10],
    ]).run(['A'], ['D']);
    expect(value).toBe(5);
    expect([flowOf('A-B'), flowOf('A-D'), flowOf('A-E'), flowOf('E-D')]).toEqual([0, 0, 0, 0]);
    expect(cutKeys).toEqual(['A-C']);
  });

  it('returns value 0, zero flow and an empty source side when there are no sources (or no sinks)', () => {
    const { value, cut, sourceSide } = clrs().run([], ['t']);
    expect([value, cut, [...sourceSide].every((side) => side === 0)]).toEqual([0, [], true]);
    const noSinks = clrs().run(['s'], []);
    expect([noSinks.value, noSinks.cut, noSinks.sourceSideKeys]).toEqual([0, [], ['s', 'v1', 'v2', 'v3', 'v4', 't']]);
  });

  it('treats a residual within 1e-9 of the largest capacity as none, so decimal capacities end cleanly', () => {
    const decimals = network([
      ['A', 'B', 0.1],
      ['A', 'B', 0.2],
      ['B', 'C', 0.3],
      ['C', 'D', 1_000],
    ]);
    const { value, cutKeys, flow } = decimals.run(['A'], ['D']);
    expect(value).toBeCloseTo(0.3, 12);
    expect(cutKeys.length === 1 || cutKeys.length === 2).toBe(true);
    expect([...flow].every((f, e) => f >= 0 && f <= (decimals.capacity[e] as number))).toBe(true);
  });

  it('lets flow run both ways over an undirected edge, one arc per direction', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge('A', 'B');
    graph.mergeEdge('B', 'C');
    const compiled = compileGraph(graph);
    const capacity = new Float64Array(compiled.edgeCount).fill(6);
    const [a, c] = [compiled.nodeIndex.get('A') ?? -1, compiled.nodeIndex.get('C') ?? -1];
    expect(maxFlow(compiled, capacity, [a], [c]).value).toBe(6);
    expect(maxFlow(compiled, capacity, [c], [a]).value).toBe(6);
  });

  it('follows a 200,000-arc chain without recursion, its value the smallest capacity', () => {
    const n = 200_001;
    const m = n - 1;
    const chain: CompiledGraph = {
      nodeCount: n,
      edgeCount: m,
      offsets: Uint32Array.from({ length: n + 1 }, (_, u) => Math.min(u, m)),
      targets: Uint32Array.from({ length: m }, (_, e) => e + 1),
      sources: Uint32Array.from({ length: m }, (_, e) => e),
      nodeKeys: [],
      edgeKeys: [],
      nodeIndex: new Map(),
    };
    const capacity = Float64Array.from({ length: m }, (_, e) => 10 + (e % 97));
    capacity[123_456] = 2.5;
    const { value, cut } = maxFlow(chain, capacity, [0], [n - 1]);
    expect([value, cut]).toEqual([2.5, [123_456]]);
  });

  it('does not change the capacities it is given', () => {
    const { compiled, capacity, ids } = clrs();
    const before = [...capacity];
    maxFlow(compiled, capacity, ids('s'), ids('t'));
    expect([...capacity]).toEqual(before);
  });

  it('throws a RangeError naming the bad value for a wrong-length capacity, a negative capacity or an unknown node', () => {
    const { compiled, capacity, ids } = clrs();
    expect(() => maxFlow(compiled, new Float64Array(3), ids('s'), ids('t'))).toThrow(
      /capacity has length 3; .* 9 edges/,
    );
    const negative = Float64Array.from(capacity);
    negative[4] = -1;
    expect(() => maxFlow(compiled, negative, ids('s'), ids('t'))).toThrow(/edge 4 has capacity -1/);
    expect(() => maxFlow(compiled, capacity, [6], ids('t'))).toThrow(RangeError);
    expect(() => maxFlow(compiled, capacity, ids('s'), [1.5])).toThrow(/sink 1.5 is not a compiled node id/);
  });
});
