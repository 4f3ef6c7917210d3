/**
 * The options table as CSV, written by papaparse (quoting, separators and line ends as RFC 4180 has them): one row
 * per option with its totals in plain numbers (no thousands separators, so a spreadsheet reads them as numbers),
 * its modes, transfers, border crossings, the dates of its rates and, for a dated query, its departure and arrival.
 */
import Papa from 'papaparse';
import { itineraryRateDates } from '../../shared/rate-dates';
import { modeChain, type PlannerOption } from './planner-options';

/** Column headings of the CSV, in English: the file is data, read by programs as much as by people. */
export const OPTIONS_CSV_COLUMNS = [
  'option',
  'pareto',
  'modes',
  'days',
  'cost_usd',
  'co2e_t',
  'distance_km',
  'transfers',
  'border_crossings',
  'via_crossings',
  'passages',
  'departure_utc',
  'arrival_utc',
  'rates_as_of',
  'rate_sources',
] as const;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * The options as CSV text.
 * @param options - the options as the table shows them, best first
 * @returns CSV with a header row, lines ended by CRLF
 * @example
 * optionsCsv(planner.options).split('\r\n')[0]; // 'option,pareto,modes,days,cost_usd,…'
 */
export function optionsCsv(options: readonly PlannerOption[]): string {
  const rows = options.map((option, index) => {
    const { itinerary } = option;
    const legs = itinerary.legs;
    const sources = [...new Set(legs.flatMap((leg) => leg.rateSources))].sort();
    return [
      index + 1,
      option.optimal ? 'yes' : 'no',
      modeChain(legs).join('>'),
      round(itinerary.totals.durationHours / 24, 2),
      round(itinerary.totals.costUsd, 2),
      round(itinerary.totals.co2eKg / 1000, 3),
      round(itinerary.totals.distanceKm, 1),
      itinerary.transfers,
      itinerary.borderCrossings.length,
      itinerary.borderCrossings.map((crossing) => crossing.terminal.nameEn).join('; '),
      itinerary.passages.join('; '),
      legs[0]?.departure ?? '',
      legs.at(-1)?.arrival ?? '',
      itineraryRateDates(itinerary).join('; '),
      sources.join('; '),
    ];
  });
  // A name from an uploaded dataset could start with `=`: escaped, so no spreadsheet runs it as a formula.
  return Papa.unparse({ fields: [...OPTIONS_CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: true });
}
