import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { assign } from '../flow/assign.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { Network } from '../model/network.js';
import { createRouter } from '../routing/create-router.js';
import { applyScenario } from './apply-scenario.js';

const router = createRouter(fujianNetwork);
const graphs = new Map<string, PreparedGraph>();

/** The network, closed passages' graph and costing of a preset (or the base case), graphs built once. */
function setting(presetIndex: number) {
  const preset = fujianNetwork.scenarios[presetIndex];
  if (preset === undefined) return { network: fujianNetwork, graph: router.graph([]), costing: {} };
  const applied = applyScenario(fujianNetwork, preset);
  const avoid = [...applied.avoidPassages];
  const key = preset.id;
  let graph = graphs.get(key);
  if (graph === undefined) {
    graph = applied.network === fujianNetwork ? router.graph(avoid) : createRouter(applied.network).graph(avoid);
    graphs.set(key, graph);
  }
  return { network: applied.network, graph, costing: applied.costing };
}

/** The network with some services' vehicles shrunk (capacity × factor, each in [0, 0.9)). */
function cut(network: Network, cuts: readonly { service: number; factor: number }[]): Network {
  const factors = new Map(cuts.map((c) => [network.services[c.service % network.services.length]?.id, c.factor]));
  return {
    ...network,
    services: network.services.map((service) => {
      const factor = factors.get(service.id);
      if (factor === undefined) return service;
      const { teu, tonnes } = service.unitCapacity;
      return {
        ...service,
        unitCapacity: {
          ...(teu === undefined ? {} : { teu: teu * factor }),
          ...(tonnes === undefined ? {} : { tonnes: tonnes * factor }),
        },
      };
    }),
  };
}

/** A case: the base or a preset, the demand scaled ×0.5–3, up to five services cut to 0–90 % of their vehicles. */
const cases = fc.record({
  preset: fc.integer({ min: -1, max: fujianNetwork.scenarios.length - 1 }),
  demandFactor: fc.double({ min: 0.5, max: 3, noNaN: true }),
  cuts: fc.array(
    // Whole percent: 0 (the leg closed to Fujian cargo) to 90 %.
    fc.record({ service: fc.nat({ max: 10_000 }), factor: fc.integer({ min: 0, max: 90 }).map((p) => p / 100) }),
    { maxLength: 5 },
  ),
});

/** The reporter prints both in the test's name, so a run can be replayed (fast-check adds the path on failure). */
const RUNS = { numRuns: 20, seed: 20261206 };

describe('the default equilibrium under scaled demand and cut capacities (fast-check, seeded)', () => {
  it(`reaches the 1e-4 relative gap with no hard element over capacity, every time (${RUNS.numRuns} cases, seed ${RUNS.seed})`, () => {
    fc.assert(
      fc.property(cases, ({ preset, demandFactor, cuts }) => {
        const { network, graph, costing } = setting(preset);
        const demand = network.demand.map((d) => ({
          ...d,
          ...(d.teuPerWeek === undefined ? {} : { teuPerWeek: d.teuPerWeek * demandFactor }),
          ...(d.tonnesPerWeek === undefined ? {} : { tonnesPerWeek: d.tonnesPerWeek * demandFactor }),
        }));
        const result = assign(cut(network, cuts), { prepared: graph, costing, demand });
        expect(result.relativeGap).toBeLessThanOrEqual(1e-4);
        for (const element of result.elements) {
          if (element.capacityKind !== 'hard' || element.capacityPerWeek === null) continue;
          const spare = Math.max(0, element.capacityPerWeek - element.backgroundPerWeek);
          // A billionth of the capacity, and never less than a billionth of a unit: a leg cut to 0 may keep
          // floating-point dust (3e-14 TEU) after the trim.
          expect(element.flowPerWeek).toBeLessThanOrEqual(spare + 1e-9 * Math.max(1, element.capacityPerWeek));
        }
      }),
      RUNS,
    );
  }, 180_000);
});
