import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import type { Itinerary, ItineraryLeg } from '../model/itinerary.js';
import type { Mode } from '../model/network.js';
import { createRouter } from './create-router.js';
import { MAX_STRETCH, mainModeOf, selectOptions } from './select-options.js';

const stop = (id: string) => ({ id, nameEn: id, nameZh: id, kind: 'terminal', position: [0, 0] }) as const;

/** A hand-made itinerary: one ride per mode, given totals and objective value, crossing the given borders. */
function option(modes: Mode[], days: number, usd: number, tonnes: number, value: number, crossings: string[] = []) {
  const legs = modes.map(
    (mode, i) => ({ mode, service: `${mode}-${i}`, from: stop(`a${i}`), to: stop(`b${i}`) }) as unknown as ItineraryLeg,
  );
  return {
    totals: { durationHours: days * 24, costUsd: usd, co2eKg: tonnes * 1000, distanceKm: 1 },
    modes,
    legs: [...legs, { mode: 'road', from: stop('x'), to: stop(`${days}-${usd}`) } as unknown as ItineraryLeg],
    waits: [],
    borderCrossings: crossings.map((id) => ({ terminal: stop(id), service: 'rail-0', startHours: 0, dwellHours: 1 })),
    passages: [],
    countries: [],
    transfers: 0,
    objectiveValue: value,
  } as unknown as Itinerary;
}

describe('selectOptions()', () => {
  it('names the main modes of an option by its rides, drayage aside', () => {
    expect(mainModeOf(option(['rail', 'sea'], 20, 2000, 3, 1))).toBe('sea+rail');
    expect(mainModeOf(option([], 1, 100, 0.1, 1))).toBe('road');
  });

  it(`offers the best of each other main mode, and same-mode alternatives only within ${MAX_STRETCH} × that mode's best`, () => {
    const best = option(['rail'], 20, 2000, 3, 1000);
    const sea = option(['sea'], 34, 1600, 2, 1500);
    const railNear = option(['rail'], 21, 1900, 3.1, 1200, ['khorgos']);
    const railFar = option(['rail'], 22, 1800, 3.2, 1300, ['erenhot']);
    const chosen = selectOptions(best, [railFar, sea, railNear], 4, 'balanced');
    expect(chosen.map((i) => i.option?.kind)).toEqual(['best', 'best-of-mode', 'alternative']);
    expect(chosen[1]?.option?.reason).toBe('best by sea');
    expect(chosen[2]?.option?.reason).toMatch(/1\.20 × the best by rail/);
  });

  it('offers an option worse on time, cost and CO2e only as a backup through another crossing, and says so', () => {
    const best = option(['rail'], 20, 2000, 3, 1000, ['alashankou']);
    const sameWay = option(['rail'], 21, 2100, 3.1, 1100, ['alashankou']);
    const otherWay = option(['rail'], 22, 2200, 3.2, 1150, ['khorgos']);
    const chosen = selectOptions(best, [sameWay, otherWay], 3, 'time');
    expect(chosen).toHaveLength(2);
    expect(chosen[1]?.option?.kind).toBe('backup');
    expect(chosen[1]?.option?.reason).toMatch(/worse than option 1 .* another border crossing \(khorgos\)/);
  });

  it('gives each reason a stable code and the figures it is worded from, for a front end to word', () => {
    const best = option(['rail'], 20, 2000, 3, 1000, ['alashankou']);
    const sea = option(['sea'], 34, 1600, 2, 1500);
    const near = option(['rail'], 20.5, 1950, 3.05, 1200, ['alashankou']);
    const otherWay = option(['rail'], 22, 2200, 3.2, 1150, ['khorgos']);
    const chosen = selectOptions(best, [sea, near, otherWay], 4, 'cost');
    expect(chosen.map((i) => i.option?.code)).toEqual(['best', 'best-of-mode', 'backup-crossing', 'alternative']);
    expect(chosen[0]?.option?.params).toEqual({ objective: 'cost' });
    expect(chosen[2]?.option?.params).toEqual({
      crossings: [{ id: 'khorgos', nameEn: 'khorgos', nameZh: 'khorgos' }],
      bestOfMode: false,
      worseThanOption: 1,
    });
    expect(chosen[3]?.option?.params.stretch).toBeCloseTo(1.2, 10);
  });

  it('never returns more options than asked for', () => {
    const best = option(['rail'], 20, 2000, 3, 1000);
    const others = [option(['sea'], 34, 1600, 2, 1500), option(['air'], 2, 50_000, 60, 9000)];
    expect(selectOptions(best, others, 2, 'balanced')).toHaveLength(2);
    expect(selectOptions(best, others, 1, 'balanced').map((i) => i.option?.kind)).toEqual(['best']);
  });
});

describe('route options on the Fujian network', () => {
  const router = createRouter(fujianNetwork);

  it('lists a transshipment’s discharge and loading as one handling, not twice', () => {
    const result = router.route({ from: 'Kaohsiung', to: 'Busan', modes: ['sea', 'road'] });
    const best = 'itineraries' in result ? result.itineraries[0] : undefined;
    const handling = best?.waits.filter((w) => w.kind === 'handling') ?? [];
    expect(handling.some((w) => w.lifts === 2)).toBe(true);
    for (let i = 1; i < handling.length; i++) expect(handling[i]?.at.id).not.toBe(handling[i - 1]?.at.id);
  });

  it('with road unchecked, trucks only between a place and its own terminals, and says they are drayage', () => {
    const result = router.route({ from: 'Xiamen', to: 'Duisburg', modes: ['rail'] });
    const best = 'itineraries' in result ? result.itineraries[0] : undefined;
    const road = best?.legs.filter((leg) => leg.mode === 'road') ?? [];
    expect(road.length).toBeGreaterThan(0);
    expect(road.every((leg) => leg.drayage === true)).toBe(true);
    expect(best?.modes).toEqual(['rail']);
  });

  it('has no route Quanzhou → Fuzhou by sea alone, and says the only sea path leaves China and comes back', () => {
    // Fuzhou → Xiamen has a sea route since COSCO's US West Coast loop calls Jiangyin, then Xiamen (Q01).
    const result = router.route({ from: 'Quanzhou', to: 'Fuzhou', modes: ['sea'] });
    expect('noRoute' in result && result.noRoute.reason).toMatch(/the only paths left leave CN and come back/);
  });

  it('drives Fuzhou → Xiamen by road, on a direct link of about 280 km', () => {
    const result = router.route({ from: 'Fuzhou', to: 'Xiamen', modes: ['road'] });
    const legs = 'itineraries' in result ? (result.itineraries[0]?.legs ?? []) : [];
    expect(legs).toHaveLength(1);
    expect(legs[0]?.distanceKm).toBeGreaterThan(250);
    expect(legs[0]?.distanceKm).toBeLessThan(320);
  });
});
