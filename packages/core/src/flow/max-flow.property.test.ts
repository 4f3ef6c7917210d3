// The slow twin (STYLE.md 15): on random small networks — directed or mixed, with parallel edges,
// self-loops, capacities 0, NaN and Infinity (paths of Infinity arcs allowed), overlapping sources and
// sinks — Dinic's value equals a textbook Edmonds–Karp on an adjacency matrix with a super-source and a
// super-sink, and the flow and cut it returns satisfy max-flow = min-cut. Capacities are multiples of
// 0.25, so every sum is exact and values compare with toBe.
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { type CompiledGraph, compileGraph, edgeValues } from '../graph/compiled-graph.js';
import { maxFlow } from './max-flow.js';

const RUNS = { numRuns: 200, seed: 20261128 };
const INF = Number.POSITIVE_INFINITY;

const networkArbitrary = fc.integer({ min: 2, max: 9 }).chain((nodes) =>
  fc
    .record({
      nodes: fc.constant(nodes),
      kind: fc.constantFrom('directed', 'mixed'),
      edges: fc.array(
        fc.record({
          from: fc.nat({ max: nodes - 1 }),
          to: fc.nat({ max: nodes - 1 }),
          capacity: fc.oneof(
            { weight: 8, arbitrary: fc.integer({ min: 1, max: 3 }) },
            { weight: 8, arbitrary: fc.integer({ min: 1, max: 40 }).map((quarters) => quarters / 4) },
            { weight: 3, arbitrary: fc.constant(0) },
            { weight: 1, arbitrary: fc.constant(Number.NaN) },
            { weight: 1, arbitrary: fc.constant(INF) },
          ),
          undirected: fc.boolean(),
        }),
        { minLength: nodes, maxLength: 40, size: 'medium' },
      ),
      // Terminals: distinct nodes split into sources then sinks; now and then a node is both (value Infinity).
      terminals: fc.shuffledSubarray([...Array(nodes).keys()], { minLength: 2 }),
      sourceCount: fc.integer({ min: 1, max: 3 }),
      sinkCount: fc.integer({ min: 1, max: 3 }),
      overlap: fc.integer({ min: 0, max: 19 }).map((draw) => draw === 0),
    })
    .map(({ terminals, sourceCount, sinkCount, overlap, ...network }) => {
      const split = Math.min(sourceCount, terminals.length - 1);
      const sources = terminals.slice(0, split);
      const sinks = terminals.slice(split, split + sinkCount);
      return { ...network, sources, sinks: overlap ? [...sinks, sources[0] as number] : sinks };
    }),
);

type Spec = typeof networkArbitrary extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec): { compiled: CompiledGraph; capacity: Float64Array } {
  const graph = new MultiGraph<Record<string, never>, { capacity: number }>({ type: spec.kind });
  for (let i = 0; i < spec.nodes; i++) graph.addNode(`v${i}`);
  for (const { from, to, capacity, undirected } of spec.edges) {
    if (spec.kind === 'mixed' && undirected) graph.addUndirectedEdge(`v${from}`, `v${to}`, { capacity });
    else graph.addDirectedEdge(`v${from}`, `v${to}`, { capacity });
  }
  const compiled = compileGraph(graph);
  return { compiled, capacity: edgeValues(compiled, graph, (_key, attributes) => attributes.capacity) };
}

/**
 * Edmonds–Karp (BFS augmenting paths) on an (n + 2)² capacity matrix: parallel arcs summed, NaN as 0,
 * self-loops dropped, node n the super-source and n + 1 the super-sink joined by Infinity arcs.
 * Returns Infinity as soon as an augmenting path has no finite bottleneck.
 */
function edmondsKarp(graph: CompiledGraph, capacity: Float64Array, sources: number[], sinks: number[]): number {
  const size = graph.nodeCount + 2;
  const [superSource, superSink] = [graph.nodeCount, graph.nodeCount + 1];
  const residual = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const row = (u: number) => residual[u] as number[];
  for (let e = 0; e < graph.edgeCount; e++) {
    const [u, v, c] = [graph.sources[e] as number, graph.targets[e] as number, capacity[e] as number];
    if (u !== v && c > 0) row(u)[v] = (row(u)[v] as number) + c;
  }
  for (const s of sources) row(superSource)[s] = INF;
  for (const t of sinks) row(t)[superSink] = INF;
  let value = 0;
  for (;;) {
    const previous = new Array<number>(size).fill(-1);
    previous[superSource] = superSource;
    const queue = [superSource];
    for (let i = 0; i < queue.length && previous[superSink] === -1; i++) {
      const u = queue[i] as number;
      for (let v = 0; v < size; v++) {
        if (previous[v] === -1 && (row(u)[v] as number) > 0) {
          previous[v] = u;
          queue.push(v);
        }
      }
    }
    if (previous[superSink] === -1) return value;
    let bottleneck = INF;
    for (let v = superSink; v !== superSource; v = previous[v] as number) {
      bottleneck = Math.min(bottleneck, row(previous[v] as number)[v] as number);
    }
    if (bottleneck === INF) return INF;
    for (let v = superSink; v !== superSource; v = previous[v] as number) {
      const u = previous[v] as number;
      row(u)[v] = (row(u)[v] as number) - bottleneck;
      row(v)[u] = (row(v)[u] as number) + bottleneck;
    }
    value += bottleneck;
  }
}

describe('maxFlow against Edmonds–Karp (properties)', () => {
  it('has the value of Edmonds–Karp on the same arcs, Infinity included', () => {
    fc.assert(
      fc.property(networkArbitrary, (spec) => {
        const { compiled, capacity } = build(spec);
        const { value } = maxFlow(compiled, capacity, spec.sources, spec.sinks);
        expect(value).toBe(edmondsKarp(compiled, capacity, spec.sources, spec.sinks));
      }),
      RUNS,
    );
  });

  it('keeps every flow within [0, capacity] and 0 on unusable arcs', () => {
    fc.assert(
      fc.property(networkArbitrary, (spec) => {
        const { compiled, capacity } = build(spec);
        const { flow } = maxFlow(compiled, capacity, spec.sources, spec.sinks);
        expect(flow).toHaveLength(compiled.edgeCount);
        flow.forEach((f, e) => {
          const c = capacity[e] as number;
          expect(f >= 0 && (c > 0 ? f <= c : f === 0)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('conserves flow at every node that is neither a source nor a sink, and the sources send out the value', () => {
    fc.assert(
      fc.property(networkArbitrary, (spec) => {
        const { compiled, capacity } = build(spec);
        const { value, flow } = maxFlow(compiled, capacity, spec.sources, spec.sinks);
        if (value === INF) return;
        const net = new Array<number>(compiled.nodeCount).fill(0);
        flow.forEach((f, e) => {
          net[compiled.sources[e] as number] = (net[compiled.sources[e] as number] as number) + f;
          net[compiled.targets[e] as number] = (net[compiled.targets[e] as number] as number) - f;
        });
        const terminals = new Set([...spec.sources, ...spec.sinks]);
        net.forEach((out, u) => {
          if (!terminals.has(u)) expect(out).toBe(0);
        });
        expect(
          spec.sources.filter((s, i) => spec.sources.indexOf(s) === i).reduce((sum, s) => sum + (net[s] as number), 0),
        ).toBe(value);
      }),
      RUNS,
    );
  });

  it('returns a cut whose capacities sum to the value, saturated, from source side to sink side, with no flow coming back', () => {
    fc.assert(
      fc.property(networkArbitrary, (spec) => {
        const { compiled, capacity } = build(spec);
        const { value, flow, sourceSide, cut } = maxFlow(compiled, capacity, spec.sources, spec.sinks);
        if (value === INF) {
          expect(cut).toEqual([]);
          return;
        }
        expect(cut).toEqual([...cut].sort((a, b) => a - b));
        expect(cut.reduce((sum, e) => sum + (capacity[e] as number), 0)).toBe(value);
        for (const s of spec.sources) expect(sourceSide[s]).toBe(1);
        for (const t of spec.sinks) expect(sourceSide[t]).toBe(0);
        const inCut = new Set(cut);
        for (let e = 0; e < compiled.edgeCount; e++) {
          const [from, to] = [sourceSide[compiled.sources[e] as number], sourceSide[compiled.targets[e] as number]];
          const crosses = from === 1 && to === 0 && (capacity[e] as number) > 0;
          expect(inCut.has(e)).toBe(crosses);
          if (crosses) expect(flow[e]).toBe(capacity[e]);
          if (from === 0 && to === 1) expect(flow[e]).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: two runs give identical results', () => {
    fc.assert(
      fc.property(networkArbitrary, (spec) => {
        const { compiled, capacity } = build(spec);
        expect(maxFlow(compiled, capacity, spec.sources, spec.sinks)).toEqual(
          maxFlow(compiled, capacity, spec.sources, spec.sinks),
        );
      }),
      RUNS,
    );
  });
});
