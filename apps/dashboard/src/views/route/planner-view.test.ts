import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/create-engine';
import { type DrawnItinerary, drawnItineraries } from './drawn-itinerary';
import { costTotals, legRows } from './leg-rows';
import { OPTIONS_CSV_COLUMNS, optionsCsv } from './options-csv';
import { modeChain, plannerOptions } from './planner-options';
import { DEFAULT_PLANNER_QUERY, toRouteQuery } from './planner-query';
import { parseRouteState, writeRouteState } from './route-url';
import { loadZoneOf, zonedTime } from './zoned-time';

const engine = createEngine();

function itineraries(request: Parameters<typeof engine.route>[0]): DrawnItinerary[] {
  const answer = engine.route({ ...request, geometry: true });
  if (!answer.ok || !('itineraries' in answer.answer)) throw new Error('expected itineraries');
  return drawnItineraries(answer.answer);
}

describe('the planner query', () => {
  it('toRouteQuery() sends an FEU as two TEU and a via only when one is given', () => {
    const base = { ...DEFAULT_PLANNER_QUERY, from: 'CNXMN', to: 'DEDUI', size: 3 };
    expect(toRouteQuery({ ...base, sizeUnit: 'feu' })).toMatchObject({ teu: 6 });
    expect(toRouteQuery({ ...base, sizeUnit: 'teu' })).toMatchObject({ teu: 3 });
    expect(toRouteQuery(base)).not.toHaveProperty('via');
    expect(toRouteQuery({ ...base, via: 'Chongqing' })).toMatchObject({ via: 'Chongqing' });
  });

  it('keeps the via and an FEU size in the URL, and reads them back', () => {
    const query = {
      ...DEFAULT_PLANNER_QUERY,
      from: 'CNXMN',
      to: 'DEDUI',
      via: 'CNCKG',
      sizeUnit: 'feu' as const,
      size: 2,
    };
    const params = new URLSearchParams();
    writeRouteState(params, { query, selected: 0 });
    expect(params.get('via')).toBe('CNCKG');
    expect(params.get('feu')).toBe('2');
    expect(params.has('teu')).toBe(false);
    expect(parseRouteState(params)?.query).toEqual(query);
  });

  it('drops an FEU size above half the TEU limit from the URL', () => {
    expect(parseRouteState(new URLSearchParams('from=a&to=b&feu=1e9'))?.query).toMatchObject({
      sizeUnit: 'teu',
      size: DEFAULT_PLANNER_QUERY.size,
    });
  });
});

describe('legRows()', () => {
  const [rail] = itineraries({ from: 'Xiamen', to: 'Duisburg', teu: 2, modes: ['rail', 'road'] });

  it('lists rides and handlings in travel order, costs summing to the itinerary cost', () => {
    if (rail === undefined) throw new Error('expected a rail route');
    const rows = legRows(rail);
    expect(rows.map((row) => row.kind)).toContain('handling');
    expect(rows.filter((row) => row.kind === 'leg')).toHaveLength(rail.legs.length);
    expect(costTotals(rows).totalUsd).toBeCloseTo(rail.totals.costUsd, 6);
    const starts = rows.map((row) => (row.kind === 'leg' ? row.leg.startHours : row.wait.startHours));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('carries each service leg its rate date and source ids, and a road haul none', () => {
    if (rail === undefined) throw new Error('expected a rail route');
    const legs = legRows(rail).filter((row) => row.kind === 'leg');
    const service = legs.find((row) => row.leg.service !== undefined);
    const road = legs.find((row) => row.leg.service === undefined);
    expect(service?.rateSources.length).toBeGreaterThan(0);
    expect(road?.rateSources).toEqual([]);
    expect(road?.rateAsOf).toBeNull();
  });

  it('puts handling charges under handling and a sea diversion under surcharges', () => {
    const [round] = itineraries({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'], avoidPassages: ['suez'] });
    if (round === undefined) throw new Error('expected a sea route');
    const totals = costTotals(legRows(round));
    expect(totals.surchargeUsd).toBeGreaterThan(0);
    expect(totals.handlingUsd).toBeCloseTo(
      round.waits.reduce((usd, wait) => usd + wait.costUsd, 0),
      6,
    );
  });

  it('gives departures and arrivals only in a dated itinerary', () => {
    const [dated] = itineraries({ from: 'Xiamen', to: 'Duisburg', modes: ['rail', 'road'], depart: '2026-12-01' });
    const datedLegs = legRows(dated as DrawnItinerary).filter((row) => row.kind === 'leg');
    expect(datedLegs.every((row) => row.departure !== undefined && row.arrival !== undefined)).toBe(true);
    const undatedLegs = legRows(rail as DrawnItinerary).filter((row) => row.kind === 'leg');
    expect(undatedLegs.some((row) => row.departure !== undefined)).toBe(false);
  });
});

describe('zonedTime()', () => {
  it('writes an instant in the zone of the place, with the zone named', async () => {
    const zoneOf = await loadZoneOf();
    expect(zoneOf([118.09, 24.48])).toBe('Asia/Shanghai');
    expect(zoneOf([6.76, 51.43])).toBe('Europe/Berlin');
    expect(zonedTime('2026-12-03T01:00:00Z', 'Asia/Shanghai', 'en-GB')).toMatchObject({
      date: '3 Dec 2026',
      time: '09:00',
      zone: 'GMT+8',
    });
    // Past midnight in Xiamen is still the evening before in Duisburg: the date follows the zone.
    expect(zonedTime('2026-12-03T01:00:00Z', 'Europe/Berlin', 'en-GB')).toMatchObject({
      date: '3 Dec 2026',
      time: '02:00',
      zone: 'CET',
    });
    expect(zonedTime('2026-12-02T20:00:00Z', 'Asia/Shanghai', 'en-GB').date).toBe('3 Dec 2026');
  });
});

describe('optionsCsv()', () => {
  const options = plannerOptions(itineraries({ from: 'Xiamen', to: 'Duisburg', teu: 2, alternatives: 3 }), [], 3);

  it('writes a header and one row per option, with the totals as plain numbers', () => {
    const parsed = Papa.parse<Record<string, string>>(optionsCsv(options), { header: true });
    expect(parsed.meta.fields).toEqual([...OPTIONS_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(options.length);
    parsed.data.forEach((row, index) => {
      const { totals } = (options[index] as (typeof options)[number]).itinerary;
      expect(Number(row.cost_usd)).toBeCloseTo(totals.costUsd, 1);
      expect(Number(row.days)).toBeCloseTo(totals.durationHours / 24, 1);
      expect(row.modes).toBe(modeChain((options[index] as (typeof options)[number]).itinerary.legs).join('>'));
    });
  });

  it('escapes a name that a spreadsheet would run as a formula', () => {
    const option = options.find((candidate) => candidate.itinerary.borderCrossings.length > 0);
    if (option === undefined) throw new Error('expected an option crossing a border');
    const [first] = option.itinerary.borderCrossings;
    if (first === undefined) throw new Error('expected a border crossing');
    const crossing = { ...first, terminal: { ...first.terminal, nameEn: '=HYPERLINK("x")' } };
    const tampered = { ...option, itinerary: { ...option.itinerary, borderCrossings: [crossing] } };
    expect(optionsCsv([tampered])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
