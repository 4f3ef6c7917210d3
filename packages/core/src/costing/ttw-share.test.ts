import { describe, expect, it } from 'vitest';
import { VEHICLE_CLASSES } from '../model/network.js';
import { DEFAULT_COSTING, resolveCosting } from './costing-defaults.js';
import { edgeCriteria } from './edge-criteria.js';
import { DEFAULT_TTW_SHARE_OF_WTW, TTW_SHARE_BY_ENERGY_CARRIER, ttwShareOfEnergyMix } from './ttw-share.js';

describe('tank-to-wheel shares', () => {
  it('gives every vehicle class a share from 0 to 1 that names its source', () => {
    for (const vehicle of VEHICLE_CLASSES) {
      const { value, source } = DEFAULT_TTW_SHARE_OF_WTW[vehicle];
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
      expect(source).toMatch(/\[[CX]\d+\]/);
    }
  });

  it('takes the air shares from the C14 GLEC pairs: freighter 720 of 880, belly 495 of 608', () => {
    expect(DEFAULT_COSTING.ttwShareOfWtw['air-freighter']).toBeCloseTo(720 / 880, 12);
    expect(DEFAULT_COSTING.ttwShareOfWtw['air-belly']).toBeCloseTo(495 / 608, 12);
  });

  it('ttwShareOfEnergyMix() gives electric traction no tank-to-wheel emissions', () => {
    expect(ttwShareOfEnergyMix({ electricity: 1 })).toBe(0);
    expect(TTW_SHARE_BY_ENERGY_CARRIER.electricity.value).toBe(0);
  });

  it('ttwShareOfEnergyMix() weighs each carrier by its share of the WTW emissions', () => {
    const diesel = TTW_SHARE_BY_ENERGY_CARRIER.diesel.value;
    expect(ttwShareOfEnergyMix({ diesel: 1 })).toBeCloseTo(3.04 / 3.8, 12);
    expect(ttwShareOfEnergyMix({ diesel: 0.25, electricity: 0.75 })).toBeCloseTo(0.25 * diesel, 12);
  });

  it('puts the China rail classes between an all-electric train (0) and an all-diesel one (X177)', () => {
    const rail = DEFAULT_COSTING.ttwShareOfWtw['rail-china-europe'];
    expect(rail).toBeGreaterThan(0);
    expect(rail).toBeLessThan(TTW_SHARE_BY_ENERGY_CARRIER.diesel.value);
  });

  it('resolveCosting() takes a share per vehicle class and refuses one above 1', () => {
    expect(resolveCosting({ ttwShareOfWtw: { 'rail-china-europe': 0 } }).ttwShareOfWtw['rail-china-europe']).toBe(0);
    expect(() => resolveCosting({ ttwShareOfWtw: { truck: 1.2 } })).toThrow(/costing: invalid figures/);
  });

  it('edgeCriteria() splits a ride into its WTW and the TTW share of it, and leaves a lift unsplit', () => {
    const ride = {
      kind: 'ride',
      mode: 'rail',
      vehicle: 'rail-china-europe',
      distanceKm: 1000,
      hours: 30,
      averageWaitHours: 0,
      usdPerTeu: 400,
      usdPerTonne: 0,
      handlesCargo: false,
      passages: [],
      countries: ['CN'],
      points: [],
    } as const;
    const electric = resolveCosting({
      ttwShareOfWtw: { 'rail-china-europe': ttwShareOfEnergyMix({ electricity: 1 }) },
    });
    const byDefault = edgeCriteria(ride, { teu: 1, tonnes: 10 }, DEFAULT_COSTING);
    expect(byDefault.co2eKg).toBe(250);
    expect(byDefault.ttwCo2eKg).toBeCloseTo(250 * DEFAULT_COSTING.ttwShareOfWtw['rail-china-europe'], 9);
    expect(edgeCriteria(ride, { teu: 1, tonnes: 10 }, electric)).toMatchObject({ co2eKg: 250, ttwCo2eKg: 0 });
    const lift = edgeCriteria({ ...ride, kind: 'alight', handlesCargo: true }, { teu: 1, tonnes: 10 }, DEFAULT_COSTING);
    expect(lift.co2eKg).toBeGreaterThan(0);
    expect(lift.ttwCo2eKg).toBe(0);
  });
});
