import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { compileGraph } from '../graph/compiled-graph.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { RoutingEdge, RoutingNode } from '../graph/routing-edge.js';
import { ShortestPathSearch } from '../graph/shortest-path-search.js';
import { assign } from './assign.js';
import { type AssignmentProblem, edgeCost, edgeCostsOfClasses, elementVolumes } from './assignment-problem.js';
import type { CapacityPrices } from './capacity-prices.js';
import { addPathFlow, emptyFlows, type FlowState, totalEdgeFlow } from './path-flows.js';
import { PathShifter } from './path-shifter.js';

/** A hand-drawn edge: from, to, free-flow hours, capacity per week (one element per edge). */
type Drawn = readonly [from: string, to: string, hours: number, capacityPerWeek: number];

/** A one-class problem on drawn edges, linear delay (alpha 1, beta 1): cost = hours × (1 + volume ÷ capacity). */
function problemOn(drawn: readonly Drawn[], from: string, to: string, demandPerWeek: number) {
  const graph = new MultiDirectedGraph<RoutingNode, RoutingEdge>();
  for (const [a, b] of drawn) {
    for (const key of [a, b]) {
      if (!graph.hasNode(key)) graph.addNode(key, { kind: 'terminal', terminalId: key, position: [0, 0] });
    }
  }
  drawn.forEach(([a, b, hours], i) => {
    graph.addDirectedEdgeWithKey(`e${i}`, a, b, {
      kind: 'ride',
      mode: 'sea',
      distanceKm: 1,
      hours,
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
  const drawnOf = (e: number) => drawn[Number(compiled.edgeKeys[e]?.slice(1))] as Drawn;
  const hours = Float64Array.from(edges, (e) => e.hours);
  const count = edges.length;
  const problem: AssignmentProblem = {
    prepared: { compiled, edges, search: new ShortestPathSearch(compiled) } as unknown as PreparedGraph,
    elements: edges.map((_, e) => ({
      id: `leg${e}`,
      kind: 'service-leg',
      nameEn: '',
      nameZh: '',
      mode: 'sea',
      unit: 'teu',
      capacityPerWeek: drawnOf(e)[3],
      backgroundPerWeek: 0,
      edges: [e],
    })),
    capacity: Float64Array.from(edges, (_, e) => drawnOf(e)[3]),
    background: new Float64Array(count),
    edgeElementOffsets: Uint32Array.from({ length: count + 1 }, (_, e) => e),
    edgeElementIds: Uint32Array.from({ length: count }, (_, e) => e),
    delayBaseHours: hours,
    classes: [
      {
        demandClass: { cargo: 'container', unit: 'teu', modes: ['sea'], shipment: { teu: 1, tonnes: 10 } },
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
        od: { fromPlaceId: from, toPlaceId: to, cargo: 'container', unit: 'teu', amountPerWeek: demandPerWeek },
        classIndex: 0,
        from: compiled.nodeIndex.get(from) as number,
        to: compiled.nodeIndex.get(to) as number,
      },
    ],
    volumeDelay: { alpha: 1, beta: 1 },
  };
  /** Compiled edge ids of a path drawn as node keys. */
  const path = (...nodes: string[]) =>
    nodes
      .slice(1)
      .map((b, i) => compiled.edgeKeys.findIndex((k) => graph.source(k) === nodes[i] && graph.target(k) === b));
  return { problem, path };
}

/** Path costs of the only OD pair at the shifter's current prices. */
function pathCosts(shifter: PathShifter, state: FlowState): number[] {
  const cost = shifter.price(state)[0] as Float64Array;
  return [...(state.pathFlows[0]?.values() ?? [])].map((p) => p.edges.reduce((s, e) => s + (cost[e] as number), 0));
}

describe('PathShifter', () => {
  // Two routes A → B: cost1 = 10 + 10 x1 / 100, cost2 = 12 + 12 x2 / 50, 100 TEU a week.
  const twoRoutes: Drawn[] = [
    ['A', 'B', 10, 100],
    ['A', 'M', 12, 50],
    ['M', 'B', 0, 1e9],
  ];

  it('equilibrate() moves flow from the dearer to the cheaper known path until both cost the same (Newton step, linear delay)', () => {
    const { problem, path } = problemOn(twoRoutes, 'A', 'B', 100);
    const state = emptyFlows(problem);
    addPathFlow(state, problem, 0, path('A', 'B'), 100);
    addPathFlow(state, problem, 0, path('A', 'M', 'B'), 0);
    const shifter = new PathShifter(problem);
    const outcome = shifter.equilibrate(state, 5, 1e-12);
    const [one, two] = pathCosts(shifter, state);
    expect(one).toBeCloseTo(two as number, 9);
    // Closed form: x1 = (12 − 10 + 0.24 × 100) ÷ (0.1 + 0.24).
    expect(state.pathFlows[0]?.get(path('A', 'B').join(','))?.flowPerWeek).toBeCloseTo(26 / 0.34, 9);
    expect(outcome.shiftedPerWeek).toBeCloseTo(100 - 26 / 0.34, 9);
  });

  it('keeps edge flows equal to the sum of the path flows over them', () => {
    const { problem, path } = problemOn(twoRoutes, 'A', 'B', 100);
    const state = emptyFlows(problem);
    addPathFlow(state, problem, 0, path('A', 'B'), 70);
    addPathFlow(state, problem, 0, path('A', 'M', 'B'), 30);
    new PathShifter(problem).equilibrate(state, 3, 0);
    const onEdges = new Float64Array(problem.prepared.edges.length);
    for (const p of state.pathFlows[0]?.values() ?? [])
      for (const e of p.edges) onEdges[e] = (onEdges[e] as number) + p.flowPerWeek;
    onEdges.forEach((flow, e) => {
      expect(state.classFlows[0]?.[e]).toBeCloseTo(flow, 9);
    });
  });

  it('leaves a shared edge out of the step, so paths that share it still even out in one pass', () => {
    // A → M shared (heavily loaded), then two parallel ways M → B; only the parallel part decides the split.
    const shared: Drawn[] = [
      ['A', 'M', 5, 10],
      ['M', 'B', 10, 100],
      ['M', 'N', 12, 50],
      ['N', 'B', 0, 1e9],
    ];
    const { problem, path } = problemOn(shared, 'A', 'B', 100);
    const state = emptyFlows(problem);
    addPathFlow(state, problem, 0, path('A', 'M', 'B'), 100);
    addPathFlow(state, problem, 0, path('A', 'M', 'N', 'B'), 0);
    const shifter = new PathShifter(problem);
    const outcome = shifter.equilibrate(state, 1, 0);
    expect(outcome.passes).toBe(1);
    const [one, two] = pathCosts(shifter, state);
    expect(one).toBeCloseTo(two as number, 9);
  });

  it('drops a path once it carries no flow (no capacity prices), and reports no gap within the paths left', () => {
    // The second route costs more even empty: all its flow moves, and it is forgotten.
    const { problem, path } = problemOn(
      [
        ['A', 'B', 10, 100],
        ['A', 'M', 40, 100],
        ['M', 'B', 0, 1e9],
      ],
      'A',
      'B',
      50,
    );
    const state = emptyFlows(problem);
    addPathFlow(state, problem, 0, path('A', 'B'), 25);
    addPathFlow(state, problem, 0, path('A', 'M', 'B'), 25);
    const outcome = new PathShifter(problem).equilibrate(state, 5, 0);
    expect([...(state.pathFlows[0]?.keys() ?? [])]).toEqual([path('A', 'B').join(',')]);
    expect(state.pathFlows[0]?.get(path('A', 'B').join(','))?.flowPerWeek).toBe(50);
    expect(outcome.pathSetGap).toBe(0);
    expect(outcome.passes).toBe(2);
  });
});

describe('PathShifter on the Fujian network', () => {
  it('after equilibrate(), its costs are each class’s edgeCost at its volumes, to the bit (each edge a move touches is repriced once, after its last change)', () => {
    const { problem, state } = assign(fujianNetwork, { method: 'equilibrium-uncapped', maxIterations: 2 });
    const shifter = new PathShifter(problem);
    const outcome = shifter.equilibrate(state, 2, 0);
    expect(outcome.shiftedPerWeek).toBeGreaterThan(0);
    const volume = shifter.volumes;
    problem.classes.forEach((_, c) => {
      const costs = shifter.costs[c] as Float64Array;
      const differing = problem.prepared.edges.filter((_, e) => costs[e] !== edgeCost(problem, c, e, volume));
      expect(differing).toEqual([]);
    });
  });

  it('edgeCostsOfClasses() writes every class’s edgeCost, to the bit, with and without capacity prices', () => {
    const { problem, state } = assign(fujianNetwork, { method: 'equilibrium-uncapped', maxIterations: 2 });
    const volume = elementVolumes(problem, totalEdgeFlow(state));
    const count = problem.elements.length;
    // Every hard element priced: a multiplier, a penalty and a residual that some volumes pass.
    const penalty = Float64Array.from({ length: count }, (_, k) => 0.01 * (k % 5));
    const prices: CapacityPrices = {
      multiplier: Float64Array.from({ length: count }, (_, k) => k % 3),
      penalty,
      startPenalty: penalty,
      residual: Float64Array.from(volume, (v) => v * 0.9),
      lastOverload: new Float64Array(count),
    };
    const hardProblem = { ...problem, hard: Uint8Array.from({ length: count }, () => 1) };
    for (const [p, pricing] of [
      [problem, undefined],
      [hardProblem, prices],
    ] as const) {
      const costs = p.classes.map(() => new Float64Array(p.prepared.edges.length));
      for (let e = 0; e < p.prepared.edges.length; e++) edgeCostsOfClasses(p, e, volume, costs, pricing);
      p.classes.forEach((_, c) => {
        const differing = p.prepared.edges.filter(
          (_, e) => (costs[c] as Float64Array)[e] !== edgeCost(p, c, e, volume, pricing),
        );
        expect(differing).toEqual([]);
      });
    }
  });
});
