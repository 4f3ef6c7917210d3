import { hubOperationEmissions, transportOperationEmissions } from '@corridor/core/costing';
import { describe, expect, it } from 'vitest';
import { emissionRows, NO_FIGURE } from './emission-rows';

const shipment = { teu: 1, tonnes: 10 };

describe('emissionRows()', () => {
  const rows = emissionRows({
    wtwCo2eKg: 3045,
    transportOperations: transportOperationEmissions(3025, 2032.8, 12_100, shipment),
    hubOperations: hubOperationEmissions(20, shipment),
  });
  const row = (key: string) => rows.find((r) => r.key === key);

  it('gives transport operations in t CO2e as WTW, TTW and WTT', () => {
    expect(row('transport')).toEqual({ key: 'transport', wtw: '3.0', ttw: '2.0', wtt: '0.99' });
  });

  it('gives the intensities in g per t-km and per TEU-km, WTT being WTW − TTW', () => {
    expect(row('perTonneKm')).toEqual({ key: 'perTonneKm', wtw: '25.0', ttw: '16.8', wtt: '8.2' });
    expect(row('perTeuKm')).toEqual({ key: 'perTeuKm', wtw: '250.0', ttw: '168.0', wtt: '82.0' });
  });

  it('gives hub operations WTW only, their TTW and WTT as not modelled', () => {
    expect(row('hubs')).toEqual({ key: 'hubs', wtw: '0.02', ttw: NO_FIGURE, wtt: NO_FIGURE });
  });
});
