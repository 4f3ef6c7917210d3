/**
 * The options the planner shows: the router's alternatives (best first), then the Pareto front's itineraries
 * that are not already among them. Each is marked as on the Pareto front or not.
 */
import type { Itinerary, Totals } from '@corridor/core/model';

/** One option of the alternatives table and the Pareto chart. */
export interface RouteOption {
  readonly itinerary: Itinerary;
  /** `alternative` from `route()`, or `pareto` for a front point that no alternative matches. */
  readonly origin: 'alternative' | 'pareto';
  /** Whether no other option is at least as good on time, cost and CO2e and better on one. */
  readonly optimal: boolean;
}

/** Relative difference under which two totals count as the same route. */
const SAME = 1e-9;

const close = (a: number, b: number): boolean => Math.abs(a - b) <= SAME * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether two totals are the same (the same route found twice). */
export function sameTotals(a: Totals, b: Totals): boolean {
  return close(a.durationHours, b.durationHours) && close(a.costUsd, b.costUsd) && close(a.co2eKg, b.co2eKg);
}

/** Whether `a` dominates `b`: no worse on time, cost and CO2e, and better on one. */
export function dominates(a: Totals, b: Totals): boolean {
  const noWorse = a.durationHours <= b.durationHours && a.costUsd <= b.costUsd && a.co2eKg <= b.co2eKg;
  return noWorse && !sameTotals(a, b);
}

/**
 * Merges alternatives and the Pareto front into one list of options.
 * @param alternatives - from `router.route`, best first
 * @param front - from `router.pareto` (empty when it found none)
 * @returns the alternatives, then the front's other itineraries, each marked optimal or not
 */
export function routeOptions(alternatives: readonly Itinerary[], front: readonly Itinerary[]): RouteOption[] {
  const merged: { itinerary: Itinerary; origin: RouteOption['origin'] }[] = alternatives.map((itinerary) => ({
    itinerary,
    origin: 'alternative',
  }));
  for (const itinerary of front) {
    if (!merged.some((option) => sameTotals(option.itinerary.totals, itinerary.totals))) {
      merged.push({ itinerary, origin: 'pareto' });
    }
  }
  return merged.map((option) => ({
    ...option,
    optimal: !merged.some((other) => dominates(other.itinerary.totals, option.itinerary.totals)),
  }));
}
