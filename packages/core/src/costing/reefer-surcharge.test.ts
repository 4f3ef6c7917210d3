/** The reefer surcharges' defaults and lines, recomputed from the published figures of their source rows. */
import { describe, expect, it } from 'vitest';
import { feuToTeu } from '../model/units.js';
import { DEFAULT_COSTING, resolveCosting } from './costing-defaults.js';
import { legReeferCharge } from './reefer-surcharge.js';
import { resolveShipment } from './shipment.js';

const XENETA_REEFER_PREMIUM_USD_PER_FEU = 493; // C28, Far East → North Europe, Jul 2022 – Mar 2023
const DAT_DRY_VAN_USD_PER_MILE = 2.02; // C29, week 38 of 2025
const DAT_REEFER_USD_PER_MILE = 2.36; // C29

describe('reefer surcharges', () => {
  it('derives the default surcharges from the published figures [C28][X181][C29][X182]', () => {
    expect(DEFAULT_COSTING.reeferSeaUsdPerTeu).toBe(XENETA_REEFER_PREMIUM_USD_PER_FEU / feuToTeu(1));
    const premium = (DAT_REEFER_USD_PER_MILE - DAT_DRY_VAN_USD_PER_MILE) / DAT_DRY_VAN_USD_PER_MILE;
    expect(DEFAULT_COSTING.reeferRoadUsdPerTeuKm).toBeCloseTo(DEFAULT_COSTING.roadUsdPerTeuKm * premium, 4);
  });
  it('lets a caller override the reefer surcharges like any costing figure', () => {
    expect(resolveCosting({ reeferSeaUsdPerTeu: 300 }).reeferSeaUsdPerTeu).toBe(300);
    expect(() => resolveCosting({ reeferRoadUsdPerTeuKm: -1 })).toThrow(/invalid figures/);
  });
  it('legReeferCharge() words a mode without a published figure as not costed', () => {
    expect(legReeferCharge('air', 0)).toMatchObject({ costed: false, code: 'reefer-rate-unpublished', mode: 'air' });
  });

  it('legReeferCharge() gives a costed mode its sources and date [C28][X181]', () => {
    expect(legReeferCharge('sea', 10)).toEqual({ costed: true, usd: 10, sources: ['C28', 'X181'], asOf: '2023-03-09' });
  });

  it('resolveShipment() keeps a reefer container and leaves a dry one out', () => {
    expect(resolveShipment({ teu: 2, container: 'reefer' }, DEFAULT_COSTING)).toEqual({
      teu: 2,
      tonnes: 20,
      container: 'reefer',
    });
    expect(resolveShipment({ teu: 1, container: 'dry' }, DEFAULT_COSTING)).toEqual({ teu: 1, tonnes: 10 });
    expect(() => resolveShipment({ container: 'frozen' as 'reefer' }, DEFAULT_COSTING)).toThrow(/unknown container/);
  });
});
