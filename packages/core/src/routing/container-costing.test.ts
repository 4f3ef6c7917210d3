/**
 * Container types carried from the query through costing into the itinerary: each expectation is recomputed here from the published figures of the source rows
 * (ids in the test names), not read back from the costing.
 */
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { DEFAULT_COSTING } from '../costing/costing-defaults.js';
import { resolveShipment } from '../costing/shipment.js';
import type { Itinerary, ItineraryLeg, RouteQuery, RouteResult } from '../model/itinerary.js';
import { feuToTeu } from '../model/units.js';
import { createRouter } from './create-router.js';

const router = createRouter(fujianNetwork);
const best = (result: RouteResult): Itinerary => {
  if ('noRoute' in result) throw new Error(result.noRoute.reason);
  return result.itineraries[0] as Itinerary;
};
const legOf = (itinerary: Itinerary, mode: string) => itinerary.legs.find((leg) => leg.mode === mode) as ItineraryLeg;
const parts = (leg: ItineraryLeg) =>
  leg.costBreakdown.freightUsd + leg.costBreakdown.borderUsd + leg.costBreakdown.surchargeUsd;

/** Published inputs, as their source rows give them. */
const WCI_SHANGHAI_ROTTERDAM_USD_PER_FEU = 2392; // C04, 2025-04-10
const ERA_INDEX_USD_PER_FEU = 3240; // S85, 2024 average (X21)
const XENETA_REEFER_PREMIUM_USD_PER_FEU = 493; // C28, Far East → North Europe, Jul 2022 – Mar 2023
const DAT_DRY_VAN_USD_PER_MILE = 2.02; // C29, week 38 of 2025
const DAT_REEFER_USD_PER_MILE = 2.36; // C29

const SEA: RouteQuery = { from: 'Xiamen', to: 'Rotterdam', modes: ['sea'], objective: 'cost' };
const RAIL: RouteQuery = { from: 'Xiamen', to: 'Hamburg', modes: ['rail'], objective: 'cost' };

describe('FEU in costing', () => {
  it('charges one FEU by sea the whole WCI Shanghai → Rotterdam index of 2025-04-10 [C04][X180]', () => {
    const leg = legOf(best(router.route({ ...SEA, teu: feuToTeu(1) })), 'sea');
    expect(leg.costBreakdown.freightUsd).toBeCloseTo(WCI_SHANGHAI_ROTTERDAM_USD_PER_FEU, 6);
  });

  it('charges one FEU by China–Europe rail the ERA index per FEU [S85][X21][X180]', () => {
    const leg = legOf(best(router.route({ ...RAIL, teu: feuToTeu(1) })), 'rail');
    expect(leg.costBreakdown.freightUsd).toBeCloseTo(ERA_INDEX_USD_PER_FEU, 6);
  });
});

describe('reefer in costing', () => {
  it('adds the Xeneta reefer premium per FEU once to a sea leg, as its own dated line [C28][X181]', () => {
    const dry = legOf(best(router.route({ ...SEA, teu: feuToTeu(1) })), 'sea');
    const reefer = legOf(best(router.route({ ...SEA, teu: feuToTeu(1), container: 'reefer' })), 'sea');
    expect(reefer.costUsd - dry.costUsd).toBeCloseTo(XENETA_REEFER_PREMIUM_USD_PER_FEU, 6);
    expect(reefer.costBreakdown.reefer).toEqual({
      costed: true,
      usd: XENETA_REEFER_PREMIUM_USD_PER_FEU,
      sources: ['C28', 'X181'],
      asOf: '2023-03-09',
    });
    expect(reefer.costBreakdown.freightUsd).toBeCloseTo(dry.costBreakdown.freightUsd, 6);
    expect(parts(reefer)).toBeCloseTo(reefer.costUsd, 6);
  });

  it('adds DAT’s reefer-over-dry-van share of the road rate per TEU-km to a truck haul [C29][X182]', () => {
    const query: RouteQuery = { from: 'Xiamen', to: 'Fuzhou', modes: ['road'], teu: 3 };
    const dry = best(router.route(query));
    const reefer = best(router.route({ ...query, container: 'reefer' }));
    // DAT's reefer premium over dry vans, as a share of the road rate (the costing rounds it to 0.1683 per TEU-km).
    const premium = (DAT_REEFER_USD_PER_MILE - DAT_DRY_VAN_USD_PER_MILE) / DAT_DRY_VAN_USD_PER_MILE;
    const rate = DEFAULT_COSTING.roadUsdPerTeuKm * premium;
    expect(reefer.legs.length).toBeGreaterThan(0);
    for (const [i, leg] of reefer.legs.entries()) {
      expect(leg.costBreakdown.reefer).toMatchObject({ costed: true, sources: ['C29', 'X182'], asOf: '2025-09-20' });
      const usd = leg.costBreakdown.reefer?.costed === true ? leg.costBreakdown.reefer.usd : Number.NaN;
      expect(usd).toBeCloseTo(leg.distanceKm * rate * 3, 1);
      expect(leg.costUsd - (dry.legs[i]?.costUsd ?? 0)).toBeCloseTo(usd, 6);
      expect(parts(leg)).toBeCloseTo(leg.costUsd, 6);
    }
  });

  it('says a rail leg’s reefer is not costed, with its code, and charges the rail leg as dry [X183]', () => {
    const dry = legOf(best(router.route(RAIL)), 'rail');
    const reefer = legOf(best(router.route({ ...RAIL, container: 'reefer' })), 'rail');
    expect(reefer.costBreakdown.reefer).toEqual({
      costed: false,
      code: 'reefer-rate-unpublished',
      mode: 'rail',
      reason: 'reefer not costed for rail: no published figure',
      sources: ['X183'],
    });
    expect(reefer.costUsd).toBeCloseTo(dry.costUsd, 6);
  });

  it('keeps the totals the sum of legs and waits on a reefer route, the surcharge out of the handling', () => {
    const itinerary = best(
      router.route({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'], container: 'reefer' }),
    );
    const sum = [...itinerary.legs, ...itinerary.waits].reduce((usd, x) => usd + x.costUsd, 0);
    expect(itinerary.totals.costUsd).toBeCloseTo(sum, 6);
    const dry = best(router.route({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'] }));
    expect(itinerary.waits.map((w) => w.costUsd)).toEqual(dry.waits.map((w) => w.costUsd));
  });

  it('gives a dry query no reefer line, so its answer is what it was before container types', () => {
    const itinerary = best(router.route(SEA));
    expect(itinerary.legs.every((leg) => leg.costBreakdown.reefer === undefined)).toBe(true);
    expect(resolveShipment({ teu: 1, container: 'dry' }, DEFAULT_COSTING)).toEqual({ teu: 1, tonnes: 10 });
  });

  it('refuses an unknown container type, naming the allowed ones', () => {
    expect(() => router.route({ ...SEA, container: 'frozen' as 'reefer' })).toThrow(/container/);
    expect(() => resolveShipment({ container: 'frozen' as 'reefer' }, DEFAULT_COSTING)).toThrow(/unknown container/);
  });
});
