/**
 * Reference figures for sea times, rates and closures: each expectation is a published figure (source id in
 * the comment) or follows from one by the derivation its source row states.
 */
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { DEFAULT_COSTING } from '../costing/costing-defaults.js';
import type { Itinerary, RouteResult } from '../model/itinerary.js';
import type { Scenario } from '../model/scenario.js';
import { createRouter } from '../routing/create-router.js';
import { applyScenario } from './apply-scenario.js';
import { compareScenario } from './compare-scenario.js';

const router = createRouter(fujianNetwork);
const best = (result: RouteResult): Itinerary => {
  if ('noRoute' in result) throw new Error(result.noRoute.reason);
  return result.itineraries[0] as Itinerary;
};
const seaLeg = (itinerary: Itinerary) => itinerary.legs.find((leg) => leg.mode === 'sea');

describe('published sea times and rates', () => {
  it('sails Xiamen → Los Angeles port to port in the ~15–16 days carriers publish [M46][M43]', () => {
    const leg = seaLeg(best(router.route({ from: 'Xiamen', to: 'Los Angeles', modes: ['sea'] })));
    expect((leg?.durationHours ?? 0) / 24).toBeGreaterThanOrEqual(15);
    expect((leg?.durationHours ?? 0) / 24).toBeLessThanOrEqual(16.5);
  });

  it('charges Xiamen → Los Angeles the WCI Shanghai → Los Angeles rate of 2025-04-10, USD 2,815 per FEU [C04]', () => {
    expect(
      seaLeg(best(router.route({ from: 'Xiamen', to: 'Los Angeles', modes: ['sea'], objective: 'cost' })))?.costUsd,
    ).toBeCloseTo(2815 / 2, 6);
  });

  it('charges Xiamen → Rotterdam by sea the whole WCI Shanghai → Rotterdam rate, USD 2,392 per FEU [C04]', () => {
    const leg = seaLeg(best(router.route({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea'], objective: 'cost' })));
    expect(leg?.costUsd).toBeCloseTo(2392 / 2, 6);
  });

  it('adds the diversion cost per extra km when Suez is avoided [X100]', () => {
    // At least cost both ride one service (APL's loop), so the change is its diversion alone.
    const open = best(router.route({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea'], objective: 'cost' }));
    const closed = best(
      router.route({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea'], objective: 'cost', avoidPassages: ['suez'] }),
    );
    const extraKm = (seaLeg(closed)?.distanceKm ?? 0) - (seaLeg(open)?.distanceKm ?? 0);
    const extraUsd = (seaLeg(closed)?.costUsd ?? 0) - (seaLeg(open)?.costUsd ?? 0);
    expect(seaLeg(closed)?.service).toBe(seaLeg(open)?.service);
    expect(extraKm).toBeGreaterThan(5000);
    expect(extraUsd).toBeCloseTo(extraKm * DEFAULT_COSTING.seaDiversionUsdPerTeuKm, 6);
  });

  it('prices the Red Sea market reaction on Xiamen → Rotterdam by the WCI change it cites: 1,442 → 4,406 per FEU [V04][C02]', () => {
    const preset = fujianNetwork.scenarios.find((s) => s.id === 'red-sea-closure') as Scenario;
    const comparison = compareScenario(fujianNetwork, applyScenario(fujianNetwork, preset), {
      baseRouter: router,
      routes: [{ from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'], objective: 'cost' }],
    });
    const split = comparison.routes[0]?.costSplit;
    // The Asia → North Europe rate (WCI Shanghai → Rotterdam 2025-04-10, per TEU) times the index's rise.
    expect(split?.marketUsd).toBeCloseTo((2392 / 2) * (4406 / 1442 - 1), -1);
    expect(split?.reroutingUsd).toBeGreaterThan(0);
  });
});
