import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../test/load-issues.js';
import { tinyDataset } from '../../test/tiny-dataset.js';
import { loadNetwork } from '../load/load-network.js';
import type { Itinerary, RouteResult } from '../model/itinerary.js';
import { createRouter } from './create-router.js';

/**
 * The tiny dataset plus Kaohsiung and a Xiamen → Kaohsiung → Singapore loop priced per origin–destination
 * pair (figures made up for the test): northbound Kaohsiung → Xiamen is cheaper than its share of the
 * Singapore → Xiamen rate would be, and Xiamen → Kaohsiung dearer than its share by distance.
 */
const PAIR_RATES = [
  { from: ['xmn_port'], to: ['khh_port'], usdPerTeu: 200, asOf: '2025-04-10', lane: 'intra-asia', sources: ['X1'] },
  {
    from: ['xmn_port', 'khh_port'],
    to: ['sin_port'],
    usdPerTeu: 550,
    asOf: '2025-04-10',
    lane: 'asia-sea',
    sources: ['X1'],
  },
  { from: ['sin_port'], to: ['khh_port'], usdPerTeu: 250, asOf: '2025-04-11', lane: 'intra-asia', sources: ['X1'] },
  { from: ['sin_port'], to: ['xmn_port'], usdPerTeu: 300, asOf: '2025-04-11', lane: 'intra-asia', sources: ['X1'] },
  { from: ['khh_port'], to: ['xmn_port'], usdPerTeu: 100, asOf: '2025-04-11', lane: 'intra-asia', sources: ['X1'] },
];

function withLoop(rates: readonly Record<string, unknown>[] = PAIR_RATES, extra: Record<string, unknown> = {}) {
  const services = JSON.parse(tinyDataset['services.json'] as string) as { services: Record<string, unknown>[] };
  services.services.push({
    id: 'sea_loop',
    mode: 'sea',
    nameEn: 'Xiamen–Kaohsiung–Singapore loop',
    vehicle: 'feeder-container',
    stops: [
      { terminal: 'xmn_port', dwellHours: 12 },
      { terminal: 'khh_port', dwellHours: 12 },
      { terminal: 'sin_port', dwellHours: 12 },
    ],
    frequencyPerWeek: 1,
    unitCapacity: { teu: 1700 },
    speedKmh: 25.6,
    tariffs: rates,
    bidirectional: true,
    sources: ['X1'],
    ...extra,
  });
  const add = (file: string, line: string) => `${(tinyDataset[file] as string).trimEnd()}\n${line}\n`;
  return {
    ...tinyDataset,
    'places.csv': add('places.csv', 'TWKHH,Kaohsiung,高雄,120.311,22.627,TW,east-asia,S1'),
    'terminals.csv': add(
      'terminals.csv',
      'khh_port,seaport,TWKHH,Kaohsiung port,高雄港,120.280,22.560,TW,,TWKHH,,,,24,150,,,,,,S1',
    ),
    'sea-lanes.csv': add('sea-lanes.csv', 'lane_khh_scs,khh_port,wp_scs,,,X1'),
    'road-links.csv': add('road-links.csv', 'rd_khh_port,TWKHH,khh_port,1.3,X1'),
    'services.json': JSON.stringify(services),
  };
}

const router = createRouter(loadNetwork(withLoop()));

function seaLeg(from: string, to: string) {
  const result: RouteResult = router.route({ from, to, modes: ['sea'], objective: 'cost' });
  if ('noRoute' in result) throw new Error(result.noRoute.reason);
  const best = result.itineraries[0] as Itinerary;
  const legs = best.legs.filter((leg) => leg.mode === 'sea');
  expect(legs).toHaveLength(1);
  return legs[0];
}

describe('a service priced per origin–destination pair', () => {
  it('charges each pair its own rate once, whatever stop the box boards at (both directions)', () => {
    expect(seaLeg('CNXMN', 'TWKHH')).toMatchObject({ service: 'sea_loop', costUsd: 200 });
    expect(seaLeg('CNXMN', 'SGSIN')).toMatchObject({ service: 'sea_loop', costUsd: 550 });
    expect(seaLeg('TWKHH', 'SGSIN')).toMatchObject({ service: 'sea_loop', costUsd: 550 });
    expect(seaLeg('SGSIN', 'TWKHH')?.costUsd).toBeCloseTo(250, 9);
    expect(seaLeg('TWKHH', 'CNXMN')?.costUsd).toBeCloseTo(100, 9);
  });

  it('beats a service with one dearer whole-run tariff on cost, on the pair it serves', () => {
    // The tiny dataset's own Xiamen–Singapore shuttle charges 600 per TEU; the loop's pair rate is 550.
    expect(seaLeg('CNXMN', 'SGSIN')?.service).toBe('sea_loop');
  });

  it('is refused when a pair it carries has no rate, naming the pair and the fix', () => {
    const issues = issuesOf(withLoop(PAIR_RATES.slice(0, 2)));
    const issue = issues.find((i) => /no rate from sin_port to khh_port \(reverse run\)/.test(i.message));
    expect(issue).toMatchObject({ file: 'services.json', field: 'tariffs' });
    expect(issue?.fix).toMatch(/add a tariffs entry/);
  });

  it('is refused when a rate date is not a real date, naming the field', () => {
    const rates = PAIR_RATES.map((r, k) => (k === 0 ? { ...r, asOf: '2025-02-30' } : r));
    const issue = issuesOf(withLoop(rates)).find((i) => i.field === 'asOf');
    expect(issue).toMatchObject({ file: 'services.json', pointer: '/services/3/tariffs/0/asOf', value: '2025-02-30' });
    expect(issue?.message).toMatch(/real calendar date/);
    expect(issue?.fix).toMatch(/YYYY-MM-DD/);
  });

  it('is refused with both a whole-run tariff and pair tariffs', () => {
    const issues = issuesOf(withLoop(PAIR_RATES, { tariff: { usdPerTeu: 500, sources: ['X1'] } }));
    expect(issues.find((i) => i.message === 'both a tariff and tariffs')?.fix).toMatch(/either tariff/);
  });

  it('is refused when a rate names a terminal the service does not stop at', () => {
    const rates = PAIR_RATES.map((r, k) => (k === 0 ? { ...r, to: ['pus_port'] } : r));
    const issue = issuesOf(withLoop(rates)).find((i) => i.field === 'to');
    expect(issue).toMatchObject({ pointer: '/services/3/tariffs/0/to/0', value: 'pus_port' });
  });
});
