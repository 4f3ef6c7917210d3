import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import type { Network } from '../model/network.js';
import { assign } from './assign.js';
import { calibrationReport } from './calibration-report.js';

const result = assign(fujianNetwork, { method: 'equilibrium' });
const rows = calibrationReport(result, fujianNetwork);
const target = (id: string) => fujianNetwork.calibration.find((c) => c.id === id);

/** Weekly departures of the listed services from the listed terminals (a loop's return to its start is no call). */
function weeklyCalls(network: Network, serviceIds: readonly string[], terminalIds: readonly string[]): number {
  let calls = 0;
  for (const service of network.services.filter((s) => serviceIds.includes(s.id))) {
    const stops = service.stops.map((stop) => stop.terminalId);
    const loop = stops[0] === stops[stops.length - 1];
    const calling = (loop ? stops.slice(0, -1) : stops).filter((id) => terminalIds.includes(id)).length;
    calls += calling * (service.frequencyPerWeek ?? service.departures?.length ?? 0);
  }
  return calls;
}

describe('calibrationReport()', () => {
  it('sets each published volume of calibration.json against the assigned flows, per week', () => {
    expect(rows.map((r) => r.id)).toEqual(fujianNetwork.calibration.map((c) => c.id));
    expect(rows.find((r) => r.id === 'xmn-cr-express')?.observedPerWeek).toBeCloseTo(24112 / 52, 6);
    for (const row of rows) expect(row.errorPerWeek).toBeCloseTo(row.modelledPerWeek - row.observedPerWeek, 9);
  });

  it('counts a port target that lists services only on those services', () => {
    const port = target('xmn-port-srm');
    expect(port?.serviceIds.length).toBeGreaterThan(0);
    const onNamedCalls = rows.find((r) => r.id === 'xmn-port-srm')?.modelledPerWeek ?? 0;
    const network: Network = {
      ...fujianNetwork,
      calibration: fujianNetwork.calibration.map((c) => (c.id === 'xmn-port-srm' ? { ...c, serviceIds: [] } : c)),
    };
    const onAnyService = calibrationReport(result, network).find((r) => r.id === 'xmn-port-srm')?.modelledPerWeek;
    expect(onNamedCalls).toBeGreaterThan(0);
    expect(onAnyService).toBeGreaterThan(onNamedCalls);
  });
});

describe('the derived calibration targets (X149, X150)', () => {
  // Reference figures: Silk Road Maritime Jan–Sep 2021, Fujian 2,077,900 TEU on 1,918 voyages, of which Xiamen
  // 1,890,900 TEU on 1,645 [M13]; empties 118.45 of 373.59 (10k TEU) at Xiamen [B03]; 202,000 t through Xiamen
  // airport [A01]. The port targets multiply per-call figures by the modelled calls, so they must follow services.json.
  const laden = 1 - 118.45 / 373.59;

  it('Xiamen: 785 laden TEU per Silk Road Maritime call times the modelled calls', () => {
    const port = target('xmn-port-srm');
    if (port === undefined) throw new Error('no xmn-port-srm target');
    const calls = weeklyCalls(fujianNetwork, port.serviceIds, port.terminalIds);
    expect(port.observed).toBeCloseTo((1890900 / 1645) * laden * calls, -1);
  });

  it('Fuzhou Jiangyin and Quanzhou: 468 laden TEU per call (Fujian less Xiamen, X173) times the modelled calls', () => {
    const port = target('foc-qzj-port-srm');
    if (port === undefined) throw new Error('no foc-qzj-port-srm target');
    const calls = weeklyCalls(fujianNetwork, port.serviceIds, port.terminalIds);
    expect(port.observed).toBeCloseTo(((2077900 - 1890900) / (1918 - 1645)) * laden * calls, -1);
  });

  it('counts on the Fuzhou Jiangyin and Quanzhou target only the services named Silk Road Maritime routes', () => {
    const port = target('foc-qzj-port-srm');
    // The COSCO, OOCL and Weitou–Manila services call there too, but no source names them (X171, X172, X175).
    for (const id of ['cosco-foc-uswc', 'oocl-qzj-hcm-lch', 'qzj-weitou-manila-express']) {
      expect(fujianNetwork.services.some((s) => s.id === id)).toBe(true);
      expect(port?.serviceIds).not.toContain(id);
    }
  });

  it("Xiamen air: 202,000 t a year [A01] on the demand's regions (45.3 % of Xiamen trade [F02])", () => {
    const air = target('xmn-air-international');
    expect(air?.period).toBe('year');
    expect(air?.observed).toBeCloseTo((202000 * (84.57 + 65.77 + 51.12)) / 444.32, -1);
  });
});
