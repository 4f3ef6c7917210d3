import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { compileGraph } from '../graph/compiled-graph.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { RoutingEdge, RoutingNode } from '../graph/routing-edge.js';
import { ShortestPathSearch } from '../graph/shortest-path-search.js';
import { CorridorError } from '../model/corridor-error.js';
import { assign } from './assign.js';
import { type AssignmentProblem, elementVolumes, loadedCosts } from './assignment-problem.js';
import type { AssignmentResult } from './assignment-result.js';
import { capacityRestrained } from './capacity-restrained.js';
import { frankWolfe } from './frank-wolfe.js';
import { totalEdgeFlow } from './path-flows.js';
import { selectLink } from './select-link.js';

const results = new Map<string, AssignmentResult>();
function fujian(method: 'aon' | 'capacity' | 'equilibrium' | 'equilibrium-uncapped'): AssignmentResult {
  let result = results.get(method);
  if (result === undefined) {
    result = assign(fujianNetwork, { method });
    results.set(method, result);
  }
  return result;
}

/** Flow in minus flow out at every node, per class; places are where flow starts and ends. */
function imbalance(result: AssignmentResult, classIndex: number): Map<string, number> {
  const { compiled } = result.problem.prepared;
  const flows = result.state.classFlows[classIndex] as Float64Array;
  const net = new Float64Array(compiled.nodeCount);
  for (let e = 0; e < compiled.edgeCount; e++) {
    net[compiled.targets[e] as number] = (net[compiled.targets[e] as number] as number) + (flows[e] as number);
    net[compiled.sources[e] as number] = (net[compiled.sources[e] as number] as number) - (flows[e] as number);
  }
  const out = new Map<string, number>();
  net.forEach((value, n) => {
    if (Math.abs(value) > 1e-6) out.set(compiled.nodeKeys[n] as string, value);
  });
  return out;
}

describe('assign() on the Fujian demand', () => {
  for (const method of ['aon', 'capacity', 'equilibrium', 'equilibrium-uncapped'] as const) {
    it(`${method}: conserves flow at every node but the places where demand starts and ends`, () => {
      const result = fujian(method);
      result.problem.classes.forEach((_, c) => {
        const expected = new Map<string, number>();
        for (const od of result.ods.filter((o) => o.cargo === result.problem.classes[c]?.demandClass.cargo)) {
          expected.set(`place-out:${od.from}`, (expected.get(`place-out:${od.from}`) ?? 0) - od.servedPerWeek);
          expected.set(`place-in:${od.to}`, (expected.get(`place-in:${od.to}`) ?? 0) + od.servedPerWeek);
        }
        for (const [node, value] of imbalance(result, c)) expect(value).toBeCloseTo(expected.get(node) ?? 0, 6);
      });
    });

    it(`${method}: serves plus leaves unserved exactly the demand of every OD pair`, () => {
      for (const od of fujian(method).ods) {
        const unserved = fujian(method).unserved.find(
          (u) => u.from === od.from && u.to === od.to && u.cargo === od.cargo,
        );
        expect(od.servedPerWeek + (unserved?.amountPerWeek ?? 0)).toBeCloseTo(od.demandPerWeek, 6);
        expect(od.paths.reduce((s, p) => s + p.flowPerWeek, 0)).toBeCloseTo(od.servedPerWeek, 6);
      }
    });
  }

  it('capacity: never loads an element beyond its capacity', () => {
    for (const element of fujian('capacity').elements) {
      if (element.capacityPerWeek !== null)
        expect(element.flowPerWeek).toBeLessThanOrEqual(element.capacityPerWeek * (1 + 1e-9));
    }
  });

  it('capacity: crossings full with background alone carry no Fujian flow, and nothing exceeds capacity', () => {
    // Alashankou at KTZ's published exchange of 14 trains a day, below its observed traffic (X160): its other
    // trains alone fill it.
    const squeezed = {
      ...fujianNetwork,
      terminals: fujianNetwork.terminals.map((t) =>
        t.id === 'alashankou_dostyk' ? { ...t, capacityTrainsPerDay: 14 } : t,
      ),
    };
    const result = assign(squeezed, { method: 'capacity' });
    const full = result.problem.elements.filter((e) => e.backgroundPerWeek >= e.capacityPerWeek);
    expect(full.map((e) => e.id)).toContain('border-crossing:alashankou_dostyk');
    for (const element of result.elements) {
      const k = result.problem.elements.findIndex((e) => e.id === element.id);
      const background = result.problem.elements[k]?.backgroundPerWeek ?? 0;
      if (full.some((e) => e.id === element.id)) expect(element.flowPerWeek).toBe(0);
      if (element.capacityPerWeek !== null && element.flowPerWeek > 0)
        expect(element.flowPerWeek + background).toBeLessThanOrEqual(element.capacityPerWeek * (1 + 1e-9));
      expect(element.backgroundPerWeek).toBe(background);
    }
  });

  it('equilibrium: no service leg carries more than it offers; the uncapped run overfills some, and says so', () => {
    const capped = fujian('equilibrium');
    const uncapped = fujian('equilibrium-uncapped');
    expect(capped.capacityRule).toBe('hard');
    expect(uncapped.capacityRule).toBe('uncapped');
    for (const element of capped.elements) {
      if (element.kind !== 'service-leg' || element.capacityPerWeek === null) continue;
      expect(element.capacityKind).toBe('hard');
      const spare = Math.max(0, element.capacityPerWeek - element.backgroundPerWeek);
      expect(element.flowPerWeek).toBeLessThanOrEqual(spare * (1 + 1e-6));
    }
    expect(capped.elements.filter((e) => e.kind !== 'service-leg').every((e) => e.capacityKind === 'soft')).toBe(true);
    expect(uncapped.elements.every((e) => e.capacityKind === 'soft' && e.shadowPricePerUnit === null)).toBe(true);
    expect(uncapped.elements.some((e) => e.kind === 'service-leg' && (e.utilization ?? 0) > 1)).toBe(true);
    expect(uncapped.relativeGap).toBeLessThanOrEqual(1e-4);
  });

  it('equilibrium: a full leg has a positive multiplier, a leg with room none', () => {
    for (const element of fujian('equilibrium').elements) {
      if (element.capacityKind !== 'hard') continue;
      if ((element.utilization ?? 0) < 1 - 1e-3) expect(element.shadowPricePerUnit).toBe(0);
      if ((element.shadowPricePerUnit ?? 0) > 0) expect(element.utilization).toBeGreaterThan(1 - 1e-6);
    }
  });

  it('aon overloads the Xiamen–Duisburg train, and equilibrium spreads it', () => {
    const aon = fujian('aon').elements.find((e) => e.id === 'service:crx-xmn-duisburg-tilburg:0');
    const ue = fujian('equilibrium').elements.find((e) => e.id === 'service:crx-xmn-duisburg-tilburg:0');
    expect(aon?.utilization).toBeGreaterThan(2);
    expect(ue?.utilization).toBeLessThan(aon?.utilization ?? 0);
  });

  it('equilibrium: reaches the 1e-4 relative gap and records a history ending there', () => {
    const result = fujian('equilibrium');
    expect(result.relativeGap).toBeLessThanOrEqual(1e-4);
    expect(result.history.at(-1)?.relativeGap).toBe(result.relativeGap);
    expect(result.iterations).toBe(result.history.length);
  });

  it('equilibrium: every path an OD pair uses costs the shortest path’s cost, full legs priced at their multipliers, to within the gap', () => {
    const result = fujian('equilibrium');
    const { problem } = result;
    const volume = elementVolumes(problem, totalEdgeFlow(result.state));
    // Side-constrained equilibrium: an edge through a full hard leg also costs the leg's multiplier.
    const costs = problem.classes.map((_, c) => {
      const cost = loadedCosts(problem, c, volume, new Float64Array(problem.prepared.edges.length));
      result.elements.forEach((element, k) => {
        for (const e of problem.elements[k]?.edges ?? [])
          cost[e] = (cost[e] as number) + (element.shadowPricePerUnit ?? 0);
      });
      return cost;
    });
    result.ods.forEach((od, i) => {
      const cost = costs[problem.ods[i]?.classIndex ?? 0] as Float64Array;
      // Slivers (under a millionth of the demand) are what the final trim placed on a path with room.
      const pathCosts = od.paths
        .filter((p) => p.flowPerWeek > 1e-6 * od.demandPerWeek)
        .map((p) => p.edges.reduce((s, e) => s + (cost[e] as number), 0));
      problem.prepared.search.run([problem.ods[i]?.from ?? 0], cost, {
        target: problem.ods[i]?.to ?? 0,
        blocked: problem.classes[problem.ods[i]?.classIndex ?? 0]?.blocked as Uint8Array,
      });
      const shortest = problem.prepared.search.distance(problem.ods[i]?.to ?? 0);
      for (const c of pathCosts) expect((c - shortest) / shortest).toBeLessThanOrEqual(1e-4);
    });
  });

  it('is deterministic: two runs give identical flows', () => {
    const again = assign(fujianNetwork, { method: 'equilibrium' });
    expect([...again.edgeFlowTeu]).toEqual([...fujian('equilibrium').edgeFlowTeu]);
    expect(JSON.stringify(again.elements)).toBe(JSON.stringify(fujian('equilibrium').elements));
  });

  it('never changes the network it assigns on', () => {
    const before = JSON.stringify(fujianNetwork);
    assign(fujianNetwork, { method: 'capacity', increments: 2 });
    expect(JSON.stringify(fujianNetwork)).toBe(before);
  });

  it('reports corridors, services, border crossings and the mode split', () => {
    const result = fujian('equilibrium');
    expect(result.corridors.find((c) => c.id === 'cre-alashankou')?.carriedPerWeek).toBeGreaterThan(0);
    expect(result.elements.some((e) => e.kind === 'border-crossing' && e.flowPerWeek > 0)).toBe(true);
    const containers = result.modeSplit.filter((m) => m.cargo === 'container');
    expect(containers.reduce((s, m) => s + m.share, 0)).toBeCloseTo(1, 9);
  });

  it('refuses bad options, naming each', () => {
    expect(() => assign(fujianNetwork, { method: 'magic' as 'aon', gap: 2 })).toThrow(CorridorError);
    try {
      assign(fujianNetwork, { method: 'magic' as 'aon', gap: 2 });
    } catch (error) {
      expect((error as CorridorError).issues.map((i) => i.field)).toEqual(['method', 'gap']);
    }
  });
});

describe('frankWolfe() on a hand-made network', () => {
  /** Two parallel services A → B with linear delay (alpha 1, beta 1): cost_i = a_i + a_i × x_i / c_i. */
  /** Two parallel legs A → B: hours a1 / a2, capacity c1 / c2, and background b1 on the first. */
  function twoRoutes(a1: number, c1: number, a2: number, c2: number, demand: number, b1 = 0): AssignmentProblem {
    const graph = new MultiDirectedGraph<RoutingNode, RoutingEdge>();
    graph.addNode('a', { kind: 'place-out', placeId: 'A', position: [0, 0] });
    graph.addNode('b', { kind: 'place-in', placeId: 'B', position: [1, 0] });
    const edge = (hours: number): RoutingEdge => ({
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
    graph.addDirectedEdgeWithKey('one', 'a', 'b', edge(a1));
    graph.addDirectedEdgeWithKey('two', 'a', 'b', edge(a2));
    const compiled = compileGraph(graph);
    const edges = compiled.edgeKeys.map((k) => graph.getEdgeAttributes(k));
    const prepared = { compiled, edges, search: new ShortestPathSearch(compiled) } as unknown as PreparedGraph;
    const hours = Float64Array.from(edges.map((e) => e.hours));
    return {
      prepared,
      elements: edges.map((_, e) => ({
        id: `leg${e}`,
        kind: 'service-leg',
        nameEn: '',
        nameZh: '',
        mode: 'sea',
        unit: 'teu',
        capacityPerWeek: edges[e]?.hours === a1 ? c1 : c2,
        backgroundPerWeek: edges[e]?.hours === a1 ? b1 : 0,
        edges: [e],
      })),
      capacity: Float64Array.from(edges.map((e) => (e.hours === a1 ? c1 : c2))),
      background: Float64Array.from(edges.map((e) => (e.hours === a1 ? b1 : 0))),
      edgeElementOffsets: Uint32Array.from([0, 1, 2]),
      edgeElementIds: Uint32Array.from([0, 1]),
      delayBaseHours: hours,
      classes: [
        {
          demandClass: { cargo: 'container', unit: 'teu', modes: ['sea'], shipment: { teu: 1, tonnes: 10 } },
          criteria: {
            hours,
            waitHours: new Float64Array(2),
            usd: new Float64Array(2),
            co2eKg: new Float64Array(2),
            ttwCo2eKg: new Float64Array(2),
            distanceKm: new Float64Array(2),
            shipment: { teu: 1, tonnes: 10 },
          },
          baseCost: hours,
          perHour: 1,
          blocked: new Uint8Array(2),
        },
      ],
      ods: [
        {
          od: { fromPlaceId: 'A', toPlaceId: 'B', cargo: 'container', unit: 'teu', amountPerWeek: demand },
          classIndex: 0,
          from: 0,
          to: 1,
        },
      ],
      volumeDelay: { alpha: 1, beta: 1 },
    };
  }

  it('splits the flow so both used routes cost the same (Wardrop), matching the closed form', () => {
    // cost1 = 10 + 10 x1 / 100, cost2 = 12 + 12 x2 / 50; x1 + x2 = 100 → x1 = (2 + 0.24 × 100) / (0.1 + 0.24).
    const problem = twoRoutes(10, 100, 12, 50, 100);
    const { state, relativeGap } = frankWolfe(problem, { gap: 1e-8, maxIterations: 500 });
    const expected = (12 - 10 + 0.24 * 100) / (0.1 + 0.24);
    const one = problem.prepared.compiled.edgeKeys.indexOf('one');
    expect(state.classFlows[0]?.[one]).toBeCloseTo(expected, 3);
    expect(relativeGap).toBeLessThanOrEqual(1e-8);
  });

  it('counts background traffic in the volume-delay: the Wardrop split moves by the closed form', () => {
    // cost1 = 10 + 10 (x1 + 30) / 100, cost2 = 12 + 12 x2 / 50; x1 + x2 = 100.
    const problem = twoRoutes(10, 100, 12, 50, 100, 30);
    const { state } = frankWolfe(problem, { gap: 1e-8, maxIterations: 500 });
    const expected = (12 - 10 - 0.1 * 30 + 0.24 * 100) / (0.1 + 0.24);
    const one = problem.prepared.compiled.edgeKeys.indexOf('one');
    expect(state.classFlows[0]?.[one]).toBeCloseTo(expected, 3);
  });

  it('capacity-restrained: background takes capacity first, the assigned flow gets only what is left', () => {
    const one = (p: AssignmentProblem) => p.prepared.compiled.edgeKeys.indexOf('one');
    const partly = twoRoutes(10, 100, 30, 500, 100, 80);
    const partlyFlow = capacityRestrained(partly).state.classFlows[0]?.[one(partly)] ?? Number.NaN;
    expect(partlyFlow).toBeGreaterThan(0);
    expect(partlyFlow + 80).toBeLessThanOrEqual(100 * (1 + 1e-9));
    // Background alone over capacity: nothing assigned there, all of the demand on the other leg.
    const full = twoRoutes(10, 100, 30, 500, 100, 120);
    const { state } = capacityRestrained(full);
    expect(state.classFlows[0]?.[one(full)]).toBe(0);
    expect(state.unserved[0]).toBeCloseTo(0, 9);
  });

  it('leaves a route unused when it costs more even empty', () => {
    const problem = twoRoutes(10, 100, 40, 100, 50);
    const { state } = frankWolfe(problem, { gap: 1e-8, maxIterations: 500 });
    const two = problem.prepared.compiled.edgeKeys.indexOf('two');
    expect(state.classFlows[0]?.[two]).toBeCloseTo(0, 9);
  });
});

describe('selectLink()', () => {
  it('lists the OD pairs that cross Brest / Małaszewicze, largest first, shares adding to 1', () => {
    const result = assign(fujianNetwork, { method: 'equilibrium' });
    const users = selectLink(result, 'brest_malaszewicze');
    expect(users.length).toBeGreaterThan(0);
    // Only containers cross a rail border; Xiamen's Hamburg train is among the users.
    expect(users.every((u) => u.cargo === 'container')).toBe(true);
    expect(users.some((u) => u.from === 'CNXMN' && u.to === 'DEHAM')).toBe(true);
    expect(users.reduce((s, u) => s + u.share, 0)).toBeCloseTo(1, 9);
    for (let i = 1; i < users.length; i++)
      expect(users[i]?.flowPerWeek).toBeLessThanOrEqual(users[i - 1]?.flowPerWeek ?? 0);
    const element = result.elements.find((e) => e.id === 'border-crossing:brest_malaszewicze');
    expect(users.reduce((s, u) => s + u.flowPerWeek, 0)).toBeLessThanOrEqual((element?.flowPerWeek ?? 0) + 1e-6);
  });

  it('throws with a did-you-mean for an unknown element', () => {
    expect(() => selectLink(fujian('aon'), 'border-crossing:brest_malaszewice')).toThrow(/did you mean/);
  });
});

describe('service and corridor load factors', () => {
  it('never exceed the fullest leg, and lie between 0 and it', () => {
    const result = assign(fujianNetwork, { method: 'equilibrium' });
    for (const carrier of [...result.services, ...result.corridors]) {
      if (carrier.utilization === null || carrier.peakLegUtilization === null) continue;
      expect(carrier.utilization).toBeGreaterThanOrEqual(0);
      expect(carrier.utilization).toBeLessThanOrEqual(carrier.peakLegUtilization + 1e-12);
    }
  });
});
