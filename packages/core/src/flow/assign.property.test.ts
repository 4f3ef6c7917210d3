import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { buildInfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import { prepareGraph } from '../graph/prepare-graph.js';
import type { DemandFlow } from '../model/network.js';
import { assign } from './assign.js';

const prepared = prepareGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork), new Set());
const placeIds = fujianNetwork.places.map((p) => p.id);

/** Random demand matrices over the Fujian places: containers up to 400 TEU a week, air cargo up to 200 t. */
const demand = fc
  .array(
    fc.record({
      from: fc.constantFrom(...placeIds),
      to: fc.constantFrom(...placeIds),
      air: fc.boolean(),
      amount: fc.integer({ min: 1, max: 400 }),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows) =>
    rows
      .filter((r) => r.from !== r.to)
      .map(
        (r): DemandFlow => ({
          fromPlaceId: r.from,
          toPlaceId: r.to,
          cargo: r.air ? 'air-cargo' : 'container',
          ...(r.air ? { tonnesPerWeek: Math.ceil(r.amount / 2) } : { teuPerWeek: r.amount }),
          basis: 'random (property test)',
          sources: ['X34'],
        }),
      ),
  );

const RUNS = { numRuns: 12, seed: 20261128 };

// Each property assigns a few dozen random matrices: seconds alone, more on a loaded machine (not a timing test).
describe('assignment invariants over random demand (fast-check)', { timeout: 60_000 }, () => {
  it('capacity-restrained flows never exceed capacity (net of background), and served + unserved = demand', () => {
    fc.assert(
      fc.property(demand, (rows) => {
        const result = assign(fujianNetwork, { method: 'capacity', demand: rows, prepared, increments: 4 });
        for (const element of result.elements) {
          if (element.capacityPerWeek !== null) {
            const spare = Math.max(0, element.capacityPerWeek - element.backgroundPerWeek);
            expect(element.flowPerWeek).toBeLessThanOrEqual(spare * (1 + 1e-9) + 1e-9);
          }
        }
        const wanted = rows.reduce((s, r) => s + (r.teuPerWeek ?? 0), 0);
        const { servedTeuPerWeek, unservedTeuPerWeek } = result.totals;
        expect(servedTeuPerWeek + unservedTeuPerWeek).toBeCloseTo(wanted, 6);
      }),
      RUNS,
    );
  });

  it('the default equilibrium keeps every hard element within capacity less background, and serves + leaves unserved the demand', () => {
    fc.assert(
      fc.property(demand, (rows) => {
        const result = assign(fujianNetwork, { method: 'equilibrium', demand: rows, prepared, maxIterations: 60 });
        for (const element of result.elements) {
          if (element.capacityKind !== 'hard' || element.capacityPerWeek === null) continue;
          const spare = Math.max(0, element.capacityPerWeek - element.backgroundPerWeek);
          expect(element.flowPerWeek).toBeLessThanOrEqual(spare + 1e-6 * element.capacityPerWeek);
        }
        for (const od of result.ods) {
          const unserved = result.unserved.find((u) => u.from === od.from && u.to === od.to && u.cargo === od.cargo);
          expect(od.servedPerWeek + (unserved?.amountPerWeek ?? 0)).toBeCloseTo(od.demandPerWeek, 6);
          expect(od.paths.reduce((s, p) => s + p.flowPerWeek, 0)).toBeCloseTo(od.servedPerWeek, 6);
        }
        for (const u of result.unserved) {
          if (u.reason === 'capacity') expect(u.fullElements.length).toBeGreaterThan(0);
          for (const id of u.fullElements) {
            const element = result.elements.find((e) => e.id === id);
            expect(element?.capacityKind).toBe('hard');
          }
        }
      }),
      RUNS,
    );
  });

  it('every method conserves flow: what leaves the origins arrives at the destinations, edge by edge', () => {
    fc.assert(
      fc.property(
        demand,
        fc.constantFrom('aon', 'capacity', 'equilibrium' as const, 'equilibrium-uncapped' as const),
        (rows, method) => {
          const result = assign(fujianNetwork, { method, demand: rows, prepared, increments: 4, maxIterations: 30 });
          const { compiled } = result.problem.prepared;
          result.state.classFlows.forEach((flows, c) => {
            const net = new Float64Array(compiled.nodeCount);
            for (let e = 0; e < compiled.edgeCount; e++) {
              net[compiled.targets[e] as number] =
                (net[compiled.targets[e] as number] as number) + (flows[e] as number);
              net[compiled.sources[e] as number] =
                (net[compiled.sources[e] as number] as number) - (flows[e] as number);
            }
            const cargo = result.problem.classes[c]?.demandClass.cargo;
            for (const od of result.ods.filter((o) => o.cargo === cargo)) {
              net[compiled.nodeIndex.get(`place-out:${od.from}`) ?? 0] =
                (net[compiled.nodeIndex.get(`place-out:${od.from}`) ?? 0] as number) + od.servedPerWeek;
              net[compiled.nodeIndex.get(`place-in:${od.to}`) ?? 0] =
                (net[compiled.nodeIndex.get(`place-in:${od.to}`) ?? 0] as number) - od.servedPerWeek;
            }
            for (const value of net) expect(Math.abs(value)).toBeLessThan(1e-6);
          });
        },
      ),
      RUNS,
    );
  });

  it('is deterministic for any demand', () => {
    fc.assert(
      fc.property(demand, (rows) => {
        const a = assign(fujianNetwork, { method: 'equilibrium', demand: rows, prepared, maxIterations: 20 });
        const b = assign(fujianNetwork, { method: 'equilibrium', demand: rows, prepared, maxIterations: 20 });
        expect(JSON.stringify(a.elements)).toBe(JSON.stringify(b.elements));
      }),
      { ...RUNS, numRuns: 5 },
    );
  });
});
