import { DirectedGraph, MultiDirectedGraph, MultiGraph, UndirectedGraph } from 'graphology';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type CompiledGraph, compileGraph, edgeValues } from './compiled-graph.js';

/** The out-arcs of a compiled node as `tail>head:edgeKey` strings, for readable expectations. */
function arcs(compiled: CompiledGraph, node: string): string[] {
  const u = compiled.nodeIndex.get(node) ?? -1;
  const out: string[] = [];
  for (let e = compiled.offsets[u] ?? 0; e < (compiled.offsets[u + 1] ?? 0); e++) {
    out.push(
      `${compiled.nodeKeys[compiled.sources[e] ?? 0]}>${compiled.nodeKeys[compiled.targets[e] ?? 0]}:${compiled.edgeKeys[e]}`,
    );
  }
  return out;
}

describe('compileGraph', () => {
  it('numbers nodes in forEachNode order and maps keys both ways', () => {
    const graph = new DirectedGraph();
    for (const key of ['XMN', 'SIN', 'RTM']) graph.addNode(key);
    const compiled = compileGraph(graph);
    expect(compiled.nodeKeys).toEqual(['XMN', 'SIN', 'RTM']);
    expect([...compiled.nodeIndex]).toEqual([
      ['XMN', 0],
      ['SIN', 1],
      ['RTM', 2],
    ]);
    expect(compiled.nodeCount).toBe(3);
  });

  it('groups the arcs of a directed graph by tail, in graphology out-edge order, as CSR arrays', () => {
    const graph = new DirectedGraph();
    for (const key of ['a', 'b', 'c']) graph.addNode(key);
    graph.addEdgeWithKey('bc', 'b', 'c');
    graph.addEdgeWithKey('ab', 'a', 'b');
    graph.addEdgeWithKey('ac', 'a', 'c');
    graph.addEdgeWithKey('ca', 'c', 'a');
    const compiled = compileGraph(graph);
    expect(compiled.edgeCount).toBe(4);
    expect([...compiled.offsets]).toEqual([0, 2, 3, 4]);
    expect([...compiled.sources]).toEqual([0, 0, 1, 2]);
    expect([...compiled.targets]).toEqual([1, 2, 2, 0]);
    expect(compiled.edgeKeys).toEqual(['ab', 'ac', 'bc', 'ca']);
  });

  it('gives an undirected edge one arc per direction, both with its key', () => {
    const graph = new UndirectedGraph();
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdgeWithKey('ab', 'a', 'b');
    const compiled = compileGraph(graph);
    expect(arcs(compiled, 'a')).toEqual(['a>b:ab']);
    expect(arcs(compiled, 'b')).toEqual(['b>a:ab']);
  });

  it('compiles a mixed graph: directed edges one way, undirected edges both ways', () => {
    const graph = new MultiGraph({ type: 'mixed' });
    for (const key of ['a', 'b', 'c']) graph.addNode(key);
    graph.addDirectedEdgeWithKey('ab', 'a', 'b');
    graph.addUndirectedEdgeWithKey('bc', 'b', 'c');
    const compiled = compileGraph(graph);
    expect([arcs(compiled, 'a'), arcs(compiled, 'b'), arcs(compiled, 'c')]).toEqual([
      ['a>b:ab'],
      ['b>c:bc'],
      ['c>b:bc'],
    ]);
  });

  it('keeps parallel edges and self-loops as separate arcs (an undirected self-loop once)', () => {
    const multi = new MultiDirectedGraph();
    multi.addNode('a');
    multi.addNode('b');
    multi.addEdgeWithKey('ab1', 'a', 'b');
    multi.addEdgeWithKey('ab2', 'a', 'b');
    multi.addEdgeWithKey('aa', 'a', 'a');
    expect(arcs(compileGraph(multi), 'a').sort()).toEqual(['a>a:aa', 'a>b:ab1', 'a>b:ab2']);
    const undirected = new UndirectedGraph();
    undirected.addNode('a');
    undirected.addEdgeWithKey('loop', 'a', 'a');
    expect(arcs(compileGraph(undirected), 'a')).toEqual(['a>a:loop']);
  });

  it('compiles the empty graph to zero nodes, zero edges and offsets [0]', () => {
    const compiled = compileGraph(new DirectedGraph());
    expect(compiled).toMatchObject({ nodeCount: 0, edgeCount: 0, nodeKeys: [], edgeKeys: [] });
    expect([...compiled.offsets]).toEqual([0]);
  });

  it('is deterministic: compiling the same graph twice gives equal arrays', () => {
    const graph = new UndirectedGraph();
    for (let i = 0; i < 20; i++) graph.mergeEdge(`n${i % 7}`, `n${(i * 3 + 1) % 11}`);
    expect(compileGraph(graph)).toEqual(compileGraph(graph));
  });
});

describe('edgeValues', () => {
  it('reads one number per compiled edge, in compiled edge order', () => {
    const graph = new DirectedGraph<{ name: string }, { lengthKm: number }>();
    graph.addNode('a', { name: 'A' });
    graph.addNode('b', { name: 'B' });
    graph.addEdgeWithKey('ba', 'b', 'a', { lengthKm: 7 });
    graph.addEdgeWithKey('ab', 'a', 'b', { lengthKm: 5 });
    const compiled = compileGraph(graph);
    expect([...edgeValues(compiled, graph, (_key, attributes) => attributes.lengthKm)]).toEqual([5, 7]);
  });

  it('passes tail and head ids, so an undirected edge can have a different value per direction', () => {
    const graph = new UndirectedGraph<{ up: number }, { climbM: number }>();
    graph.addNode('low', { up: 0 });
    graph.addNode('high', { up: 100 });
    graph.addEdge('low', 'high', { climbM: 100 });
    const compiled = compileGraph(graph);
    const climb = edgeValues(compiled, graph, (_key, { climbM }, tail, head) => (tail < head ? climbM : 0));
    expect([...climb]).toEqual([100, 0]);
  });

  it('returns an empty Float64Array for a graph without edges', () => {
    const graph = new DirectedGraph();
    graph.addNode('a');
    const values = edgeValues(compileGraph(graph), graph, () => 1);
    expect(values).toBeInstanceOf(Float64Array);
    expect(values.length).toBe(0);
  });

  it('types the attributes from the graph', () => {
    const graph = new DirectedGraph<{ name: string }, { lengthKm: number }>();
    edgeValues(compileGraph(graph), graph, (_key, attributes) => {
      expectTypeOf(attributes).toEqualTypeOf<{ lengthKm: number }>();
      return attributes.lengthKm;
    });
  });
});
