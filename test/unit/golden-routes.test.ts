// Golden routes: a dozen Fujian queries through the library, each written as a GeoJSON FeatureCollection of
// its legs under test/fixtures/golden-routes/ (open one on geojson.io or in QGIS to see the route). The files
// are compared byte for byte; they are rewritten only with UPDATE_GOLDEN=1 (see the README beside them).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  countAntimeridianJumps,
  type Itinerary,
  itineraryFeatures,
  type RouteQuery,
  type RouteResult,
  type Totals,
} from '@corridor/core';
import { createRouter } from '@corridor/core/routing';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'golden-routes');
const update = process.env.UPDATE_GOLDEN === '1';
const router = createRouter(fujianNetwork);

const tenth = (x: number) => Math.round(x * 10) / 10 || 0;
const whole = (x: number) => Math.round(x) || 0;
const roundTotals = (t: Totals): Totals => ({
  durationHours: tenth(t.durationHours),
  costUsd: whole(t.costUsd),
  co2eKg: whole(t.co2eKg),
  distanceKm: tenth(t.distanceKm),
});
const days = (hours: number) => hours / 24;

/** The answer as a FeatureCollection: one LineString per leg, the itinerary's totals in every feature. */
function goldenGeoJson(query: RouteQuery, result: RouteResult): string {
  const collection =
    'noRoute' in result
      ? {
          type: 'FeatureCollection',
          query,
          noRoute: {
            reason: result.noRoute.reason,
            blockedBy: result.noRoute.blockedBy,
            ...(result.noRoute.relaxation === undefined
              ? {}
              : {
                  relaxation: {
                    change: result.noRoute.relaxation.change,
                    totals: roundTotals(result.noRoute.relaxation.totals),
                  },
                }),
          },
          features: [],
        }
      : { type: 'FeatureCollection', query, features: features(result.itineraries[0] as Itinerary) };
  // Indented for readable diffs, with each [lon, lat] pair on one line.
  return `${JSON.stringify(collection, null, 2).replace(/\[\s+(-?[\d.e-]+),\s+(-?[\d.e-]+)\s+\]/g, '[$1, $2]')}\n`;
}

/** The legs as `itineraryFeatures` draws them, in the golden files' layout (no ids; the route's figures added). */
function features(itinerary: Itinerary) {
  const totals = roundTotals(itinerary.totals);
  return itineraryFeatures(itinerary, { stops: false }).features.map(({ properties: p, geometry }) => {
    if (p.kind !== 'route-leg') throw new Error(`expected only legs, got a ${p.kind}`);
    return {
      type: 'Feature',
      properties: {
        leg: p.leg,
        mode: p.mode,
        service: p.service,
        from: p.from,
        to: p.to,
        fromName: p.fromName,
        toName: p.toName,
        ...(p.departure === null ? {} : { departure: p.departure, arrival: p.arrival }),
        distanceKm: p.distanceKm,
        durationHours: p.durationHours,
        costUsd: p.costUsd,
        co2eKg: p.co2eKg,
        passages: p.passages,
        countries: p.countries,
        borderCrossings: p.borderCrossings,
        totals,
        modes: itinerary.modes,
        transfers: itinerary.transfers,
        routePassages: itinerary.passages,
      },
      geometry,
    };
  });
}

/** Writes the golden file (UPDATE_GOLDEN=1) or compares with it. */
function golden(name: string, query: RouteQuery, result: RouteResult): void {
  const file = join(fixtures, `${name}.geojson`);
  const text = goldenGeoJson(query, result);
  if (update) {
    mkdirSync(fixtures, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  expect(existsSync(file), `${file} is missing; run UPDATE_GOLDEN=1 pnpm exec vitest run golden-routes`).toBe(true);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

function itineraryOf(result: RouteResult): Itinerary {
  if ('noRoute' in result) throw new Error(`expected a route, got no route: ${result.noRoute.reason}`);
  return result.itineraries[0] as Itinerary;
}

function routed(name: string, query: RouteQuery): Itinerary {
  const result = router.route(query);
  golden(name, query, result);
  return itineraryOf(result);
}

describe('golden Fujian routes', () => {
  it('Xiamen → Duisburg by time flies, in 2 to 4 days', () => {
    const it = routed('xiamen-duisburg-time', { from: 'Xiamen', to: 'Duisburg', objective: 'time' });
    expect(it.modes).toContain('air');
    expect(days(it.totals.durationHours)).toBeGreaterThan(2);
    expect(days(it.totals.durationHours)).toBeLessThan(4);
  });

  it('Xiamen → Duisburg by cost sails through Suez, in 30 to 45 days', () => {
    const it = routed('xiamen-duisburg-cost', { from: 'Xiamen', to: 'Duisburg', objective: 'cost' });
    expect(it.legs.map((l) => l.mode)).toContain('sea');
    expect(it.passages).toContain('suez');
    expect(days(it.totals.durationHours)).toBeGreaterThan(30);
    expect(days(it.totals.durationHours)).toBeLessThan(45);
  });

  it('Xiamen → Duisburg by CO2e sails, emitting no more than the cheapest route', () => {
    const it = routed('xiamen-duisburg-co2', { from: 'Xiamen', to: 'Duisburg', objective: 'co2' });
    const cheapest = itineraryOf(router.route({ from: 'Xiamen', to: 'Duisburg', objective: 'cost' }));
    expect(it.modes).toContain('sea');
    expect(it.totals.co2eKg).toBeLessThanOrEqual(cheapest.totals.co2eKg);
    expect(days(it.totals.durationHours)).toBeGreaterThan(30);
    expect(days(it.totals.durationHours)).toBeLessThan(45);
  });

  it('Xiamen → Duisburg balanced takes the China–Europe train, in 15 to 25 days', () => {
    const it = routed('xiamen-duisburg-balanced', { from: 'Xiamen', to: 'Duisburg', objective: 'balanced' });
    expect(it.modes).toContain('rail');
    expect(it.borderCrossings.some((b) => b.gaugeChange)).toBe(true);
    expect(days(it.totals.durationHours)).toBeGreaterThan(15);
    expect(days(it.totals.durationHours)).toBeLessThan(25);
  });

  it('Xiamen → Rotterdam by sea only goes through Suez in 30 to 45 days', () => {
    const it = routed('xiamen-rotterdam-sea', { from: 'Xiamen', to: 'Rotterdam', modes: ['sea'] });
    expect(it.legs.filter((l) => l.service !== undefined).every((l) => l.mode === 'sea')).toBe(true);
    expect(it.passages).toContain('suez');
    expect(days(it.totals.durationHours)).toBeGreaterThan(30);
    expect(days(it.totals.durationHours)).toBeLessThan(45);
  });

  it('Xiamen → Rotterdam by sea avoiding Suez goes round the Cape of Good Hope, 7 to 14 days longer', () => {
    const query: RouteQuery = { from: 'Xiamen', to: 'Rotterdam', modes: ['sea'], avoidPassages: ['suez'] };
    const it = routed('xiamen-rotterdam-sea-avoid-suez', query);
    const viaSuez = itineraryOf(router.route({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea'] }));
    expect(it.passages).toContain('cape-of-good-hope');
    expect(it.passages).not.toContain('suez');
    const extraDays = days(it.totals.durationHours - viaSuez.totals.durationHours);
    expect(extraDays).toBeGreaterThanOrEqual(7);
    expect(extraDays).toBeLessThanOrEqual(14);
  });

  it('Xiamen → Rotterdam by sea avoiding Suez, the Cape and Panama has no route, and allowing Suez restores one', () => {
    const query: RouteQuery = {
      from: 'Xiamen',
      to: 'Rotterdam',
      modes: ['sea'],
      avoidPassages: ['suez', 'cape-of-good-hope', 'panama'],
    };
    const result = router.route(query);
    golden('xiamen-rotterdam-sea-no-passage', query, result);
    if (!('noRoute' in result)) throw new Error('expected no route');
    // Panama is no blocker: across the Pacific the Europe services would sail back past their own calls (X133).
    expect(result.noRoute.blockedBy).toEqual(['passage:suez', 'passage:cape-of-good-hope']);
    expect(result.noRoute.relaxation?.change).toBe('allowing suez');
  });

  it('Fuzhou → Łódź balanced trucks to Xiamen and takes the CR Express, never leaving China to come back', () => {
    const it = routed('fuzhou-lodz-balanced', { from: 'Fuzhou', to: 'Łódź', objective: 'balanced' });
    expect(it.legs[0]?.mode).toBe('road');
    expect(it.legs[0]?.to.id).toMatch(/^xmn_/);
    expect(it.legs[1]?.service).toMatch(/^crx-xmn/);
    expect(it.legs[0]?.distanceKm).toBeGreaterThan(250);
    expect(it.legs[0]?.distanceKm).toBeLessThan(320);
  });

  it('Xiamen → Los Angeles by sea crosses the Pacific, each leg one continuous line', () => {
    const it = routed('xiamen-los-angeles-sea', { from: 'Xiamen', to: 'Los Angeles', modes: ['sea'] });
    const sea = it.legs.find((l) => l.mode === 'sea');
    expect(sea).toBeDefined();
    // Unwrapped eastwards past 180°: one line across the Pacific, not two halves at either edge of the map.
    expect(Math.max(...(sea?.geometry.coordinates ?? []).map(([lon = 0]) => lon))).toBeGreaterThan(180);
    for (const leg of it.legs) {
      expect(countAntimeridianJumps(leg.geometry.coordinates)).toBe(0);
      const c = leg.geometry.coordinates;
      for (let i = 1; i < c.length; i++) expect(Math.abs((c[i]?.[0] ?? 0) - (c[i - 1]?.[0] ?? 0))).toBeLessThan(10);
    }
    expect(days(it.totals.durationHours)).toBeGreaterThan(14);
    expect(days(it.totals.durationHours)).toBeLessThan(35);
  });

  it('Fuzhou → Vientiane by rail rides the China–Laos railway through Mohan / Boten', () => {
    const it = routed('fuzhou-vientiane-rail', { from: 'Fuzhou', to: 'Vientiane', modes: ['rail'] });
    expect(it.countries).toEqual(expect.arrayContaining(['CN', 'LA']));
    expect(it.borderCrossings.map((b) => b.terminal.id)).toContain('mohan_boten');
    // The ride is under a week; the monthly train's average wait (half its four-week headway) dominates the total.
    const ride = it.legs.find((l) => l.mode === 'rail');
    expect(days(ride?.durationHours ?? 0)).toBeLessThan(8);
  });

  it('Chengdu → Singapore at least cost goes by land to a Fujian port and on by sea', () => {
    const it = routed('chengdu-singapore-land-sea', { from: 'Chengdu', to: 'Singapore', objective: 'cost' });
    const rides = it.legs.filter((l) => l.service !== undefined).map((l) => l.mode);
    expect(rides).toEqual(['rail', 'sea']);
    expect(days(it.totals.durationHours)).toBeLessThan(25);
  });

  it('Kaohsiung → Moscow via Xiamen crosses the Taiwan Strait by sea and goes on by rail', () => {
    // By sea, rail and road: with air allowed the fastest trucks to Taipei and flies to Fuzhou.
    const it = routed('kaohsiung-xiamen-moscow-via', {
      from: 'Kaohsiung',
      to: 'Moscow',
      via: 'Xiamen',
      modes: ['sea', 'rail', 'road'],
    });
    expect(it.passages).toEqual(['taiwan-strait']);
    const rides = it.legs.filter((l) => l.service !== undefined);
    expect(rides.map((l) => l.mode)).toEqual(['sea', 'rail']);
    expect(rides[0]?.to.id).toMatch(/^xmn_/);
    expect(days(it.totals.durationHours)).toBeGreaterThan(15);
    expect(days(it.totals.durationHours)).toBeLessThan(30);
  });

  it('Xiamen → Duisburg by rail avoiding Russia has no route, and allowing RU restores one', () => {
    const query: RouteQuery = { from: 'Xiamen', to: 'Duisburg', modes: ['rail'], avoidCountries: ['RU'] };
    const result = router.route(query);
    golden('xiamen-duisburg-rail-avoid-ru', query, result);
    if (!('noRoute' in result)) throw new Error('expected no route');
    expect(result.noRoute.blockedBy).toEqual(['country:RU']);
    expect(result.noRoute.relaxation?.change).toBe('allowing country RU');
  });

  it('Xiamen → Duisburg by rail departing 2026-12-01 is timed on the weekly train, arrival minus departure = total', () => {
    const query: RouteQuery = { from: 'Xiamen', to: 'Duisburg', modes: ['rail'], depart: '2026-12-01' };
    const it = routed('xiamen-duisburg-rail-depart-2026-12-01', query);
    const first = it.legs[0];
    const last = it.legs.at(-1);
    expect(first?.departure).toBe('2026-12-01T00:00:00Z');
    const elapsedHours = (Date.parse(last?.arrival ?? '') - Date.parse(first?.departure ?? '')) / 3_600_000;
    expect(elapsedHours).toBeCloseTo(it.totals.durationHours, 0);
    expect(days(it.totals.durationHours)).toBeGreaterThan(15);
    expect(days(it.totals.durationHours)).toBeLessThan(25);
  });
});
