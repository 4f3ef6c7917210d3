// The slow twin (STYLE.md 15): on random small networks — directed, undirected or mixed, with parallel
// edges, self-loops, zero weights, closed edges and unreachable nodes — the kernel's costs equal
// graphology-shortest-path's on the same graph. Costs, not paths, are compared: equal-cost ties may differ.
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import { describe, expect, it } from 'vitest';
import { compileGraph, edgeValues } from './compiled-graph.js';
import { ShortestPathSearch } from './shortest-path-search.js';

interface EdgeSpec {
  readonly from: number;
  readonly to: number;
  /** Multiples of 0.25 (sums are exact in floating point), 0 included; Infinity = an unusable edge. */
  readonly weight: number;
  readonly blocked: boolean;
  readonly undirected: boolean;
}

const networkArbitrary = fc.integer({ min: 1, max: 10 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    kind: fc.constantFrom('directed', 'undirected', 'mixed'),
    edges: fc.array(
      fc.record({
        from: fc.nat({ max: nodes - 1 }),
        to: fc.nat({ max: nodes - 1 }),
        weight: fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: 0, max: 40 }).map((quarters) => quarters / 4) },
          { weight: 1, arbitrary: fc.constant(Number.POSITIVE_INFINITY) },
        ),
        blocked: fc.integer({ min: 0, max: 9 }).map((draw) => draw < 2),
        undirected: fc.boolean(),
      }),
      { maxLength: 30 },
    ),
  }),
);

type Spec = typeof networkArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The graphology graph, its compiled twin and the kernel's inputs, plus a reference graph of usable edges only. */
function build(spec: Spec) {
  const graph = new MultiGraph<Record<string, never>, EdgeSpec>({ type: spec.kind });
  const usable = new MultiGraph<Record<string, never>, EdgeSpec>({ type: spec.kind });
  for (let i = 0; i < spec.nodes; i++) {
    graph.addNode(`v${i}`);
    usable.addNode(`v${i}`);
  }
  for (const edge of spec.edges) {
    const undirected = spec.kind === 'undirected' || (spec.kind === 'mixed' && edge.undirected);
    for (const target of edge.blocked || edge.weight === Number.POSITIVE_INFINITY ? [graph] : [graph, usable]) {
      if (undirected) target.addUndirectedEdge(`v${edge.from}`, `v${edge.to}`, edge);
      else target.addDirectedEdge(`v${edge.from}`, `v${edge.to}`, edge);
    }
  }
  const compiled = compileGraph(graph);
  const weights = edgeValues(compiled, graph, (_key, { weight }) => weight);
  const blocked = Uint8Array.from(edgeValues(compiled, graph, (_key, edge) => (edge.blocked ? 1 : 0)));
  /** Cost of a node path on the usable graph: the cheapest usable edge between each consecutive pair. */
  const pathCost = (path: string[] | null): number => {
    if (path === null) return Number.POSITIVE_INFINITY;
    let cost = 0;
    for (let i = 1; i < path.length; i++) {
      const [from, to] = [path[i - 1] as string, path[i] as string];
      const between = usable.outboundEdges(from).filter((edge) => usable.opposite(from, edge) === to);
      cost += Math.min(...between.map((edge) => usable.getEdgeAttribute(edge, 'weight')));
    }
    return cost;
  };
  return { graph, usable, compiled, weights, blocked, pathCost };
}

describe('ShortestPathSearch against graphology-shortest-path (properties)', () => {
  it('one-to-all distances equal dijkstra.singleSource path costs, and every path adds up to its distance', () => {
    fc.assert(
      fc.property(networkArbitrary, (spec) => {
        const { usable, compiled, weights, blocked, pathCost } = build(spec);
        const search = new ShortestPathSearch(compiled);
        for (let s = 0; s < compiled.nodeCount; s++) {
          search.run([s], weights, { blocked });
          const reference = dijkstra.singleSource(usable, `v${s}`, 'weight');
          for (let t = 0; t < compiled.nodeCount; t++) {
            expect(search.distance(t)).toBe(pathCost(reference[`v${t}`] ?? null));
            const path = search.pathEdges(t);
            if (path === null) continue;
            let at = s;
            let cost = 0;
            for (const e of path) {
              expect([compiled.sources[e], blocked[e]]).toEqual([at, 0]);
              at = compiled.targets[e] as number;
              cost += weights[e] as number;
            }
            expect([at, cost]).toEqual([t, search.distance(t)]);
          }
        }
      }),
    );
  });

  it('one-to-one costs equal dijkstra.bidirectional path costs and the one-to-all distance at the target', () => {
    fc.assert(
      fc.property(networkArbitrary, fc.nat(), fc.nat(), (spec, a, b) => {
        const { usable, compiled, weights, blocked, pathCost } = build(spec);
        const [s, t] = [a % compiled.nodeCount, b % compiled.nodeCount];
        const search = new ShortestPathSearch(compiled);
        search.run([s], weights, { blocked });
        const all = search.distance(t);
        search.run([s], weights, { blocked, target: t });
        expect(search.distance(t)).toBe(all);
        expect(search.distance(t)).toBe(pathCost(dijkstra.bidirectional(usable, `v${s}`, `v${t}`, 'weight')));
      }),
    );
  });

  it('a reused search object answers every query exactly as a fresh one does', () => {
    fc.assert(
      fc.property(
        networkArbitrary,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 8 }),
        (spec, queries) => {
          const { compiled, weights, blocked } = build(spec);
          const reused = new ShortestPathSearch(compiled);
          for (const [a, b, oneToOne] of queries) {
            const [s, t] = [a % compiled.nodeCount, b % compiled.nodeCount];
            const options = oneToOne ? { blocked, target: t } : { blocked };
            const fresh = new ShortestPathSearch(compiled);
            fresh.run([s], weights, options);
            reused.run([s], weights, options);
            expect([...reused.distances]).toEqual([...fresh.distances]);
            expect(reused.pathEdges(t)).toEqual(fresh.pathEdges(t));
          }
        },
      ),
    );
  });

  it('a multi-source run gives, at every node, the least start cost + distance over the sources', () => {
    fc.assert(
      fc.property(
        networkArbitrary,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 4 }),
        (spec, starts) => {
          const { compiled, weights, blocked } = build(spec);
          const sources = starts.map(([a]) => a % compiled.nodeCount);
          const startCosts = starts.map(([, cost]) => cost);
          const single = new ShortestPathSearch(compiled);
          const expected = new Array<number>(compiled.nodeCount).fill(Number.POSITIVE_INFINITY);
          sources.forEach((s, i) => {
            single.run([s], weights, { blocked });
            single.distances.forEach((d, t) => {
              expected[t] = Math.min(expected[t] as number, (startCosts[i] as number) + d);
            });
          });
          const multi = new ShortestPathSearch(compiled);
          multi.run(sources, weights, { blocked, startCosts });
          expect([...multi.distances]).toEqual(expected);
        },
      ),
    );
  });
});
