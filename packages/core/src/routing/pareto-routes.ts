import type { RouteQuery, RouteResult } from '../model/itinerary.js';
import { snapsOf } from './best-routes.js';
import { buildItinerary } from './build-itinerary.js';
import type { QueryOptions } from './create-router.js';
import { noRouteOf } from './no-route-of.js';
import { paretoFront } from './pareto-front.js';
import { queryContext } from './query-context.js';
import type { RouterSession } from './router-session.js';
import { viaNodes } from './search-problem.js';

/**
 * `Router.pareto`: the Pareto front over (time, cost, CO2e) under every constraint of the query, fastest first;
 * with `alternatives`, cut to the K options best by the objective; or the no-route, explained.
 *
 * @param session - the router's session
 * @param query - the query as asked
 * @param options - the query's costing overrides
 * @returns the front's itineraries or the no-route, and the snaps of coordinate ends
 * @throws CorridorError (`invalid-argument`) on a malformed query
 * @example
 * const front = paretoRoutes(session, { from: 'Xiamen', to: 'Duisburg' }, {});
 */
export function paretoRoutes(session: RouterSession, query: RouteQuery, options: QueryOptions): RouteResult {
  const context = queryContext(session, query, options);
  const { checked } = context;
  const snaps = snapsOf(context);
  const graph = session.graph(checked.avoidPassages);
  const from = graph.compiled.nodeIndex.get(context.from.nodeKey);
  const to = graph.compiled.nodeIndex.get(context.to.nodeKey);
  const { criteria, weights, blocked } = session.arrays(graph, context, checked);
  const paths =
    from === undefined || to === undefined
      ? []
      : paretoFront(graph, criteria, blocked, from, to, checked.maxTransfers + 1, viaNodes(graph, context.via));
  if (paths.length === 0) return { noRoute: noRouteOf(session, context, false), snaps };
  const itineraries = paths.map((edges) => {
    let value = 0;
    for (const e of edges) value += weights[e] as number;
    return buildItinerary(graph, criteria, edges, session.directory, value, checked.departMs, context.lines);
  });
  // With `alternatives`, the front is cut to the K options best by the objective; shown fastest first.
  const kept =
    query.alternatives === undefined
      ? itineraries
      : [...itineraries].sort((a, b) => a.objectiveValue - b.objectiveValue).slice(0, checked.alternatives);
  kept.sort((a, b) => a.totals.durationHours - b.totals.durationHours || a.totals.costUsd - b.totals.costUsd);
  return { itineraries: kept, snaps };
}
