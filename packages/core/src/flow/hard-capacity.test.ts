import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../graph/compiled-graph.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { RoutingEdge, RoutingNode } from '../graph/routing-edge.js';
import { ShortestPathSearch } from '../graph/shortest-path-search.js';
import type { AssignmentProblem } from './assignment-problem.js';
import { frankWolfe, UNSERVED_COST_FACTOR } from './frank-wolfe.js';
import { addPathFlow, emptyFlows } from './path-flows.js';
import { trimToCapacity } from './trim-to-capacity.js';

/** One line A → B: free-flow hours (= cost, one USD per hour), capacity per week (Infinity: none). */
interface Line {
  readonly hours: number;
  readonly capacityPerWeek: number;
}

/**
 * Parallel lines A → B, each a hard-capacity service leg, one container OD pair. `alpha` 0 makes every cost
 * constant; alpha 1, beta 1 makes it hours × (1 + volume ÷ capacity) on lines with a capacity.
 */
function parallelLines(lines: readonly Line[], demandPerWeek: number, alpha = 0): AssignmentProblem {
  const graph = new MultiDirectedGraph<RoutingNode, RoutingEdge>();
  graph.addNode('a', { kind: 'place-out', placeId: 'A', position: [0, 0] });
  graph.addNode('b', { kind: 'place-in', placeId: 'B', position: [1, 0] });
  lines.forEach((line, i) => {
    graph.addDirectedEdgeWithKey(`line${i}`, 'a', 'b', {
      kind: 'ride',
      mode: 'rail',
      distanceKm: 1,
      hours: line.hours,
      averageWaitHours: 0,
      usdPerTeu: 0,
      usdPerTonne: 0,
      handlesCargo: false,
      passages: [],
      countries: [],
      points: [],
    });
  });
  const compiled = compileGraph(graph);
  const edges = compiled.edgeKeys.map((k) => graph.getEdgeAttributes(k));
  const lineOf = (e: number) => lines[Number(compiled.edgeKeys[e]?.slice(4))] as Line;
  const hours = Float64Array.from(edges, (e) => e.hours);
  const count = edges.length;
  return {
    prepared: { compiled, edges, search: new ShortestPathSearch(compiled) } as unknown as PreparedGraph,
    elements: edges.map((_, e) => ({
      id: `line${e}`,
      kind: 'service-leg',
      nameEn: '',
      nameZh: '',
      mode: 'rail',
      unit: 'teu',
      capacityPerWeek: lineOf(e).capacityPerWeek,
      backgroundPerWeek: 0,
      edges: [e],
    })),
    capacity: Float64Array.from(edges, (_, e) => lineOf(e).capacityPerWeek),
    background: new Float64Array(count),
    hard: Uint8Array.from(edges, (_, e) => (Number.isFinite(lineOf(e).capacityPerWeek) ? 1 : 0)),
    edgeElementOffsets: Uint32Array.from({ length: count + 1 }, (_, e) => e),
    edgeElementIds: Uint32Array.from({ length: count }, (_, e) => e),
    delayBaseHours: hours,
    classes: [
      {
        demandClass: { cargo: 'container', unit: 'teu', modes: ['rail'], shipment: { teu: 1, tonnes: 10 } },
        criteria: {
          hours,
          waitHours: new Float64Array(count),
          usd: new Float64Array(count),
          co2eKg: new Float64Array(count),
          ttwCo2eKg: new Float64Array(count),
          distanceKm: new Float64Array(count),
          shipment: { teu: 1, tonnes: 10 },
        },
        baseCost: hours,
        perHour: 1,
        blocked: new Uint8Array(count),
      },
    ],
    ods: [
      {
        od: { fromPlaceId: 'A', toPlaceId: 'B', cargo: 'container', unit: 'teu', amountPerWeek: demandPerWeek },
        classIndex: 0,
        from: compiled.nodeIndex.get('a') as number,
        to: compiled.nodeIndex.get('b') as number,
      },
    ],
    volumeDelay: { alpha, beta: 1 },
  };
}

/** Flow on line i, and the multiplier of its capacity, after a run to a tight gap. */
function solve(problem: AssignmentProblem) {
  const outcome = frankWolfe(problem, { gap: 1e-10, maxIterations: 500, pathRounds: 10 });
  const edge = (i: number) => problem.prepared.compiled.edgeKeys.indexOf(`line${i}`);
  return {
    flow: (i: number) => outcome.state.classFlows[0]?.[edge(i)] ?? Number.NaN,
    multiplier: (i: number) => outcome.prices?.multiplier[edge(i)] ?? Number.NaN,
    unserved: outcome.state.unserved[0] ?? Number.NaN,
    relativeGap: outcome.relativeGap,
  };
}

describe('the equilibrium with hard capacities, against cases solved by hand', () => {
  it('fills the cheap line to its capacity and sends the rest to the dear one; the multiplier is their cost difference', () => {
    // Line 0 costs 10 and carries at most 60; line 1 costs 15 and has no capacity. Demand 100: the cheap line
    // takes 60, the other 40, and the multiplier of line 0 is what makes both cost 15: 15 − 10 = 5.
    const result = solve(
      parallelLines(
        [
          { hours: 10, capacityPerWeek: 60 },
          { hours: 15, capacityPerWeek: Number.POSITIVE_INFINITY },
        ],
        100,
      ),
    );
    expect(result.flow(0)).toBeCloseTo(60, 6);
    expect(result.flow(0)).toBeLessThanOrEqual(60 * (1 + 1e-9));
    expect(result.flow(1)).toBeCloseTo(40, 6);
    expect(result.multiplier(0)).toBeCloseTo(5, 4);
    expect(result.unserved).toBe(0);
    expect(result.relativeGap).toBeLessThanOrEqual(1e-4);
  });

  it('leaves exactly the demand above both capacities unserved; each multiplier is the unserved cost less its line’s', () => {
    // Capacities 60 and 30, demand 100: 10 unserved. Leaving a box unserved costs 10 × the cheapest free
    // cost (10), so the multipliers are 100 − 10 = 90 and 100 − 15 = 85.
    const result = solve(
      parallelLines(
        [
          { hours: 10, capacityPerWeek: 60 },
          { hours: 15, capacityPerWeek: 30 },
        ],
        100,
      ),
    );
    const unservedCost = UNSERVED_COST_FACTOR * 10;
    expect(result.flow(0)).toBeCloseTo(60, 6);
    expect(result.flow(1)).toBeCloseTo(30, 6);
    expect(result.flow(0)).toBeLessThanOrEqual(60 * (1 + 1e-9));
    expect(result.flow(1)).toBeLessThanOrEqual(30 * (1 + 1e-9));
    expect(result.unserved).toBeCloseTo(10, 6);
    expect(result.multiplier(0)).toBeCloseTo(unservedCost - 10, 3);
    expect(result.multiplier(1)).toBeCloseTo(unservedCost - 15, 3);
  });

  it('caps a line with volume-delay where the uncapped equilibrium would overfill it', () => {
    // Line 0: 10 × (1 + x ÷ 50), at most 50; line 1 costs 30 flat. Uncapped, 10 + 0.2 x = 30 gives x = 100
    // (200 %); capped, line 0 carries 50 at cost 20, and its multiplier is 30 − 20 = 10.
    const result = solve(
      parallelLines(
        [
          { hours: 10, capacityPerWeek: 50 },
          { hours: 30, capacityPerWeek: Number.POSITIVE_INFINITY },
        ],
        100,
        1,
      ),
    );
    expect(result.flow(0)).toBeCloseTo(50, 6);
    expect(result.flow(1)).toBeCloseTo(50, 6);
    expect(result.multiplier(0)).toBeCloseTo(10, 4);
    expect(result.unserved).toBe(0);
  });

  it('sends nothing and charges no multiplier when the demand fits on the cheap line', () => {
    const result = solve(
      parallelLines(
        [
          { hours: 10, capacityPerWeek: 60 },
          { hours: 15, capacityPerWeek: 30 },
        ],
        40,
      ),
    );
    expect(result.flow(0)).toBeCloseTo(40, 9);
    expect(result.flow(1)).toBeCloseTo(0, 9);
    expect(result.multiplier(0)).toBe(0);
    expect(result.unserved).toBe(0);
  });

  it('serves nothing on a line whose capacity is zero and leaves the whole demand unserved when it is the only one', () => {
    const result = solve(parallelLines([{ hours: 10, capacityPerWeek: 0 }], 25));
    expect(result.flow(0)).toBe(0);
    expect(result.unserved).toBeCloseTo(25, 9);
  });
});

describe('trimToCapacity()', () => {
  const lines = [
    { hours: 10, capacityPerWeek: 60 },
    { hours: 15, capacityPerWeek: 30 },
  ];
  const overloaded = (demand: number) => {
    const problem = parallelLines(lines, demand);
    const edge = (i: number) => problem.prepared.compiled.edgeKeys.indexOf(`line${i}`);
    const state = emptyFlows(problem);
    addPathFlow(state, problem, 0, [edge(0)], demand - 10);
    addPathFlow(state, problem, 0, [edge(1)], 10);
    return { problem, state, edge };
  };

  it('cuts an overloaded line to its capacity and moves the cut to a known path with room', () => {
    const { problem, state, edge } = overloaded(80);
    expect(trimToCapacity(problem, state)).toBeCloseTo(10, 9);
    expect(state.classFlows[0]?.[edge(0)]).toBeCloseTo(60, 9);
    expect(state.classFlows[0]?.[edge(1)]).toBeCloseTo(20, 9);
    expect(state.unserved[0]).toBe(0);
  });

  it('leaves unserved what no known path has room for, so served + unserved is the demand', () => {
    const { problem, state, edge } = overloaded(120);
    trimToCapacity(problem, state);
    expect(state.classFlows[0]?.[edge(0)]).toBeCloseTo(60, 9);
    expect(state.classFlows[0]?.[edge(1)]).toBeCloseTo(30, 9);
    expect(state.unserved[0]).toBeCloseTo(30, 9);
    const served = [...(state.pathFlows[0]?.values() ?? [])].reduce((s, p) => s + p.flowPerWeek, 0);
    expect(served + (state.unserved[0] ?? 0)).toBeCloseTo(120, 9);
  });
});
