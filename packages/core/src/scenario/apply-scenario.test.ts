import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import type { Scenario, ScenarioEdit } from '../model/scenario.js';
import { createRouter } from '../routing/create-router.js';
import { applyScenario } from './apply-scenario.js';

const preset = (id: string): Scenario => {
  const found = fujianNetwork.scenarios.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no preset ${id}`);
  return found;
};
const of = (...edits: ScenarioEdit[]): Scenario => ({
  id: 't',
  nameEn: 'T',
  nameZh: 'T',
  description: 'T',
  edits,
  sources: ['X60'],
});

describe('applyScenario()', () => {
  it('never changes the base network, and an empty scenario gives the base back', () => {
    const before = JSON.stringify(fujianNetwork);
    for (const scenario of fujianNetwork.scenarios) applyScenario(fujianNetwork, scenario);
    expect(JSON.stringify(fujianNetwork)).toBe(before);
    const empty = applyScenario(fujianNetwork, of());
    expect(empty.network).toBe(fujianNetwork);
    expect([...empty.avoidPassages]).toEqual([]);
  });

  it('red-sea-closure closes Bab-el-Mandeb and Suez: Xiamen → Rotterdam by sea goes round the Cape, 7–14 days longer', () => {
    const applied = applyScenario(fujianNetwork, preset('red-sea-closure'));
    expect([...applied.avoidPassages].sort()).toEqual(['bab-el-mandeb', 'suez']);
    const router = createRouter(applied.network);
    const query = { from: 'Xiamen', to: 'Rotterdam', modes: ['sea'] } as const;
    const before = router.route(query);
    const after = router.route({ ...query, avoidPassages: [...applied.avoidPassages] });
    if (!('itineraries' in before) || !('itineraries' in after)) throw new Error('expected routes');
    expect(after.itineraries[0]?.passages).toContain('cape-of-good-hope');
    const extraDays =
      ((after.itineraries[0]?.totals.durationHours ?? 0) - (before.itineraries[0]?.totals.durationHours ?? 0)) / 24;
    expect(extraDays).toBeGreaterThanOrEqual(7);
    expect(extraDays).toBeLessThanOrEqual(14);
  });

  it('malaszewicze-congestion makes every train through Brest / Małaszewicze dwell 240 h and halves its capacity', () => {
    const { network } = applyScenario(fujianNetwork, preset('malaszewicze-congestion'));
    const dwells = network.services.flatMap((s) =>
      s.stops.filter((stop) => stop.terminalId === 'brest_malaszewicze').map((stop) => stop.dwellHours),
    );
    expect(dwells.length).toBeGreaterThan(0);
    expect(dwells.every((h) => h === 240)).toBe(true);
    const crossing = network.terminals.find((t) => t.id === 'brest_malaszewicze');
    const base = fujianNetwork.terminals.find((t) => t.id === 'brest_malaszewicze');
    expect(crossing?.capacityTrainsPerDay).toBeCloseTo((base?.capacityTrainsPerDay ?? 0) / 2, 9);
  });

  it('alashankou-expansion raises the exchange from its observed 18.78 to 28 trains a day', () => {
    const { network } = applyScenario(fujianNetwork, preset('alashankou-expansion'));
    expect(network.terminals.find((t) => t.id === 'alashankou_dostyk')?.capacityTrainsPerDay).toBeCloseTo(28, 2);
  });

  it('rail-demand-plus-30 scales only container flows between Fujian and the rail regions', () => {
    const { network } = applyScenario(fujianNetwork, preset('rail-demand-plus-30'));
    const key = (d: { fromPlaceId: string; toPlaceId: string; cargo: string }) =>
      `${d.fromPlaceId}>${d.toPlaceId}>${d.cargo}`;
    const base = new Map(fujianNetwork.demand.map((d) => [key(d), d]));
    const hamburg = network.demand.find((d) => d.fromPlaceId === 'CNXMN' && d.toPlaceId === 'DEHAM');
    expect(hamburg?.teuPerWeek).toBeCloseTo((base.get('CNXMN>DEHAM>container')?.teuPerWeek ?? 0) * 1.3, 9);
    const singapore = network.demand.find(
      (d) => d.fromPlaceId === 'CNXMN' && d.toPlaceId === 'SGSIN' && d.cargo === 'container',
    );
    expect(singapore?.teuPerWeek).toBe(base.get('CNXMN>SGSIN>container')?.teuPerWeek);
  });

  it('fuzhou-duisburg-train adds a service a route from Fuzhou can take', () => {
    const { network } = applyScenario(fujianNetwork, preset('fuzhou-duisburg-train'));
    expect(network.services.some((s) => s.id === 'crx-foc-duisburg')).toBe(true);
    const result = createRouter(network).route({
      from: 'Fuzhou',
      to: 'Duisburg',
      modes: ['rail'],
      objective: 'balanced',
    });
    expect('itineraries' in result && result.itineraries[0]?.legs.some((l) => l.service === 'crx-foc-duisburg')).toBe(
      true,
    );
  });

  it('closing a border crossing suspends the trains through it and says why', () => {
    const applied = applyScenario(
      fujianNetwork,
      of({ kind: 'close-border-crossing', terminal: 'manzhouli_zabaikalsk' }),
    );
    expect(applied.suspended.map((s) => s.serviceId)).toContain('crx-xmn-moscow');
    expect(applied.suspended.every((s) => s.reason === 'border crossing manzhouli_zabaikalsk closed')).toBe(true);
    expect(
      applied.network.services.some((s) => s.stops.some((stop) => stop.terminalId === 'manzhouli_zabaikalsk')),
    ).toBe(false);
  });

  it('sets tariffs and emission factors', () => {
    const applied = applyScenario(
      fujianNetwork,
      of(
        { kind: 'set-tariff', service: 'crx-xmn-hamburg', factor: 2 },
        { kind: 'set-emission-factor', vehicle: 'rail-china-europe', gPerTonneKm: 10 },
      ),
    );
    const base = fujianNetwork.services.find((s) => s.id === 'crx-xmn-hamburg')?.tariff?.usdPerTeu ?? 0;
    expect(applied.network.services.find((s) => s.id === 'crx-xmn-hamburg')?.tariff?.usdPerTeu).toBe(base * 2);
    expect(applied.costing.emissionGPerTonneKm?.['rail-china-europe']).toBe(10);
  });
});
