// The slow twin (STYLE.md 15): on random small networks — parallel edges, self-loops, zero weights and
// many equal-cost ties, closed edges, unreachable nodes — a search on the breadth-first copy settles exactly
// the tree a search on the compiled graph settles: same distance and same path (edge by edge) for every target.
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { gatherEdgeValues, originalEdges, reorderBreadthFirst } from './breadth-first-graph.js';
import { compileGraph, edgeValues } from './compiled-graph.js';
import { ShortestPathSearch } from './shortest-path-search.js';

const networkArbitrary = fc.noBias(fc.integer({ min: 1, max: 40 })).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    edges: fc.array(
      fc.record({
        // Unbiased draws: fast-check's default bias piles edges onto nodes 0 and 1, which hides tie cases.
        from: fc.noBias(fc.nat({ max: nodes - 1 })),
        to: fc.noBias(fc.nat({ max: nodes - 1 })),
        // Small whole weights: equal-cost ties everywhere, so the tie-break is tested too.
        weight: fc.oneof(
          { weight: 8, arbitrary: fc.noBias(fc.integer({ min: 0, max: 2 })) },
          { weight: 1, arbitrary: fc.constant(Number.POSITIVE_INFINITY) },
        ),
        blocked: fc.integer({ min: 0, max: 9 }).map((draw) => draw < 2),
      }),
      { maxLength: 160, size: 'max' },
    ),
    source: fc.noBias(fc.nat({ max: nodes - 1 })),
    targets: fc.array(fc.nat({ max: nodes - 1 }), { maxLength: 4 }),
  }),
);

function build(spec: typeof networkArbitrary extends fc.Arbitrary<infer T> ? T : never) {
  const graph = new MultiDirectedGraph<Record<string, never>, { weight: number; blocked: boolean }>();
  for (let i = 0; i < spec.nodes; i++) graph.addNode(`v${i}`);
  for (const edge of spec.edges) graph.addDirectedEdge(`v${edge.from}`, `v${edge.to}`, edge);
  const compiled = compileGraph(graph);
  const weights = edgeValues(compiled, graph, (_key, { weight }) => weight);
  const blocked = Uint8Array.from(edgeValues(compiled, graph, (_key, edge) => (edge.blocked ? 1 : 0)));
  const node = (i: number) => compiled.nodeIndex.get(`v${i}`) as number;
  return { compiled, weights, blocked, source: node(spec.source), targets: spec.targets.map(node) };
}

/** A search on the breadth-first copy of `compiled`, answering in the compiled graph's ids. */
function onBreadthFirstCopy(spec: ReturnType<typeof build>) {
  const bfs = reorderBreadthFirst(spec.compiled);
  const search = new ShortestPathSearch(bfs);
  const weights = gatherEdgeValues(bfs, spec.weights, spec.blocked);
  const at = (node: number) => bfs.nodeOf[node] as number;
  return {
    bfs,
    run: (source: number, targets: readonly number[]) =>
      search.run([at(source)], weights, { targets: targets.map(at) }),
    distance: (node: number) => search.distance(at(node)),
    pathEdges: (node: number) => {
      const path = search.pathEdges(at(node));
      return path === null ? null : originalEdges(bfs, path);
    },
  };
}

describe('reorderBreadthFirst', () => {
  it("numbers nodes breadth-first from node 0, keeping each node's out-edges in their order", () => {
    const spec = build({
      nodes: 5,
      edges: [
        { from: 0, to: 3, weight: 1, blocked: false },
        { from: 0, to: 1, weight: 1, blocked: false },
        { from: 3, to: 4, weight: 1, blocked: false },
        { from: 1, to: 0, weight: 1, blocked: false },
      ],
      source: 0,
      targets: [],
    });
    const bfs = reorderBreadthFirst(spec.compiled);
    expect(Array.from(bfs.originalNode)).toEqual([0, 3, 1, 4, 2]);
    expect(Array.from(bfs.nodeOf)).toEqual([0, 2, 4, 1, 3]);
    expect(bfs.nodeKeys).toEqual(['v0', 'v3', 'v1', 'v4', 'v2']);
    expect(bfs.nodeIndex.get('v4')).toBe(3);
    // v0's edges (to v3, then v1) first, then v3's, v1's: original edge ids 0, 1, 3, 2.
    expect(Array.from(bfs.originalEdge)).toEqual([0, 1, 3, 2]);
    expect(Array.from(bfs.targets)).toEqual([1, 2, 3, 0]);
    expect(Array.from(bfs.sources)).toEqual([0, 0, 1, 2]);
    expect(bfs.edgeKeys).toEqual([0, 1, 3, 2].map((e) => spec.compiled.edgeKeys[e]));
  });

  it('copies an empty graph to an empty graph', () => {
    const bfs = reorderBreadthFirst(build({ nodes: 0, edges: [], source: 0, targets: [] }).compiled);
    expect(bfs.nodeCount).toBe(0);
    expect(Array.from(bfs.offsets)).toEqual([0]);
  });
});

describe('a search on the breadth-first copy against one on the compiled graph (properties)', () => {
  it('settles the same distance and the same path for every target of a one-to-many run', () => {
    fc.assert(
      fc.property(networkArbitrary, (spec) => {
        const built = build(spec);
        const { compiled, weights, blocked, source, targets } = built;
        const reference = new ShortestPathSearch(compiled);
        const copy = onBreadthFirstCopy(built);
        reference.run([source], weights, { blocked, targets });
        copy.run(source, targets);
        for (const t of targets) {
          expect(copy.distance(t)).toBe(reference.distance(t));
          expect(copy.pathEdges(t)).toEqual(reference.pathEdges(t));
        }
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });

  it('settles every reachable node like a one-to-all search when given no targets', () => {
    fc.assert(
      fc.property(networkArbitrary, (spec) => {
        const built = build(spec);
        const { compiled, weights, blocked, source } = built;
        const reference = new ShortestPathSearch(compiled);
        const copy = onBreadthFirstCopy(built);
        reference.run([source], weights, { blocked });
        copy.run(source, []);
        for (let v = 0; v < compiled.nodeCount; v++) {
          expect(copy.distance(v)).toBe(reference.distance(v));
          expect(copy.pathEdges(v)).toEqual(reference.pathEdges(v));
        }
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it('gives the same answers when reused: a second run resets what the first left behind', () => {
    fc.assert(
      fc.property(networkArbitrary, fc.nat(), (spec, other) => {
        const built = build(spec);
        const fresh = onBreadthFirstCopy(built);
        const reused = onBreadthFirstCopy(built);
        reused.run(other % built.compiled.nodeCount, built.targets);
        reused.run(built.source, built.targets);
        fresh.run(built.source, built.targets);
        for (let v = 0; v < built.compiled.nodeCount; v++) expect(reused.distance(v)).toBe(fresh.distance(v));
        for (const t of built.targets) expect(reused.pathEdges(t)).toEqual(fresh.pathEdges(t));
      }),
      { numRuns: 200, seed: 20261130 },
    );
  });
});

describe('gatherEdgeValues', () => {
  it('refuses values of the wrong length', () => {
    const { compiled } = build({
      nodes: 2,
      edges: [{ from: 0, to: 1, weight: 1, blocked: false }],
      source: 0,
      targets: [],
    });
    expect(() => gatherEdgeValues(reorderBreadthFirst(compiled), new Float64Array(3))).toThrow(
      /one value per edge \(1\)/,
    );
  });
});
