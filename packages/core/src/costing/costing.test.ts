import { describe, expect, it } from 'vitest';
import type { RoutingEdge } from '../graph/routing-edge.js';
import { CorridorError } from '../model/corridor-error.js';
import { DEFAULT_COSTING, DEFAULT_EMISSION_G_PER_TONNE_KM, resolveCosting } from './costing-defaults.js';
import { edgeCriteria } from './edge-criteria.js';
import { objectiveWeights } from './objective-weights.js';
import { resolveShipment } from './shipment.js';

const ride: RoutingEdge = {
  kind: 'ride',
  mode: 'sea',
  vehicle: 'deep-sea-container',
  distanceKm: 1000,
  hours: 30,
  averageWaitHours: 0,
  usdPerTeu: 400,
  usdPerTonne: 0,
  handlesCargo: false,
  passages: [],
  countries: ['CN', 'SG'],
  points: [],
};

describe('costing', () => {
  it('takes the planner defaults, each labelled an assumption or citing the sources register', () => {
    expect(DEFAULT_COSTING.emissionGPerTonneKm['deep-sea-container']).toBe(10);
    expect(DEFAULT_COSTING.emissionGPerTonneKm['rail-china-europe']).toBe(25);
    expect(DEFAULT_COSTING.emissionGPerTonneKm.truck).toBe(75);
    expect(DEFAULT_COSTING.emissionGPerTonneKm['air-freighter']).toBe(850);
    for (const { source } of Object.values(DEFAULT_EMISSION_G_PER_TONNE_KM))
      expect(source).toMatch(/assumption|\[C\d+\]/);
  });

  it('resolveCosting() overrides one figure and keeps the rest', () => {
    const costing = resolveCosting({ carbonPriceUsdPerTonne: 80, emissionGPerTonneKm: { truck: 60 } });
    expect(costing.carbonPriceUsdPerTonne).toBe(80);
    expect(costing.emissionGPerTonneKm.truck).toBe(60);
    expect(costing.emissionGPerTonneKm['air-belly']).toBe(700);
  });

  it('resolveCosting() names every bad figure', () => {
    try {
      resolveCosting({ tonnesPerTeu: 0, roadUsdPerTeuKm: -1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CorridorError);
      expect((error as CorridorError).issues.map((i) => i.field)).toEqual(['tonnesPerTeu', 'roadUsdPerTeuKm']);
    }
  });

  it('resolveShipment() completes TEU from tonnes and tonnes from TEU at 10 t per TEU [C17]', () => {
    expect(resolveShipment({ teu: 4 }, DEFAULT_COSTING)).toEqual({ teu: 4, tonnes: 40 });
    expect(resolveShipment({ tonnes: 5 }, DEFAULT_COSTING)).toEqual({ teu: 0.5, tonnes: 5 });
    expect(resolveShipment({}, DEFAULT_COSTING)).toEqual({ teu: 1, tonnes: 10 });
    expect(() => resolveShipment({ teu: 0 }, DEFAULT_COSTING)).toThrow(CorridorError);
  });

  it('edgeCriteria() emits tonne-km × intensity on a ride and charges the tariff per TEU', () => {
    const c = edgeCriteria(ride, { teu: 2, tonnes: 20 }, DEFAULT_COSTING);
    expect(c.co2eKg).toBeCloseTo((20 * 1000 * 10) / 1000);
    expect(c.usd).toBe(800);
    expect(c.hours).toBe(30);
  });

  it('edgeCriteria() costs a road haul at the road rate and speed, and a board at handling plus half the headway', () => {
    const road = edgeCriteria(
      { ...ride, kind: 'access', mode: 'road', vehicle: 'truck', usdPerTeu: 0 },
      { teu: 1, tonnes: 10 },
      DEFAULT_COSTING,
    );
    expect(road.hours).toBeCloseTo(1000 / DEFAULT_COSTING.roadSpeedKmh);
    expect(road.usd).toBeCloseTo(1000 * DEFAULT_COSTING.roadUsdPerTeuKm);
    const board = edgeCriteria(
      { ...ride, kind: 'board', distanceKm: 0, hours: 24, averageWaitHours: 84, usdPerTeu: 150, handlesCargo: true },
      { teu: 1, tonnes: 10 },
      DEFAULT_COSTING,
    );
    expect(board).toMatchObject({ hours: 24, waitHours: 84, usd: 150, co2eKg: 10 * DEFAULT_COSTING.hubKgCo2ePerTonne });
  });

  it('edgeCriteria() charges a re-routed sea leg its extra km at the diversion cost per TEU-km [X100]', () => {
    const shipment = { teu: 2, tonnes: 20 };
    const diverted = edgeCriteria({ ...ride, diversionKm: 5926 }, shipment, DEFAULT_COSTING);
    expect(diverted.usd - edgeCriteria(ride, shipment, DEFAULT_COSTING).usd).toBeCloseTo(
      5926 * DEFAULT_COSTING.seaDiversionUsdPerTeuKm * 2,
    );
    // Maersk's USD 200 per TEU surcharge for the Cape diversion of 3,200 nm, the figure it is derived from.
    expect(5926 * DEFAULT_COSTING.seaDiversionUsdPerTeuKm).toBeCloseTo(200, -1);
    const cheaper = resolveCosting({ seaDiversionUsdPerTeuKm: 0 });
    expect(edgeCriteria({ ...ride, diversionKm: 5926 }, shipment, cheaper).usd).toBe(800);
  });

  it('edgeCriteria() charges a fare edge its part of a pair rate, and nothing else', () => {
    const fare = edgeCriteria(
      { ...ride, kind: 'fare', distanceKm: 0, hours: 0, usdPerTeu: 1196 },
      { teu: 1, tonnes: 10 },
      DEFAULT_COSTING,
    );
    expect(fare).toEqual({
      hours: 0,
      waitHours: 0,
      usd: 1196,
      surchargeUsd: 0,
      reeferUsd: 0,
      co2eKg: 0,
      ttwCo2eKg: 0,
      distanceKm: 0,
    });
  });

  it('objectiveWeights() prices time at the value of time and carbon at the carbon price for balanced', () => {
    const w = objectiveWeights('balanced', { teu: 2, tonnes: 20 }, DEFAULT_COSTING);
    expect(w.perHour).toBeCloseTo((DEFAULT_COSTING.valueOfTimeUsdPerTeuDay * 2) / 24);
    expect(w.perKg).toBeCloseTo(DEFAULT_COSTING.carbonPriceUsdPerTonne / 1000);
    expect(objectiveWeights('time', { teu: 1, tonnes: 10 }, DEFAULT_COSTING).perHour).toBe(1);
  });
});
