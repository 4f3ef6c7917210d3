/** The Scenarios view's list of OD pairs to compare: adding one (checked), and whether a list is the default. */
import { DEFAULT_SCENARIO_ROUTES, MAX_SCENARIO_ROUTES, type ScenarioRoute } from '../../engine/scenario-api';

/** Why a pair was not added. */
export type RouteProblem = 'full' | 'same' | 'duplicate';

/**
 * The list with one more pair at its end, or why not: the list is full, both ends are the same place, or the
 * same pair (with the same mode) is there already.
 * @example
 * withRoute([], { from: 'CNXMN', to: 'CNXMN', mode: null }); // { problem: 'same' }
 */
export function withRoute(
  routes: readonly ScenarioRoute[],
  route: ScenarioRoute,
): { readonly routes: readonly ScenarioRoute[] } | { readonly problem: RouteProblem } {
  if (routes.length >= MAX_SCENARIO_ROUTES) return { problem: 'full' };
  if (route.from === route.to) return { problem: 'same' };
  if (routes.some((r) => r.from === route.from && r.to === route.to && r.mode === route.mode))
    return { problem: 'duplicate' };
  return { routes: [...routes, route] };
}

/** Whether two lists hold the same pairs in the same order. */
export function sameRoutes(a: readonly ScenarioRoute[], b: readonly ScenarioRoute[]): boolean {
  return (
    a.length === b.length && a.every((r, k) => r.from === b[k]?.from && r.to === b[k]?.to && r.mode === b[k]?.mode)
  );
}

/** Whether the list is the defaults (the URL leaves it out then). */
export const isDefaultRoutes = (routes: readonly ScenarioRoute[]): boolean =>
  sameRoutes(routes, DEFAULT_SCENARIO_ROUTES);
