import { describe, expect, it } from 'vitest';
import { HUB_TTW_NOT_MODELLED } from '../model/emissions.js';
import { hubOperationEmissions, sumTransportOperations, transportOperationEmissions } from './operation-emissions.js';

const twoTeu = { teu: 2, tonnes: 13 };

describe('transportOperationEmissions()', () => {
  it('makes WTT the rest of WTW after TTW', () => {
    const e = transportOperationEmissions(300, 201.6, 1200, twoTeu);
    expect(e.ttwCo2eKg + e.wttCo2eKg).toBeCloseTo(e.wtwCo2eKg, 12);
  });

  it('divides the emissions by the transport activity in tonne-km and in TEU-km', () => {
    const e = transportOperationEmissions(300, 201.6, 1200, twoTeu);
    expect(e.transportActivityTonneKm).toBe(13 * 1200);
    expect(e.transportActivityTeuKm).toBe(2 * 1200);
    expect(e.wtwIntensityGPerTonneKm).toBeCloseTo((300 * 1000) / (13 * 1200), 12);
    expect(e.ttwIntensityGPerTonneKm).toBeCloseTo((201.6 * 1000) / (13 * 1200), 12);
    expect(e.wtwIntensityGPerTeuKm).toBeCloseTo((300 * 1000) / (2 * 1200), 12);
    expect(e.ttwIntensityGPerTeuKm).toBeCloseTo((201.6 * 1000) / (2 * 1200), 12);
  });

  it('has no intensity for an operation of 0 km', () => {
    const e = transportOperationEmissions(0, 0, 0, twoTeu);
    expect([e.wtwIntensityGPerTonneKm, e.ttwIntensityGPerTeuKm]).toEqual([null, null]);
  });
});

describe('hubOperationEmissions()', () => {
  it('reports WTW per tonne and per TEU handled, and TTW and WTT as not modelled, with the reason', () => {
    const e = hubOperationEmissions(6.5, twoTeu);
    expect(e.wtwIntensityGPerTonne).toBeCloseTo(500, 12);
    expect(e.wtwIntensityGPerTeu).toBeCloseTo(3250, 12);
    expect(e).toMatchObject({ ttwCo2eKg: null, wttCo2eKg: null, ttwNotModelledReason: HUB_TTW_NOT_MODELLED });
  });
});

describe('sumTransportOperations()', () => {
  it('sums the emissions and takes the intensity over the summed activity', () => {
    const sea = transportOperationEmissions(100, 85, 1000, twoTeu);
    const road = transportOperationEmissions(10, 8, 10, twoTeu);
    const chain = sumTransportOperations([sea, road], twoTeu);
    expect(chain.wtwCo2eKg).toBe(110);
    expect(chain.ttwCo2eKg).toBe(93);
    expect(chain.transportActivityTonneKm).toBeCloseTo(13 * 1010, 9);
    expect(chain.wtwIntensityGPerTonneKm).toBeCloseTo((110 * 1000) / (13 * 1010), 9);
  });
});
