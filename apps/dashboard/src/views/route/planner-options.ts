/**
 * The options the planner shows: the router's options (best first, at most the K asked for), then — only while
 * fewer than K are shown — points of the Pareto front that show differently from every option already listed. An
 * option is marked as on the Pareto front only when no other shown option is at least as good on time, cost and
 * CO2e *as displayed* (days to 0.1, whole USD, t CO2e as `formatTonnesCo2e` writes them).
 */
import type { Mode, Totals } from '@corridor/core/model';
import type { DrawnItinerary } from './drawn-itinerary';
import { formatDays, formatTonnesCo2e, formatUsd } from './route-format';

/** One option of the alternatives table and the Pareto chart. */
export interface PlannerOption {
  readonly itinerary: DrawnItinerary;
  /** `alternative` from `route()`, or `pareto` for a front point that no alternative matches. */
  readonly origin: 'alternative' | 'pareto';
  /** Whether no other shown option is at least as good on time, cost and CO2e at the displayed precision. */
  readonly optimal: boolean;
}

/** Days, USD and t CO2e as the table shows them, read back as numbers. */
export function displayedTotals(totals: Totals): readonly [number, number, number] {
  const read = (text: string) => Number(text.replace(/,/g, ''));
  return [
    read(formatDays(totals.durationHours)),
    read(formatUsd(totals.costUsd)),
    read(formatTonnesCo2e(totals.co2eKg)),
  ];
}

/** Whether two totals show the same in the table. */
export function sameTotals(a: Totals, b: Totals): boolean {
  const x = displayedTotals(a);
  const y = displayedTotals(b);
  return x[0] === y[0] && x[1] === y[1] && x[2] === y[2];
}

/** Whether `a` is at least as good as `b` on time, cost and CO2e as displayed. */
export function atLeastAsGood(a: Totals, b: Totals): boolean {
  const x = displayedTotals(a);
  const y = displayedTotals(b);
  return x[0] <= y[0] && x[1] <= y[1] && x[2] <= y[2];
}

/** Whether `a` dominates `b` as displayed: at least as good on all three, better on one. */
export function dominates(a: Totals, b: Totals): boolean {
  return atLeastAsGood(a, b) && !sameTotals(a, b);
}

/**
 * Merges the router's options and the Pareto front into at most `count` options.
 * @param alternatives - from `router.route`, best first
 * @param front - from `router.pareto` (empty when it found none)
 * @param count - most options to show (the query's `alternatives`)
 * @returns the options, each marked on the front or not
 * @example
 * plannerOptions(answer.itineraries, front.itineraries, 3).length; // ≤ 3
 */
export function plannerOptions(
  alternatives: readonly DrawnItinerary[],
  front: readonly DrawnItinerary[],
  count: number = Number.POSITIVE_INFINITY,
): PlannerOption[] {
  const merged: { itinerary: DrawnItinerary; origin: PlannerOption['origin'] }[] = alternatives
    .slice(0, count)
    .map((itinerary) => ({ itinerary, origin: 'alternative' }));
  for (const itinerary of front) {
    if (merged.length >= count) break;
    if (!merged.some((option) => sameTotals(option.itinerary.totals, itinerary.totals))) {
      merged.push({ itinerary, origin: 'pareto' });
    }
  }
  return merged.map((option) => ({
    ...option,
    optimal: !merged.some(
      (other) => other !== option && atLeastAsGood(other.itinerary.totals, option.itinerary.totals),
    ),
  }));
}

/**
 * The modes of an option's rides in order, a mode repeated only after another one; first- and last-mile drayage is
 * trucked whatever the modes checked, so it is no mode of the route.
 * @param legs - the option's legs
 * @returns the chain (`['road', 'sea', 'rail']`)
 * @example
 * modeChain(option.itinerary.legs); // ['sea', 'rail']
 */
export function modeChain(legs: readonly { readonly mode: Mode; readonly drayage?: boolean }[]): Mode[] {
  const chain: Mode[] = [];
  for (const leg of legs) if (leg.drayage !== true && chain.at(-1) !== leg.mode) chain.push(leg.mode);
  return chain;
}
