import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { createGraphCache } from '../graph/graph-cache.js';
import { prepareGraph } from '../graph/prepare-graph.js';
import { CorridorError } from '../model/corridor-error.js';
import type { Itinerary, RouteResult } from '../model/itinerary.js';
import { createRouter } from './create-router.js';
import { mainModeOf } from './select-options.js';

const router = createRouter(fujianNetwork);

function itineraries(result: RouteResult): readonly Itinerary[] {
  if ('noRoute' in result) throw new Error(`expected a route, got: ${result.noRoute.reason}`);
  return result.itineraries;
}

const days = (itinerary: Itinerary | undefined) => (itinerary?.totals.durationHours ?? Number.NaN) / 24;

describe('createRouter().route()', () => {
  it('route() with { lines: false } answers the same itineraries, each leg’s geometry an empty line', () => {
    for (const query of [
      { from: 'Xiamen', to: 'Duisburg', alternatives: 3 },
      { from: 'Xiamen', to: 'Los Angeles', objective: 'cost' as const },
      { from: 'Xiamen', to: 'Rotterdam', modes: ['sea' as const], avoidPassages: ['suez' as const] },
    ]) {
      const drawn = router.route(query);
      const bare = router.route(query, { lines: false });
      if (!('itineraries' in drawn) || !('itineraries' in bare)) throw new Error('expected itineraries');
      const withoutLines = (result: { itineraries: readonly Itinerary[] }) =>
        result.itineraries.map(({ legs, ...rest }) => ({ ...rest, legs: legs.map(({ geometry: _, ...leg }) => leg) }));
      expect(withoutLines(bare)).toEqual(withoutLines(drawn));
      const points = bare.itineraries.flatMap((it) => it.legs.map((leg) => leg.geometry.coordinates.length));
      expect(new Set(points)).toEqual(new Set([0]));
      expect(drawn.itineraries[0]?.legs[0]?.geometry.coordinates.length).toBeGreaterThan(1);
    }
  });

  it('sends 2 TEU Xiamen → Duisburg by air when time is all that counts, by sea when cost is', () => {
    const fastest = itineraries(router.route({ from: 'Xiamen', to: 'Duisburg', teu: 2, objective: 'time' }))[0];
    const cheapest = itineraries(router.route({ from: 'Xiamen', to: 'Duisburg', teu: 2, objective: 'cost' }))[0];
    expect(fastest?.modes).toContain('air');
    expect(days(fastest)).toBeLessThan(5);
    expect(cheapest?.modes).toContain('sea');
    expect(days(cheapest)).toBeGreaterThan(28);
    expect(cheapest?.totals.costUsd).toBeLessThan(fastest?.totals.costUsd ?? 0);
  });

  it('routes the balanced objective by rail through two gauge breaks, reporting the countries crossed', () => {
    const best = itineraries(router.route({ from: 'Xiamen', to: 'Duisburg', teu: 2, objective: 'balanced' }))[0];
    expect(best?.modes).toContain('rail');
    expect(best?.borderCrossings.filter((b) => b.gaugeChange)).toHaveLength(2);
    expect(best?.countries).toEqual(expect.arrayContaining(['CN', 'KZ', 'RU', 'BY', 'PL', 'DE']));
  });

  it('re-routes sea services round the Cape when Suez is avoided, 7–14 days longer (FACTS.md §3.8)', () => {
    const viaSuez = itineraries(router.route({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea'] }))[0];
    const viaCape = itineraries(
      router.route({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea'], avoidPassages: ['suez'] }),
    )[0];
    expect(viaSuez?.passages).toContain('suez');
    expect(viaCape?.passages).toContain('cape-of-good-hope');
    expect(viaCape?.passages).not.toContain('suez');
    expect(days(viaCape) - days(viaSuez)).toBeGreaterThanOrEqual(7);
    expect(days(viaCape) - days(viaSuez)).toBeLessThanOrEqual(14);
  });

  it('returns no-route naming the closed passages and the one relaxation that restores a route', () => {
    const result = router.route({
      from: 'Xiamen',
      to: 'Rotterdam',
      modes: ['sea'],
      avoidPassages: ['suez', 'cape-of-good-hope', 'panama'],
    });
    expect('noRoute' in result).toBe(true);
    if (!('noRoute' in result)) return;
    expect(result.noRoute.blockedBy).toEqual(expect.arrayContaining(['passage:suez', 'passage:cape-of-good-hope']));
    expect(result.noRoute.blockedBy.every((b) => b.startsWith('passage:'))).toBe(true);
    expect(result.noRoute.relaxation?.change).toMatch(/^allowing /);
    expect(result.noRoute.reason).toMatch(/every sea path uses .*; allowing .* gives a route of \d+\.\d days/);
    // The same explanation as data, for a front end to word in its own language.
    expect(result.noRoute.code).toBe('blocked');
    expect(result.noRoute.params).toEqual({
      from: { id: 'CNXMN', nameEn: 'Xiamen', nameZh: '厦门' },
      to: { id: 'NLRTM', nameEn: 'Rotterdam', nameZh: '鹿特丹' },
      modes: ['sea'],
    });
    const suspended = result.noRoute.notes.find((note) => note.code === 'services-suspended');
    expect(suspended?.params.services.length).toBeGreaterThan(0);
    for (const service of suspended?.params.services ?? []) expect(result.noRoute.reason).toContain(service);
  });

  it('returns no-route when rail must avoid Russia, and says allowing it restores the train', () => {
    const result = router.route({ from: 'Xiamen', to: 'Duisburg', modes: ['rail'], avoidCountries: ['RU'] });
    expect('noRoute' in result && result.noRoute.blockedBy).toEqual(['country:RU']);
  });

  it('gives alternatives that differ materially, best first', () => {
    const found = itineraries(
      router.route({ from: 'Xiamen', to: 'Duisburg', teu: 2, objective: 'balanced', alternatives: 4 }),
    );
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < found.length; i++) {
      expect(found[i]?.objectiveValue).toBeGreaterThanOrEqual(found[i - 1]?.objectiveValue ?? 0);
    }
    const signatures = found.map((f) => f.legs.map((l) => l.service ?? `road:${l.to.id}`).join('>'));
    expect(new Set(signatures).size).toBe(found.length);
  });

  it('offers the best by sea beside a fastest route that flies and then takes a sea feeder', () => {
    // Xiamen → Hamburg: the fastest flies to Amsterdam and sails the feeder to Hamburg (main mode sea+air); the
    // all-water route is another main mode, so it is offered as the best by sea (it was skipped as "has sea").
    const options = itineraries(router.route({ from: 'Xiamen', to: 'Hamburg', alternatives: 3 }));
    const kinds = options.map((i) => [mainModeOf(i), i.option?.kind]);
    expect(kinds[0]?.[0]).toBe('sea+air');
    expect(kinds).toContainEqual(['sea', 'best-of-mode']);
    expect(kinds).toContainEqual(['rail', 'best-of-mode']);
  });

  it('keeps to the transfer limit, and to a via place', () => {
    const one = itineraries(router.route({ from: 'Chengdu', to: 'Singapore', maxTransfers: 1, alternatives: 3 }));
    expect(one.every((i) => i.transfers <= 1)).toBe(true);
    const none = router.route({ from: 'Chengdu', to: 'Singapore', maxTransfers: 0 });
    expect('noRoute' in none && none.noRoute.blockedBy).toEqual(['max-transfers']);
    expect('noRoute' in none && none.noRoute.reason).toMatch(/needs more transfers than allowed; lifting the limit/);
    const via = itineraries(
      router.route({ from: 'Fuzhou', to: 'Los Angeles', via: 'Xiamen', modes: ['sea', 'road'] }),
    )[0];
    const touched = via?.legs.flatMap((l) => [l.from.id, l.to.id]) ?? [];
    expect(touched.some((id) => id.startsWith('xmn'))).toBe(true);
    // Through Kaohsiung the only sea path comes back to Xiamen for the Pacific ship: it re-enters China.
    const back = router.route({ from: 'Xiamen', to: 'Los Angeles', via: 'Kaohsiung', modes: ['sea'] });
    expect('noRoute' in back && back.noRoute.blockedBy).toContain('via');
  });

  it('times a dated query on the timetables: legs carry departure and arrival, waits are exact', () => {
    const timed = itineraries(router.route({ from: 'Xiamen', to: 'Duisburg', depart: '2026-12-01' }))[0];
    expect(timed?.legs[0]?.departure).toBe('2026-12-01T00:00:00Z');
    const arrival = Date.parse(timed?.legs.at(-1)?.arrival ?? '');
    expect((arrival - Date.parse('2026-12-01T00:00:00Z')) / 3_600_000).toBeCloseTo(timed?.totals.durationHours ?? 0, 3);
  });

  it('snaps a position to the nearest place and reports the snap distance', () => {
    const result = router.route({ from: { position: [118.2, 24.6] }, to: 'Singapore' });
    expect(result.snaps[0]?.snappedTo.id).toBe('CNXMN');
    expect(result.snaps[0]?.distanceKm).toBeGreaterThan(0);
    expect(result.snaps[0]?.distanceKm).toBeLessThan(30);
  });

  it('throws CorridorError with a did-you-mean for an unknown passage, mode or place', () => {
    expect(() => router.route({ from: 'Xiamen', to: 'Rotterdam', avoidPassages: ['sues' as 'suez'] })).toThrow(
      /did you mean "suez"/,
    );
    expect(() => router.route({ from: 'Xiamen', to: 'Rotterdam', modes: ['rial' as 'rail'] })).toThrow(CorridorError);
    expect(() => router.route({ from: 'Xiamn', to: 'Rotterdam' })).toThrow(/did you mean/);
    expect(() => router.route({ from: 'Xiamen', to: 'Rotterdam', depart: 'tomorrow' })).toThrow(/depart/);
    expect(() => router.route({ from: 'Xiamen', to: 'Rotterdam', teu: -1 })).toThrow(/teu/);
  });

  it('gives byte-identical results from two routers', () => {
    const query = { from: 'Xiamen', to: 'Duisburg', teu: 2, objective: 'balanced', alternatives: 3 } as const;
    const again = createRouter(fujianNetwork);
    expect(JSON.stringify(again.route(query))).toBe(JSON.stringify(router.route(query)));
    expect(JSON.stringify(again.pareto(query))).toBe(JSON.stringify(router.pareto(query)));
  });
});

describe('createRouter() with a shared graph cache', () => {
  it('builds its graphs in the cache it is given, where two routers and the assignment find them', () => {
    const built: string[] = [];
    const graphCache = createGraphCache({
      build: (network, infrastructure, avoid) => {
        built.push([...avoid].sort().join(','));
        return prepareGraph(network, infrastructure, avoid);
      },
    });
    const first = createRouter(fujianNetwork, { graphCache });
    const second = createRouter(fujianNetwork, { graphCache, costing: { valueOfTimeUsdPerTeuDay: 100 } });
    const query = { from: 'Xiamen', to: 'Rotterdam', avoidPassages: ['suez'] } as const;
    expect(JSON.stringify(first.route(query))).toBe(JSON.stringify(router.route(query)));
    second.route(query);
    first.pareto({ from: 'Xiamen', to: 'Duisburg' });
    expect(second.graph([])).toBe(graphCache.prepared(fujianNetwork, []));
    expect(built).toEqual(['suez', '']);
  });
});

describe('createRouter().route() details', () => {
  it('draws consecutive legs continuously across the antimeridian (Xiamen → Los Angeles by sea, then truck)', () => {
    const best = itineraries(router.route({ from: 'Xiamen', to: 'USLAX', modes: ['sea'] }))[0];
    const legs = best?.legs ?? [];
    for (let i = 1; i < legs.length; i++) {
      const end = legs[i - 1]?.geometry.coordinates.at(-1)?.[0] ?? 0;
      const start = legs[i]?.geometry.coordinates[0]?.[0] ?? 0;
      expect(Math.abs(end - start)).toBeLessThan(1);
    }
  });

  it('lets a sea and rail route truck between two terminals of one city without allowing road', () => {
    const best = itineraries(router.route({ from: 'Chengdu', to: 'Singapore', modes: ['rail', 'sea'] }))[0];
    expect(best?.modes).toEqual(expect.arrayContaining(['rail', 'sea']));
    expect(best?.modes).not.toContain('air');
  });

  it('names the service of each ride, and refuses a route from a place to itself', () => {
    const best = itineraries(router.route({ from: 'Xiamen', to: 'Duisburg', objective: 'cost' }))[0];
    const ride = best?.legs.find((l) => l.service !== undefined);
    expect(ride?.serviceName).toMatch(/\w/);
    expect(() => router.route({ from: 'Xiamen', to: 'CNXMN' })).toThrow(/both Xiamen/);
  });
});

describe('createRouter() schedules and costing per query', () => {
  it('places every leg, wait and border dwell on one clock from the start of the route', () => {
    const best = itineraries(router.route({ from: 'Xiamen', to: 'Duisburg', objective: 'balanced' }))[0];
    const steps = [...(best?.legs ?? []), ...(best?.waits ?? [])].sort((a, b) => a.startHours - b.startHours);
    let clock = 0;
    for (const step of steps) {
      expect(step.startHours).toBeCloseTo(clock, 6);
      clock += step.durationHours;
    }
    expect(clock).toBeCloseTo(best?.totals.durationHours ?? 0, 6);
    for (const crossing of best?.borderCrossings ?? []) {
      const leg = best?.legs.find((l) => l.borderCrossings.includes(crossing.terminal.id));
      expect(crossing.startHours).toBeGreaterThan(leg?.startHours ?? Number.NaN);
      expect(crossing.startHours + crossing.dwellHours).toBeLessThan(
        (leg?.startHours ?? 0) + (leg?.durationHours ?? 0),
      );
    }
  });

  it('takes costing overrides per query without touching the router’s own', () => {
    const query = { from: 'Xiamen', to: 'Duisburg', teu: 2, objective: 'balanced' } as const;
    const cheapTime = itineraries(router.route(query, { costing: { valueOfTimeUsdPerTeuDay: 0 } }))[0];
    const dearTime = itineraries(router.route(query, { costing: { valueOfTimeUsdPerTeuDay: 100_000 } }))[0];
    expect(cheapTime?.modes).toContain('sea');
    expect(dearTime?.modes).toContain('air');
    expect(itineraries(router.route(query))[0]?.modes).toContain('rail');
    expect(router.costing.valueOfTimeUsdPerTeuDay).toBe(50);
  });

  it('names the relaxed constraint of a no-route by id', () => {
    const result = router.route({
      from: 'Xiamen',
      to: 'Rotterdam',
      modes: ['sea'],
      avoidPassages: ['suez', 'cape-of-good-hope', 'panama'],
    });
    expect('noRoute' in result && result.noRoute.blockedBy).toContain(
      'noRoute' in result ? result.noRoute.relaxation?.id : '',
    );
  });
});

describe('createRouter().pareto()', () => {
  it('returns a front of air, rail and sea options for Xiamen → Duisburg, fastest first', () => {
    const front = itineraries(router.pareto({ from: 'Xiamen', to: 'Duisburg', teu: 2 }));
    const modes = new Set(front.flatMap((i) => i.modes));
    expect([...modes]).toEqual(expect.arrayContaining(['air', 'rail', 'sea']));
    for (let i = 1; i < front.length; i++) {
      expect(front[i]?.totals.durationHours).toBeGreaterThanOrEqual(front[i - 1]?.totals.durationHours ?? 0);
    }
  });

  it('keeps only options through the via place', () => {
    const front = itineraries(router.pareto({ from: 'Xiamen', to: 'Rotterdam', via: 'Singapore' }));
    expect(front.length).toBeGreaterThan(0);
    for (const option of front) {
      const stops = option.legs.flatMap((l) => [l.from.id, l.to.id]);
      const passesSingapore =
        option.legs.some((l) => l.countries.includes('SG')) || stops.some((id) => id.startsWith('sin'));
      expect(passesSingapore).toBe(true);
    }
  });
});
