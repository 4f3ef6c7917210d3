import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

interface LegJson {
  mode: string;
  service?: string;
  from: { id: string; nameEn: string };
  to: { id: string; nameEn: string };
  distanceKm: number;
  durationHours: number;
  costUsd: number;
  co2eKg: number;
  passages: string[];
  countries: string[];
  departure?: string;
  arrival?: string;
  emissions: Record<string, number | null>;
}

/** What `--geojson` prints, as far as the tests read it. */
interface GeoJsonOut {
  type: string;
  features: { id: string; geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[];
}

/** Every longitude in a GeoJSON coordinates array, however deeply nested. */
function longitudes(coordinates: unknown): number[] {
  if (!Array.isArray(coordinates)) return [];
  return typeof coordinates[0] === 'number' ? [coordinates[0]] : coordinates.flatMap(longitudes);
}

interface ItineraryJson {
  totals: { durationHours: number; costUsd: number; co2eKg: number; distanceKm: number };
  modes: string[];
  transfers: number;
  passages: string[];
  legs: LegJson[];
  waits: { kind: string; emissions?: Record<string, unknown> }[];
}

async function json(...argv: string[]): Promise<{ itineraries: ItineraryJson[] }> {
  const { code, out, err } = await run('route', ...argv, '--json');
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as { itineraries: ItineraryJson[] };
}

const rounded = (x: number, step: number) => Math.abs(Math.round(x / step) * step - x) < 1e-9;

describe('corridor route', () => {
  it('prints the heading, a summary line, the leg table and the waits, every line within 100 columns', async () => {
    const { code, out, err } = await run('route', 'Xiamen', 'Duisburg');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Xiamen \(CNXMN\) → Duisburg \(DEDUI\) · fastest · 1 TEU\n/);
    expect(out).toMatch(
      // The truck to Xiamen's own airport is drayage, no mode of the route; the truck on to Duisburg is a road leg.
      /\nRoute {2}\d+\.\d days · USD [\d,]+ · [\d.]+ t CO2e · [\d,.]+ km · air → road · 0 transfers/,
    );
    expect(out).toMatch(/\n {2}mode {2}service +from → to +km +time +USD +kg CO2e\n/);
    expect(out).toMatch(/\n {2}air {3}air-xmn-\S+ +Xiamen Gaoqi/);
    expect(out).toMatch(/\n {2}waits +[\d.]+ [hd]: Xiamen Gaoqi International Airport [\d.]+ h handling/);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--objective balanced --modes rail shows the border crossings with their gauge breaks', async () => {
    const { code, out } = await run('route', 'Xiamen', 'Duisburg', '--objective', 'balanced', '--modes', 'rail');
    expect(code).toBe(0);
    expect(out).toMatch(/· balanced \(money \+ value of time \+ carbon price\) · 1 TEU ·\s+modes rail\n/);
    expect(out).toMatch(/borders +Alashankou \/ Dostyk \([\d.]+ h, gauge break\) → Brest/);
  });

  it('splits the CO2e into well-to-wheel and tank-to-wheel, with intensities per t-km and TEU-km (ISO 14083)', async () => {
    const { code, out } = await run('route', 'Xiamen', 'Duisburg', '--objective', 'balanced', '--modes', 'rail');
    expect(code).toBe(0);
    expect(out).toMatch(
      /\n {2}CO2e {7}WTW [\d,]+ kg = transport [\d,]+ \(TTW [\d,]+ \+ WTT [\d,]+; WTW [\d.]+ \/ TTW [\d.]+ g per t-km,\s+[\d.,]+ \/ [\d.,]+ g per TEU-km\) \+ hubs [\d,]+ \(WTW only\)\n/,
    );
  });

  it('--json gives each leg its WTW, TTW and WTT with intensities, and each handling its hub operation', async () => {
    const { itineraries } = await json('Xiamen', 'Duisburg', '--objective', 'balanced', '--modes', 'rail');
    const [itinerary] = itineraries;
    const rail = itinerary?.legs.find((leg) => leg.mode === 'rail');
    expect(rail?.emissions).toMatchObject({ wtwIntensityGPerTonneKm: 25, wtwIntensityGPerTeuKm: 250 });
    expect(rail?.emissions.ttwCo2eKg).toBeGreaterThan(0);
    const handling = itinerary?.waits.find((w) => w.kind === 'handling');
    expect(handling?.emissions).toMatchObject({ ttwCo2eKg: null, wttCo2eKg: null });
  });

  it('--json prints totals, modes, transfers and legs with ids, rounded to 0.1 h, 1 USD, 1 kg and 0.1 km', async () => {
    const { itineraries } = await json('Xiamen', 'Duisburg', '--objective', 'cost');
    expect(itineraries).toHaveLength(1);
    const [itinerary] = itineraries as [ItineraryJson];
    expect(Object.keys(itinerary.totals)).toEqual(['durationHours', 'costUsd', 'co2eKg', 'distanceKm']);
    expect(itinerary.modes).toEqual(['sea', 'road']);
    expect(itinerary.transfers).toBe(0);
    expect(itinerary.legs.map((l) => l.mode)).toEqual(['road', 'sea', 'road']);
    // The engine's answer, as the library and the HTTP API give it: stops as objects, no service on a road leg.
    expect(itinerary.legs[0]).toMatchObject({ from: { id: 'CNXMN' }, to: { id: 'xmn_port_haicang' } });
    expect(itinerary.legs[0]?.service).toBeUndefined();
    expect(itinerary.legs.at(-1)?.to.id).toBe('DEDUI');
    for (const leg of itinerary.legs) {
      expect(Object.keys(leg)).toEqual(
        expect.arrayContaining([
          'mode',
          'from',
          'to',
          'distanceKm',
          'durationHours',
          'costUsd',
          'co2eKg',
          'passages',
          'countries',
          'rateAsOf',
        ]),
      );
      expect(rounded(leg.durationHours, 0.1) && rounded(leg.distanceKm, 0.1)).toBe(true);
      expect(Number.isInteger(leg.costUsd) && Number.isInteger(leg.co2eKg)).toBe(true);
      expect(leg).not.toHaveProperty('departure');
    }
    expect(itinerary.legs[1]?.passages).toContain('suez');
  });

  it('says the date of the rates each leg was charged at, in the table and in --json (WCI of 2025-04-10 [C04])', async () => {
    const table = await run('route', 'Xiamen', 'Los Angeles', '--modes', 'sea');
    expect(table.out).toMatch(/\n {2}rates {6}as of 2025-04-10\n/);
    const json = await run('route', 'Xiamen', 'Los Angeles', '--modes', 'sea', '--json');
    const legs = (JSON.parse(json.out) as { itineraries: { legs: { mode: string; rateAsOf: string | null }[] }[] })
      .itineraries[0]?.legs;
    expect(legs?.map((l) => [l.mode, l.rateAsOf])).toEqual([
      ['road', null],
      ['sea', '2025-04-10'],
      ['road', null],
    ]);
  });

  it('--json is byte-identical across runs', async () => {
    const first = await run('route', 'Xiamen', 'Duisburg', '--alternatives', '3', '--json');
    const second = await run('route', 'Xiamen', 'Duisburg', '--alternatives', '3', '--json');
    expect(first.out).toBe(second.out);
  });

  it('--modes sea --avoid suez goes round the Cape of Good Hope', async () => {
    const { itineraries } = await json('Xiamen', 'Rotterdam', '--modes', 'sea', '--avoid', 'suez');
    const passages = itineraries[0]?.passages ?? [];
    expect(passages).toContain('cape-of-good-hope');
    expect(passages).not.toContain('suez');
  });

  it('--alternatives 3 prints up to three numbered routes, best first', async () => {
    const { itineraries } = await json('Xiamen', 'Duisburg', '--alternatives', '3', '--objective', 'cost');
    expect(itineraries.length).toBeGreaterThan(1);
    const costs = itineraries.map((it) => it.totals.costUsd);
    expect([...costs].sort((a, b) => a - b)).toEqual(costs);
    const { out } = await run('route', 'Xiamen', 'Duisburg', '--alternatives', '3', '--objective', 'cost');
    expect(out).toMatch(/\nRoute 1 {2}/);
    expect(out).toMatch(/\nRoute 2 {2}/);
  });

  it('--depart times every leg and prints when it departs and arrives', async () => {
    const { itineraries } = await json('Xiamen', 'Duisburg', '--modes', 'rail', '--depart', '2026-12-01');
    const legs = itineraries[0]?.legs ?? [];
    expect(legs[0]?.departure).toBe('2026-12-01T00:00:00Z');
    for (const leg of legs) expect(leg.arrival).toMatch(/^2026-12-\d\dT\d\d:\d\d:\d\dZ$/);
    const { out } = await run('route', 'Xiamen', 'Duisburg', '--modes', 'rail', '--depart', '2026-12-01');
    expect(out).toMatch(/timed +departs 2026-12-01 00:00Z · arrives 2026-12-\d\d \d\d:\d\dZ\n/);
  });

  it('--alternatives 3 prints at most three routes, each saying why it is offered', async () => {
    const { code, out } = await run('route', 'Fuzhou', 'Łódź', '--alternatives', '3', '--objective', 'balanced');
    expect(code).toBe(0);
    const routes = out.match(/\nRoute( \d)? {2}/g) ?? [];
    expect(routes.length).toBeGreaterThanOrEqual(1);
    expect(routes.length).toBeLessThanOrEqual(3);
    if (routes.length > 1) expect(out.match(/\n {2}why {8}/g)?.length).toBe(routes.length);
    // Fuzhou trucks to Xiamen for the CR Express: no sea or air detour out of China and back.
    expect(out).toMatch(/\n {2}road +— +Fuzhou → Xiamen Haicang station/);
    expect(out).not.toMatch(/Taichung|New York/);
  });

  it('--teu 2 doubles the money of --teu 1 on the same route', async () => {
    const one = await json('Xiamen', 'Rotterdam', '--modes', 'sea', '--objective', 'cost');
    const two = await json('Xiamen', 'Rotterdam', '--modes', 'sea', '--objective', 'cost', '--teu', '2');
    expect(two.itineraries[0]?.totals.costUsd).toBeCloseTo(2 * (one.itineraries[0]?.totals.costUsd ?? 0), -1);
  });

  it('--via Xiamen takes Kaohsiung to Moscow across the Taiwan Strait and on by rail', async () => {
    // By any mode the fastest now trucks to Taipei and flies to Fuzhou; by sea and rail it crosses the strait.
    const { itineraries } = await json('Kaohsiung', 'Moscow', '--via', 'Xiamen', '--modes', 'sea,rail,road');
    expect(itineraries[0]?.modes).toEqual(['sea', 'rail']);
    expect(itineraries[0]?.passages).toEqual(['taiwan-strait']);
  });

  it('--geojson prints a line per leg, then a point per stop, each with a unique id and its figures', async () => {
    const { code, out } = await run('route', 'Xiamen', 'Duisburg', '--geojson');
    expect(code).toBe(0);
    const collection = JSON.parse(out) as GeoJsonOut;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.geometry.type)).toEqual([
      ...['LineString', 'LineString', 'LineString'],
      ...['Point', 'Point', 'Point', 'Point'],
    ]);
    const ids = collection.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(collection.features[1]?.id).toBe('itinerary:0:leg:1');
    expect(collection.features[1]?.properties).toMatchObject({
      kind: 'route-leg',
      itinerary: 0,
      leg: 1,
      mode: 'air',
      to: 'apt_ams',
      drayage: false,
    });
    expect(Object.keys(collection.features[0]?.properties ?? {})).toEqual(
      expect.arrayContaining(['fromName', 'toName', 'distanceKm', 'durationHours', 'costUsd', 'co2eKg']),
    );
    expect(collection.features[3]?.properties).toMatchObject({ kind: 'route-stop', stop: 0, at: 'CNXMN' });
  });

  it('--geojson cuts Xiamen → Los Angeles at the antimeridian; --no-split-antimeridian keeps one continuous line', async () => {
    const args = ['route', 'Xiamen', 'Los Angeles', '--modes', 'sea', '--geojson'];
    const split = JSON.parse((await run(...args)).out) as GeoJsonOut;
    const whole = JSON.parse((await run(...args, '--no-split-antimeridian')).out) as GeoJsonOut;
    const lons = (c: GeoJsonOut) => c.features.flatMap((f) => longitudes(f.geometry.coordinates));
    expect(split.features.map((f) => f.geometry.type)).toContain('MultiLineString');
    expect(Math.max(...lons(split).map(Math.abs))).toBeLessThanOrEqual(180);
    expect(whole.features.map((f) => f.geometry.type)).not.toContain('MultiLineString');
    expect(Math.max(...lons(whole))).toBeGreaterThan(180);
    expect(whole.features.map((f) => f.id)).toEqual(split.features.map((f) => f.id));
  });
});

describe('corridor route from a position', () => {
  it('snaps lon,lat to the nearest place and says how far it was', async () => {
    const { code, out } = await run('route', '118.2,24.6', 'Duisburg', '--objective', 'cost');
    expect(code).toBe(0);
    expect(out).toMatch(/from 118\.2,24\.6 snapped to Xiamen, \d+\.\d km away/);
    const { snaps } = JSON.parse((await run('route', '118.2,24.6', 'Duisburg', '--json')).out) as {
      snaps: { end: string }[];
    };
    expect(snaps[0]?.end).toBe('from');
  });

  it('refuses a position off the globe (exit 2), naming it', async () => {
    const { code, err } = await run('route', '200,24.6', 'Duisburg');
    expect(code).toBe(2);
    expect(err).toMatch(/from: "200,24\.6" — not a longitude,latitude pair/);
  });
});

describe('corridor route, when something is wrong', () => {
  it('exits 1 with the reason on stderr when every sea path uses an avoided passage', async () => {
    const { code, out, err } = await run(
      'route',
      'Xiamen',
      'Rotterdam',
      '--modes',
      'sea',
      '--avoid',
      'suez,cape-of-good-hope,panama',
    );
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^corridor: route: no route from Xiamen to Rotterdam: every sea path uses suez/);
    // Across the Pacific the Europe services would sail back past their own calls: suspended, and named.
    expect(err).toMatch(/allowing suez gives a route of [\d.]+ days; the closures suspend \d+ services .*\n$/);
  });

  it('with --json, also prints noRoute with the blockers and the relaxation on stdout', async () => {
    const argv = ['route', 'Xiamen', 'Rotterdam', '--modes', 'sea', '--avoid', 'suez,cape-of-good-hope,panama'];
    const { code, out } = await run(...argv, '--json');
    expect(code).toBe(1);
    const { noRoute } = JSON.parse(out) as {
      noRoute: { reason: string; blockedBy: string[]; relaxation: { change: string; totals: object } };
    };
    expect(noRoute.blockedBy).toEqual(['passage:suez', 'passage:cape-of-good-hope']);
    expect(noRoute.relaxation.change).toBe('allowing suez');
    expect(Object.keys(noRoute.relaxation.totals)).toEqual(['durationHours', 'costUsd', 'co2eKg', 'distanceKm']);
  });

  it('--avoid-countries RU with --modes rail has no route to Duisburg (exit 1)', async () => {
    const { code, err } = await run('route', 'Xiamen', 'Duisburg', '--modes', 'rail', '--avoid-countries', 'ru');
    expect(code).toBe(1);
    expect(err).toMatch(/crosses or calls at RU/);
  });

  it('exits 2 with a did-you-mean for an unknown place', async () => {
    const { code, out, err } = await run('route', 'Xiamen', 'Duisbrg');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('corridor: route: to: "Duisbrg" — unknown place or terminal; did you mean "Duisburg"?\n');
  });

  it('lists every bad argument at once, each with its fix, and exits 2', async () => {
    const { code, err } = await run(
      'route',
      'Xiamen',
      'Duisburg',
      '--modes',
      'see,rail',
      '--avoid',
      'sues',
      '--objective',
      'fast',
      '--depart',
      '2026-13-01',
      '--max-transfers',
      'many',
      '--alternatives',
      '40',
    );
    expect(code).toBe(2);
    expect(err).toMatch(/^corridor: route: 6 problems with the arguments\n/);
    expect(err).toMatch(/ {2}- --modes: "see" — unknown value; did you mean "sea"\?\n/);
    expect(err).toMatch(/ {2}- --avoid: "sues" — unknown value; did you mean "suez"\?\n/);
    expect(err).toMatch(/ {2}- --objective: "fast" — unknown value; use one of time, cost, co2, balanced\n/);
    expect(err).toMatch(/ {2}- --max-transfers: "many" — not a number\n/);
    expect(err).toMatch(/ {2}- --alternatives: "40" — must be ≤ 10\n/);
    expect(err).toMatch(/ {2}- --depart: "2026-13-01" — not a date; use YYYY-MM-DD/);
  });

  it('refuses --teu with --tonnes, and --json with --geojson (exit 2)', async () => {
    const both = await run('route', 'Xiamen', 'Duisburg', '--teu', '2', '--tonnes', '20');
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/'--teu <n>' cannot be used with option '--tonnes <n>'/);
    const formats = await run('route', 'Xiamen', 'Duisburg', '--json', '--geojson');
    expect(formats.code).toBe(2);
  });

  it('refuses a border crossing as an end, saying what to give instead (exit 2)', async () => {
    const { code, err } = await run('route', 'alashankou_dostyk', 'Duisburg');
    expect(code).toBe(2);
    expect(err).toBe(
      'corridor: route: from: "alashankou_dostyk" — a border crossing is passed on a train, not a start or end; ' +
        'give the place or terminal on either side\n',
    );
  });

  it('--container reefer adds the sourced sea surcharge as its own line of the sea leg [C28][X181]', async () => {
    const args = ['Xiamen', 'Rotterdam', '--modes', 'sea', '--objective', 'cost', '--feu', '1'] as const;
    const dry = await json(...args);
    const reefer = await json(...args, '--container', 'reefer');
    const sea = (answer: typeof dry) =>
      answer.itineraries[0]?.legs.find((leg) => leg.mode === 'sea') as LegJson & {
        costBreakdown: { reefer?: { costed: boolean; usd?: number; sources: string[]; asOf?: string } };
      };
    // Xeneta's reefer premium, USD 493 per FEU (2023-03-09), once on the sea leg of one FEU.
    expect(sea(reefer).costUsd - sea(dry).costUsd).toBeCloseTo(493, 6);
    expect(sea(reefer).costBreakdown.reefer).toEqual({
      costed: true,
      usd: 493,
      sources: ['C28', 'X181'],
      asOf: '2023-03-09',
    });
    expect(sea(dry).costBreakdown.reefer).toBeUndefined();
  });

  it('--feu 1 costs what --teu 2 does', async () => {
    const feu = await json('Xiamen', 'Rotterdam', '--modes', 'sea', '--objective', 'cost', '--feu', '1');
    const teu = await json('Xiamen', 'Rotterdam', '--modes', 'sea', '--objective', 'cost', '--teu', '2');
    expect(feu.itineraries[0]?.totals.costUsd).toBe(teu.itineraries[0]?.totals.costUsd);
  });

  it('prints a reefer line that says rail is not costed, rather than a number', async () => {
    const { code, out } = await run('route', 'Xiamen', 'Hamburg', '--modes', 'rail', '--container', 'reefer');
    expect(code).toBe(0);
    expect(out).toMatch(/1 TEU reefer/);
    expect(out).toMatch(/reefer not costed for rail: no published figure \[X183\]/);
  });

  it('refuses an unknown --container, naming the flag and the allowed values (exit 2)', async () => {
    const { code, err } = await run('route', 'Xiamen', 'Duisburg', '--container', 'frozen');
    expect(code).toBe(2);
    expect(err).toBe('corridor: route: --container: "frozen" — unknown value; use one of dry, reefer\n');
  });

  it('names --feu, not --teu, for a bad FEU size (exit 2)', async () => {
    const { code, err } = await run('route', 'Xiamen', 'Duisburg', '--feu', '0');
    expect(code).toBe(2);
    expect(err).toMatch(/--feu: "0" — must be > 0/);
  });

  it('refuses a shipment of zero TEU (exit 2)', async () => {
    const { code, err } = await run('route', 'Xiamen', 'Duisburg', '--teu', '0');
    expect(code).toBe(2);
    expect(err).toMatch(/--teu: "0" — must be > 0/);
  });
});
