import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { DEFAULT_COSTING } from '../costing/costing-defaults.js';
import { ttwShareOfEnergyMix } from '../costing/ttw-share.js';
import type { Itinerary, RouteResult } from '../model/itinerary.js';
import { createRouter } from './create-router.js';

const router = createRouter(fujianNetwork);
const vehicleOf = new Map(fujianNetwork.services.map((s) => [s.id, s.vehicle]));

function best(result: RouteResult): Itinerary {
  if ('noRoute' in result) throw new Error(`expected a route, got: ${result.noRoute.reason}`);
  return result.itineraries[0] as Itinerary;
}

const railQuery = { from: 'Xiamen', to: 'Duisburg', teu: 2, modes: ['rail'] } as const;

describe('itinerary emissions (ISO 14083)', () => {
  const rail = best(router.route(railQuery));
  const railLeg = rail.legs.find((leg) => leg.mode === 'rail' && leg.distanceKm > 5000);

  it('splits every leg so that TTW + WTT = WTW, and the leg CO2e is its WTW plus any gauge change', () => {
    for (const leg of rail.legs) {
      const e = leg.emissions;
      expect(e.ttwCo2eKg + e.wttCo2eKg).toBeCloseTo(e.wtwCo2eKg, 9);
      expect(e.wtwCo2eKg + e.gaugeChangeWtwCo2eKg).toBeCloseTo(leg.co2eKg, 9);
    }
    expect(railLeg?.emissions.gaugeChangeWtwCo2eKg).toBeGreaterThan(0);
  });

  it('gives each leg its intensities: emissions ÷ (t × km) and ÷ (TEU × km)', () => {
    for (const leg of rail.legs) {
      const e = leg.emissions;
      const tonneKm = 20 * leg.distanceKm;
      const teuKm = 2 * leg.distanceKm;
      expect(e.wtwIntensityGPerTonneKm).toBeCloseTo((e.wtwCo2eKg * 1000) / tonneKm, 9);
      expect(e.ttwIntensityGPerTonneKm).toBeCloseTo((e.ttwCo2eKg * 1000) / tonneKm, 9);
      expect(e.wtwIntensityGPerTeuKm).toBeCloseTo((e.wtwCo2eKg * 1000) / teuKm, 9);
      expect(e.ttwIntensityGPerTeuKm).toBeCloseTo((e.ttwCo2eKg * 1000) / teuKm, 9);
    }
  });

  it("reports the rail leg's WTW intensity as its class's factor and its TTW at the class's share", () => {
    const vehicle = vehicleOf.get(railLeg?.service ?? '');
    expect(vehicle).toBe('rail-china-europe');
    expect(railLeg?.emissions.wtwIntensityGPerTonneKm).toBeCloseTo(25, 9);
    expect(railLeg?.emissions.ttwIntensityGPerTonneKm).toBeCloseTo(
      25 * DEFAULT_COSTING.ttwShareOfWtw['rail-china-europe'],
      9,
    );
  });

  it('gives an electric train no tank-to-wheel emissions, and the same WTW', () => {
    const electric = best(
      router.route(railQuery, {
        costing: { ttwShareOfWtw: { 'rail-china-europe': ttwShareOfEnergyMix({ electricity: 1 }) } },
      }),
    );
    const leg = electric.legs.find((l) => l.service === railLeg?.service);
    expect(leg?.emissions.ttwCo2eKg).toBe(0);
    expect(leg?.emissions.wttCo2eKg).toBe(leg?.emissions.wtwCo2eKg);
    expect(leg?.co2eKg).toBe(railLeg?.co2eKg);
  });

  it('splits an air leg in the C14 GLEC ratio of its class', () => {
    const air = best(router.route({ from: 'Xiamen', to: 'Duisburg', teu: 2, objective: 'time' }));
    const flights = air.legs.filter((leg) => leg.mode === 'air');
    expect(flights.length).toBeGreaterThan(0);
    for (const leg of flights) {
      const vehicle = vehicleOf.get(leg.service ?? '');
      const ratio = vehicle === 'air-belly' ? 495 / 608 : 720 / 880;
      expect(leg.emissions.ttwCo2eKg / leg.emissions.wtwCo2eKg).toBeCloseTo(ratio, 9);
    }
  });

  it('reports hub operations WTW only, and sums the chain to the totals', () => {
    const handlings = rail.waits.filter((w) => w.kind === 'handling');
    expect(handlings.length).toBeGreaterThan(0);
    for (const w of handlings) {
      expect(w.emissions?.wtwCo2eKg).toBe(w.co2eKg);
      expect(w.emissions?.ttwCo2eKg).toBeNull();
      expect(w.emissions?.wtwIntensityGPerTonne).toBeCloseTo((w.co2eKg * 1000) / 20, 9);
    }
    for (const w of rail.waits.filter((x) => x.kind === 'departure')) expect(w.emissions).toBeUndefined();
    const { transportOperations, hubOperations, wtwCo2eKg } = rail.emissions;
    expect(wtwCo2eKg).toBe(rail.totals.co2eKg);
    expect(transportOperations.wtwCo2eKg + hubOperations.wtwCo2eKg).toBeCloseTo(rail.totals.co2eKg, 9);
    expect(transportOperations.ttwCo2eKg).toBeCloseTo(
      rail.legs.reduce((kg, leg) => kg + leg.emissions.ttwCo2eKg, 0),
      9,
    );
    expect(hubOperations.ttwCo2eKg).toBeNull();
  });
});
