import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/create-engine';
import { type DrawnItinerary, drawnItineraries } from './drawn-itinerary';
import { OPTIONS_CSV_COLUMNS, optionsCsv } from './options-csv';
import { modeChain, plannerOptions } from './planner-options';

const engine = createEngine();

function itineraries(request: Parameters<typeof engine.route>[0]): DrawnItinerary[] {
  const answer = engine.route({ ...request, geometry: true });
  if (!answer.ok || !('itineraries' in answer.answer)) throw new Error('expected itineraries');
  return drawnItineraries(answer.answer);
}

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
