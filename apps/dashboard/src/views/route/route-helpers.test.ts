import { endpointOptions, type Itinerary, searchEndpoints, type Totals } from '@corridor/core/model';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/create-engine';
import { type DrawnItinerary, drawnItineraries } from './drawn-itinerary';
import { endpointName } from './endpoint-search';
import { dayTicks, legendStops, paretoScales, usdTickLabels, usdTicks } from './pareto-scales';
import { dominates, plannerOptions, sameTotals } from './planner-options';
import { costingOf, DEFAULT_PLANNER_QUERY, relaxQuery, toRouteQuery } from './planner-query';
import { durationText, formatDays, formatTonnesCo2e, formatUsd } from './route-format';
import { timelineSegments } from './timeline-segments';

const totals = (days: number, usd: number, tonnes: number): Totals => ({
  durationHours: days * 24,
  costUsd: usd,
  co2eKg: tonnes * 1000,
  distanceKm: 1000,
});

const itineraryWith = (t: Totals): DrawnItinerary =>
  ({
    totals: t,
    legs: [],
    waits: [],
    borderCrossings: [],
    passages: [],
    countries: [],
    modes: [],
  }) as unknown as DrawnItinerary;

function xiamenDuisburg(): readonly DrawnItinerary[] {
  const answer = createEngine().route({
    from: 'Xiamen',
    to: 'Duisburg',
    teu: 2,
    objective: 'balanced',
    alternatives: 3,
  });
  if (!answer.ok || !('itineraries' in answer.answer)) throw new Error('expected itineraries');
  return drawnItineraries(answer.answer);
}

describe('route formats', () => {
  it('writes days, dollars and tonnes of CO2e', () => {
    expect(formatDays(481.8)).toBe('20.1');
    expect(formatUsd(3641.8)).toBe('3,642');
    expect(formatTonnesCo2e(5567.3)).toBe('5.6');
    expect(formatTonnesCo2e(412)).toBe('0.41');
  });

  it('writes short durations in hours and long ones in days', () => {
    expect(durationText(0.23)).toEqual({ unit: 'hours', value: '0.2' });
    expect(durationText(12)).toEqual({ unit: 'hours', value: '12' });
    expect(durationText(84)).toEqual({ unit: 'days', value: '3.5' });
  });
});

describe('route options', () => {
  it('compares totals: the same, and dominance', () => {
    expect(sameTotals(totals(1, 2, 3), totals(1, 2, 3))).toBe(true);
    expect(dominates(totals(1, 2, 3), totals(1, 3, 3))).toBe(true);
    expect(dominates(totals(1, 2, 3), totals(1, 2, 3))).toBe(false);
    expect(dominates(totals(1, 4, 3), totals(2, 3, 3))).toBe(false);
  });

  it('lists the alternatives, then front points not among them, marking dominated ones', () => {
    const a = itineraryWith(totals(20, 3600, 5.5));
    const b = itineraryWith(totals(21, 4500, 6)); // dominated by a
    const c = itineraryWith(totals(34, 3300, 4.1));
    const options = plannerOptions([a, b], [itineraryWith(totals(20, 3600, 5.5)), c]);
    expect(options.map((option) => [option.origin, option.optimal])).toEqual([
      ['alternative', true],
      ['alternative', false],
      ['pareto', true],
    ]);
  });
});

describe('route options as displayed', () => {
  it('never shows more options than asked for, front points included', () => {
    const many = [20, 21, 22, 23, 24].map((days) => itineraryWith(totals(days, 5000 - days * 10, 5)));
    expect(plannerOptions(many.slice(0, 2), many.slice(2), 3)).toHaveLength(3);
    expect(plannerOptions(many, [], 3)).toHaveLength(3);
  });

  it('marks an option Pareto only when no other shown option is as good on days, USD and t CO2e as displayed', () => {
    // The case: 37.5 d / USD 3,968 / 4.1 t was tagged beside 34.3 d / USD 3,305 / 4.1 t.
    const slow = itineraryWith(totals(37.5, 3968, 4.1));
    const fast = itineraryWith(totals(34.3, 3305, 4.06)); // shows as 4.1 t, though 40 kg less
    const options = plannerOptions([slow, fast], [], 3);
    expect(options.map((option) => option.optimal)).toEqual([false, true]);
    // Two options that read the same in every column: neither is marked.
    const twin = itineraryWith(totals(34.31, 3305.2, 4.1));
    expect(plannerOptions([fast, twin], [], 3).map((option) => option.optimal)).toEqual([false, false]);
  });
});

describe('pareto scales', () => {
  const frame = { width: 300, height: 200, margin: { top: 10, right: 10, bottom: 30, left: 50 } };

  it('maps days across and dollars up inside the frame, CO2e to a light-to-dark colour', () => {
    const scales = paretoScales([totals(20, 3600, 5.5), totals(34, 3300, 4.1)], frame);
    expect(scales.x(20)).toBeGreaterThanOrEqual(50);
    expect(scales.x(34)).toBeLessThanOrEqual(290);
    expect(scales.x(34)).toBeGreaterThan(scales.x(20));
    expect(scales.y(3600)).toBeLessThan(scales.y(3300));
    expect(scales.co2Range).toEqual([4.1, 5.5]);
    const luminance = (colour: string): number => {
      const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
      return (r ?? 0) + (g ?? 0) + (b ?? 0);
    };
    expect(luminance(scales.colour(4.1))).toBeGreaterThan(luminance(scales.colour(5.5)));
    const stops = legendStops(scales, 3);
    expect(stops.map((stop) => stop.offset)).toEqual([0, 0.5, 1]);
    expect(stops[0]?.colour).toBe(scales.colour(4.1));
  });

  it('draws USD on a log scale when air costs 30 times sea, with 1-2-5 ticks, so air and the surface options share the chart', () => {
    const scales = paretoScales([totals(2.3, 116_000, 130), totals(20, 3600, 5.5), totals(34, 3300, 4.1)], frame);
    expect(scales.yLog).toBe(true);
    // A linear scale over 3,300…116,000 USD would put them 0.3 px apart; the log scale keeps them apart.
    expect(scales.y(3300) - scales.y(3600)).toBeGreaterThan(1.5);
    const ticks = usdTicks(scales);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(usdTicks(paretoScales([totals(20, 3600, 5.5), totals(34, 3300, 4.1)], frame)).length).toBeGreaterThan(1);
  });

  it('gives a single point room on every scale', () => {
    const scales = paretoScales([totals(20, 3600, 5.5)], frame);
    expect(scales.x.domain()[0]).toBeLessThan(20);
    expect(scales.x.domain()[1]).toBeGreaterThan(20);
    expect(scales.co2Range[0]).toBeLessThan(scales.co2Range[1]);
  });

  it('never repeats a tick label, for one option or for options a few hours apart', () => {
    // Cheapest to Budapest: one option at 23.6 days read "23, 23, 24, 24, 25" on the day axis.
    for (const points of [[totals(23.6, 3900, 4.2)], [totals(23.6, 3900, 4.2), totals(23.7, 3900, 4.2)]]) {
      const scales = paretoScales(points, frame);
      const days = dayTicks(scales).map((tick) => tick.label);
      expect(days.length).toBeGreaterThanOrEqual(2);
      expect(new Set(days).size).toBe(days.length);
      const usd = usdTickLabels(scales).map((tick) => tick.label);
      expect(new Set(usd).size).toBe(usd.length);
    }
  });
});

describe('timeline segments', () => {
  it('lays out rides and waits in travel order, end to end, with border dwells inside the rail ride', () => {
    const [best] = xiamenDuisburg();
    if (best === undefined) throw new Error('no itinerary');
    const segments = timelineSegments(best);
    let clock = 0;
    for (const segment of segments) {
      expect(segment.startHours).toBeCloseTo(clock, 6);
      clock = segment.startHours + segment.hours;
    }
    expect(clock).toBeCloseTo(best.totals.durationHours, 6);
    expect(segments.map((segment) => segment.kind)).toEqual(['leg', 'wait', 'wait', 'leg', 'wait', 'leg']);
    const rail = segments.find((segment) => segment.kind === 'leg' && segment.mode === 'rail');
    if (rail?.kind !== 'leg') throw new Error('expected a rail ride');
    expect(rail.dwells.map((dwell) => dwell.terminalId)).toEqual(['alashankou_dostyk', 'brest_malaszewicze']);
    expect(rail.dwells.map((dwell) => dwell.startHours)).toEqual(
      best.borderCrossings.map((crossing) => crossing.startHours),
    );
    for (const dwell of rail.dwells) {
      expect(dwell.startHours).toBeGreaterThanOrEqual(rail.startHours);
      expect(dwell.startHours + dwell.hours).toBeLessThanOrEqual(rail.startHours + rail.hours + 1e-9);
    }
  });

  it('tiles a timed itinerary too', () => {
    const answer = createEngine().route({ from: 'Xiamen', to: 'Duisburg', teu: 2, depart: '2026-12-01' });
    if (!answer.ok || !('itineraries' in answer.answer)) throw new Error('expected itineraries');
    const [best] = drawnItineraries(answer.answer);
    if (best === undefined) throw new Error('no itinerary');
    const segments = timelineSegments(best);
    const last = segments.at(-1);
    expect((last?.startHours ?? 0) + (last?.hours ?? 0)).toBeCloseTo(best.totals.durationHours, 6);
  });

  it("orders by the library's start hours, drops waits of no time, and keeps a dwell in its own ride", () => {
    const stop = (id: string) => ({ id, nameEn: id, nameZh: id, kind: 'terminal', position: [0, 0] }) as const;
    const leg = (service: string, startHours: number, durationHours: number, borderCrossings: string[] = []) => ({
      mode: 'rail',
      service,
      from: stop(`${service}-a`),
      to: stop(`${service}-b`),
      startHours,
      durationHours,
      borderCrossings,
    });
    const itinerary = {
      legs: [leg('first', 0, 10, ['x']), leg('second', 14, 10, ['x'])],
      // Given out of order: the layout follows startHours, not the arrays.
      waits: [
        { at: stop('second-a'), kind: 'departure', startHours: 12, durationHours: 2 },
        { at: stop('second-a'), kind: 'handling', startHours: 10, durationHours: 2 },
        { at: stop('second-b'), kind: 'handling', startHours: 24, durationHours: 0 },
      ],
      borderCrossings: [
        { terminal: stop('x'), service: 'second', startHours: 20, dwellHours: 3, gaugeChange: true },
        { terminal: stop('x'), service: 'first', startHours: 4, dwellHours: 1, gaugeChange: false },
      ],
    } as unknown as Itinerary;
    const segments = timelineSegments(itinerary);
    expect(segments.map((segment) => [segment.kind, segment.startHours, segment.hours])).toEqual([
      ['leg', 0, 10],
      ['wait', 10, 2],
      ['wait', 12, 2],
      ['leg', 14, 10],
    ]);
    const dwells = segments.flatMap((segment) => (segment.kind === 'leg' ? [segment.dwells] : []));
    expect(dwells).toEqual([
      [{ terminalId: 'x', nameEn: 'x', nameZh: 'x', startHours: 4, hours: 1, gaugeChange: false }],
      [{ terminalId: 'x', nameEn: 'x', nameZh: 'x', startHours: 20, hours: 3, gaugeChange: true }],
    ]);
  });
});

describe('endpoint search', () => {
  const options = endpointOptions(fujianNetwork);

  it('finds places by code, English and Chinese name, places first', () => {
    expect(searchEndpoints(options, 'xmn')[0]?.id).toBe('CNXMN');
    expect(searchEndpoints(options, 'CNXMN')[0]?.id).toBe('CNXMN');
    expect(searchEndpoints(options, 'Xiamen')[0]?.id).toBe('CNXMN');
    expect(searchEndpoints(options, '杜伊斯堡')[0]?.id).toBe('DEDUI');
    expect(searchEndpoints(options, 'duisburg logport')[0]?.kind).toBe('rail-terminal');
    expect(searchEndpoints(options, 'no such place anywhere')).toEqual([]);
  });

  it('lists the first options for a blank query, at most the limit', () => {
    expect(searchEndpoints(options, '  ', 5)).toEqual(options.slice(0, 5));
    expect(endpointName({ nameEn: 'Xiamen', nameZh: '厦门' }, 'zh')).toBe('厦门');
  });
});

describe('planner query', () => {
  const query = { ...DEFAULT_PLANNER_QUERY, from: 'CNXMN', to: 'DEDUI', size: 2 };

  it('becomes a library query, with tonnes for air cargo and the depart date only when set', () => {
    expect(toRouteQuery(query)).toEqual({
      from: 'CNXMN',
      to: 'DEDUI',
      objective: 'balanced',
      teu: 2,
      modes: ['sea', 'rail', 'road', 'air'],
      avoidPassages: [],
      alternatives: 3,
    });
    expect(toRouteQuery({ ...query, sizeUnit: 'tonnes', depart: '2026-12-01' })).toMatchObject({
      tonnes: 2,
      depart: '2026-12-01',
    });
  });

  it('carries the weights for the balanced objective only', () => {
    expect(costingOf(query)).toEqual({ valueOfTimeUsdPerTeuDay: 50, carbonPriceUsdPerTonne: 100 });
    expect(costingOf({ ...query, objective: 'time' })).toBeUndefined();
  });

  it('applies a relaxation of a passage or a mode, and refuses others', () => {
    expect(relaxQuery({ ...query, avoidPassages: ['suez', 'panama'] }, 'passage:suez')?.avoidPassages).toEqual([
      'panama',
    ]);
    expect(relaxQuery({ ...query, modes: ['sea', 'road'] }, 'mode:rail')?.modes).toEqual(['sea', 'rail', 'road']);
    expect(relaxQuery(query, 'country:KZ')).toBeNull();
    expect(relaxQuery(query, 'max-transfers')).toBeNull();
    expect(relaxQuery(query, 'via')).toBeNull();
    expect(relaxQuery(query, 'passage:suez')).toBeNull();
  });
});
