import type { Itinerary, RouteQuery, RouteResult, Snap } from '../model/itinerary.js';
import type { Mode } from '../model/network.js';
import { alternativePaths } from './alternative-paths.js';
import { attemptRoute } from './attempt-route.js';
import { buildItinerary } from './build-itinerary.js';
import type { QueryOptions } from './create-router.js';
import { noRouteOf } from './no-route-of.js';
import { type QueryContext, queryContext } from './query-context.js';
import type { RouterSession } from './router-session.js';
import { mainModeOf, selectOptions } from './select-options.js';

/** Main modes whose best a query with alternatives also offers (road hauls are the ends of these). */
const MAIN_MODES = ['sea', 'rail', 'air'] as const;

/**
 * The snaps of a query's ends that are not at a stop themselves (a coordinate snapped to the nearest place).
 *
 * @param context - the resolved query
 * @returns the snaps, origin first
 * @example
 * snapsOf(queryContext(session, { from: { position: [118.1, 24.5] }, to: 'Duisburg' }, {})); // the origin's snap
 */
export function snapsOf(context: QueryContext): Snap[] {
  return [context.from.snap, context.to.snap].filter((s): s is Snap => s !== undefined);
}

/**
 * `Router.route`: the best route by the objective and, with `alternatives`, the best of each other main mode and
 * materially different routes by the penalty method, selected by `selectOptions`; or the no-route, explained.
 *
 * @param session - the router's session
 * @param query - the query as asked
 * @param options - the query's costing overrides
 * @returns itineraries (best first) or the no-route, and the snaps of coordinate ends
 * @throws CorridorError (`invalid-argument`) on a malformed query
 * @example
 * const result = bestRoutes(session, { from: 'Xiamen', to: 'Duisburg', alternatives: 3 }, {});
 */
export function bestRoutes(session: RouterSession, query: RouteQuery, options: QueryOptions): RouteResult {
  const context = queryContext(session, query, options);
  const snaps = snapsOf(context);
  const best = attemptRoute(session, context, context.checked);
  if (best === null) return { noRoute: noRouteOf(session, context, true), snaps };
  const { checked } = context;
  const candidates: Itinerary[] = [];
  if (checked.alternatives > 1) {
    // The best of each other main mode (its rides only, trucks as the query allows them)… A best that mixes
    // modes (air, then a sea feeder) is not the best by sea: only the best's own main mode is skipped.
    const bestMode = mainModeOf(best.itinerary);
    for (const mode of MAIN_MODES) {
      if (!checked.modes.has(mode) || bestMode === mode) continue;
      const modes = new Set<Mode>([mode, ...(checked.modes.has('road') ? (['road'] as const) : [])]);
      const ofMode = attemptRoute(session, context, { ...checked, modes });
      if (ofMode !== null) candidates.push(ofMode.itinerary);
    }
    // …and other routes by the penalty method, materially different from the best.
    const more = alternativePaths(best.problem, best.path, checked.alternatives - 1);
    for (const edges of more) {
      let value = 0;
      for (const e of edges) value += best.weights[e] as number;
      candidates.push(
        buildItinerary(best.graph, best.criteria, edges, session.directory, value, checked.departMs, context.lines),
      );
    }
  }
  const itineraries = selectOptions(best.itinerary, candidates, checked.alternatives, checked.objective);
  return { itineraries, snaps };
}
