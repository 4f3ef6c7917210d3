import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { type CompiledGraph, compileGraph, edgeValues } from './compiled-graph.js';
import { ShortestPathSearch } from './shortest-path-search.js';

/** A hand-drawn directed network: `[from, to, km]` per edge, nodes named in order of first mention. */
function network(edges: readonly (readonly [string, string, number])[], extraNodes: readonly string[] = []) {
  const graph = new DirectedGraph<Record<string, never>, { km: number }>();
  for (const [from, to, km] of edges) {
    graph.mergeNode(from);
    graph.mergeNode(to);
    graph.addEdgeWithKey(`${from}-${to}`, from, to, { km });
  }
  for (const node of extraNodes) graph.mergeNode(node);
  const compiled = compileGraph(graph);
  const km = edgeValues(compiled, graph, (_key, attributes) => attributes.km);
  const id = (key: string) => compiled.nodeIndex.get(key) ?? -1;
  return { graph, compiled, km, id, search: new ShortestPathSearch(compiled) };
}

const keysOf = (compiled: CompiledGraph, edges: number[] | null) => edges?.map((e) => compiled.edgeKeys[e]) ?? null;

//   A --1--> B --1--> C --1--> D        A --5--> C        E (isolated)
const line = (): ReturnType<typeof network> =>
  network(
    [
      ['A', 'B', 1],
      ['B', 'C', 1],
      ['C', 'D', 1],
      ['A', 'C', 5],
    ],
    ['E'],
  );

describe('ShortestPathSearch', () => {
  it('finds one-to-all distances, predecessor edges and paths', () => {
    const { compiled, km, id, search } = line();
    search.run([id('A')], km);
    expect([...search.distances]).toEqual([0, 1, 2, 3, Number.POSITIVE_INFINITY]);
    expect(compiled.edgeKeys[search.predecessorEdge(id('C'))]).toBe('B-C');
    expect(keysOf(compiled, search.pathEdges(id('D')))).toEqual(['A-B', 'B-C', 'C-D']);
  });

  it('with a target, stops once the target is settled and leaves farther nodes unsettled', () => {
    const { compiled, km, id, search } = line();
    search.run([id('A')], km, { target: id('B') });
    expect(search.distance(id('B'))).toBe(1);
    expect(keysOf(compiled, search.pathEdges(id('B')))).toEqual(['A-B']);
    expect(search.distance(id('D'))).toBe(Number.POSITIVE_INFINITY);
  });

  it('with targets, stops once every target is settled, and a later run forgets them', () => {
    const { km, id, search } = line();
    search.run([id('A')], km, { targets: [id('C'), id('B'), id('C')] });
    expect(search.distance(id('B'))).toBe(1);
    expect(search.distance(id('C'))).toBe(2);
    expect(search.distance(id('D'))).toBe(Number.POSITIVE_INFINITY);
    search.run([id('A')], km, { targets: [id('B')] });
    expect(search.distance(id('C'))).toBe(5); // reached from A only, not settled: an upper bound
    search.run([id('A')], km);
    expect(search.distance(id('D'))).toBe(3);
  });

  it('returns distance 0, predecessor -1 and the empty path when the source is the target', () => {
    const { km, id, search } = line();
    search.run([id('C')], km, { target: id('C') });
    expect([search.distance(id('C')), search.predecessorEdge(id('C')), search.pathEdges(id('C'))]).toEqual([0, -1, []]);
  });

  it('returns Infinity, -1 and null (never []) for an unreachable target', () => {
    const { km, id, search } = line();
    search.run([id('D')], km, { target: id('A') });
    expect([search.distance(id('A')), search.predecessorEdge(id('A')), search.pathEdges(id('A'))]).toEqual([
      Number.POSITIVE_INFINITY,
      -1,
      null,
    ]);
    search.run([id('A')], km);
    expect(search.pathEdges(id('E'))).toBeNull();
  });

  it('never uses an edge whose weight is Infinity', () => {
    const { compiled, km, id, search } = line();
    km[compiled.edgeKeys.indexOf('B-C')] = Number.POSITIVE_INFINITY;
    search.run([id('A')], km);
    expect(keysOf(compiled, search.pathEdges(id('D')))).toEqual(['A-C', 'C-D']);
    expect(search.distance(id('D'))).toBe(6);
  });

  it('never uses a blocked edge, and a later run without blocks uses it again', () => {
    const { compiled, km, id, search } = line();
    const blocked = new Uint8Array(compiled.edgeCount);
    blocked[compiled.edgeKeys.indexOf('A-B')] = 1;
    search.run([id('A')], km, { blocked });
    expect([search.distance(id('B')), search.distance(id('D'))]).toEqual([Number.POSITIVE_INFINITY, 6]);
    search.run([id('A')], km);
    expect(search.distance(id('D'))).toBe(3);
  });

  it('runs from several sources, each starting at its own cost', () => {
    const { compiled, km, id, search } = line();
    search.run([id('A'), id('C')], km, { startCosts: [0, 1.5] });
    expect([...search.distances]).toEqual([0, 1, 1.5, 2.5, Number.POSITIVE_INFINITY]);
    expect(keysOf(compiled, search.pathEdges(id('D')))).toEqual(['C-D']);
    expect(search.pathEdges(id('C'))).toEqual([]);
  });

  it('lets a source be reached more cheaply from another source, and keeps the lowest cost of a repeated source', () => {
    const { compiled, km, id, search } = line();
    search.run([id('A'), id('C'), id('C')], km, { startCosts: [0, 9, 4] });
    expect(search.distance(id('C'))).toBe(2);
    expect(keysOf(compiled, search.pathEdges(id('C')))).toEqual(['A-B', 'B-C']);
    search.run([id('C'), id('C')], km, { startCosts: [9, 4] });
    expect(search.distance(id('D'))).toBe(5);
  });

  it('resets every node a previous query touched', () => {
    const { km, id, search } = line();
    search.run([id('A')], km);
    search.run([id('C')], km);
    expect([...search.distances]).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      0,
      1,
      Number.POSITIVE_INFINITY,
    ]);
    expect(search.predecessorEdge(id('B'))).toBe(-1);
  });

  it('handles the empty graph and an empty source list', () => {
    const compiled = compileGraph(new DirectedGraph());
    const search = new ShortestPathSearch(compiled);
    search.run([], new Float64Array(0));
    expect(search.distances.length).toBe(0);
    expect(search.pathEdges(0)).toBeNull();
    const { km, search: other } = line();
    other.run([], km);
    expect([...other.distances].every((d) => d === Number.POSITIVE_INFINITY)).toBe(true);
  });

  it('searches an undirected graph both ways', () => {
    const graph = new UndirectedGraph<Record<string, never>, { km: number }>();
    graph.mergeEdge('X', 'Y', { km: 2 });
    graph.mergeEdge('Y', 'Z', { km: 3 });
    const compiled = compileGraph(graph);
    const search = new ShortestPathSearch(compiled);
    search.run(
      [compiled.nodeIndex.get('Z') ?? -1],
      edgeValues(compiled, graph, (_key, { km }) => km),
    );
    expect(search.distance(compiled.nodeIndex.get('X') ?? -1)).toBe(5);
  });

  it('throws a RangeError on misuse: wrong array lengths, node ids out of range', () => {
    const { km, id, search } = line();
    expect(() => search.run([id('A')], new Float64Array(2))).toThrow(/weights has length 2; the graph has 4 edges/);
    expect(() => search.run([id('A')], km, { blocked: new Uint8Array(1) })).toThrow(RangeError);
    expect(() => search.run([id('A')], km, { startCosts: [0, 1] })).toThrow(/2 start costs for 1 sources/);
    expect(() => search.run([7], km)).toThrow(/source 7 is not a compiled node id/);
    expect(() => search.run([0], km, { target: -1 })).toThrow(/target -1/);
    expect(() => search.run([0.5], km)).toThrow(RangeError);
  });
});
