// The slow twin (STYLE.md 15): on random small networks — parallel edges, self-loops, zero weights and
// many equal-cost ties, closed edges, unreachable nodes — ReorderedSearch settles exactly the tree
// ShortestPathSearch settles: same distance and same path (edge by edge) for every target.
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { compileGraph, edgeValues } from '../graph/compiled-graph.js';
import { ShortestPathSearch } from '../routing/shortest-path-search.js';
import { ReorderedSearch } from './reordered-search.js';

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

describe('ReorderedSearch against ShortestPathSearch (properties)', () => {
  it('settles the same distance and the same path for every target of a one-to-many run', () => {
    fc.assert(
      fc.property(networkArbitrary, (spec) => {
        const { compiled, weights, blocked, source, targets } = build(spec);
        const reference = new ShortestPathSearch(compiled);
        const reordered = new ReorderedSearch(compiled);
        reordered.setWeights(weights, blocked);
        reference.run([source], weights, { blocked, targets });
        reordered.run(source, targets);
        for (const t of targets) {
          expect(reordered.distance(t)).toBe(reference.distance(t));
          expect(reordered.pathEdges(t)).toEqual(reference.pathEdges(t));
        }
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });

  it('settles every reachable node like a one-to-all ShortestPathSearch when given no targets', () => {
    fc.assert(
      fc.property(networkArbitrary, (spec) => {
        const { compiled, weights, blocked, source } = build(spec);
        const reference = new ShortestPathSearch(compiled);
        const reordered = new ReorderedSearch(compiled);
        reordered.setWeights(weights, blocked);
        reference.run([source], weights, { blocked });
        reordered.run(source, []);
        for (let v = 0; v < compiled.nodeCount; v++) {
          expect(reordered.distance(v)).toBe(reference.distance(v));
          expect(reordered.pathEdges(v)).toEqual(reference.pathEdges(v));
        }
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it('gives the same answers when reused: a second run resets what the first left behind', () => {
    fc.assert(
      fc.property(networkArbitrary, fc.nat(), (spec, other) => {
        const { compiled, weights, blocked, source, targets } = build(spec);
        const fresh = new ReorderedSearch(compiled);
        const reused = new ReorderedSearch(compiled);
        fresh.setWeights(weights, blocked);
        reused.setWeights(weights, blocked);
        reused.run(other % compiled.nodeCount, targets);
        reused.run(source, targets);
        fresh.run(source, targets);
        for (let v = 0; v < compiled.nodeCount; v++) expect(reused.distance(v)).toBe(fresh.distance(v));
        for (const t of targets) expect(reused.pathEdges(t)).toEqual(fresh.pathEdges(t));
      }),
      { numRuns: 200, seed: 20261130 },
    );
  });

  it('refuses a source or a target that is not a compiled node id', () => {
    const { compiled } = build({ nodes: 2, edges: [], source: 0, targets: [] });
    const search = new ReorderedSearch(compiled);
    expect(() => search.run(2, [])).toThrow(/2 is not a compiled node id \(0 \.\. 1\)/);
    expect(() => search.run(0, [0, -1])).toThrow(/-1 is not a compiled node id/);
  });

  it('refuses weights of the wrong length', () => {
    const { compiled } = build({
      nodes: 2,
      edges: [{ from: 0, to: 1, weight: 1, blocked: false }],
      source: 0,
      targets: [],
    });
    expect(() => new ReorderedSearch(compiled).setWeights(new Float64Array(3))).toThrow(/one value per edge \(1\)/);
  });
});
