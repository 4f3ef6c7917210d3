import type { Costing, CostingOverrides } from '../costing/costing-defaults.js';
import type { GraphCache } from '../graph/graph-cache.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { NetworkLookup } from '../load/network-lookup.js';
import type { RouteQuery, RouteResult } from '../model/itinerary.js';
import type { Network, PassageId } from '../model/network.js';
import { bestRoutes } from './best-routes.js';
import { paretoRoutes } from './pareto-routes.js';
import { routerSession } from './router-session.js';

/** Options of a router. */
export interface RouterOptions {
  /** Emission factors, road haulage, value of time, carbon price (defaults: `DEFAULT_COSTING`). */
  readonly costing?: CostingOverrides;
  /**
   * Where the router keeps its compiled graphs (one per set of closed passages): share one cache between the
   * router, the assignment and the scenarios of a network so each graph is built once. Default: a cache of the
   * router's own, with `GRAPH_CACHE_DEFAULTS`.
   */
  readonly graphCache?: GraphCache;
}

/** Options of one query. */
export interface QueryOptions {
  /** Overrides on top of the router's costing for this query only (the graph is reused). */
  readonly costing?: CostingOverrides;
  /**
   * Whether each leg gets its line (default true). `false` leaves every leg's `geometry` an empty `LineString`
   * (`coordinates: []`), for a caller that reads only the figures (a scenario comparison): densifying the legs'
   * great circles is a large part of building an itinerary. Nothing else of the answer changes.
   */
  readonly lines?: boolean;
}

/** Routes on one network; keeps compiled graphs and scratch between queries. */
export interface Router {
  readonly network: Network;
  readonly costing: Costing;
  readonly lookup: NetworkLookup;
  /** Best route (and alternatives) by objective; `noRoute` with the reason when the constraints cut every path. */
  route(query: RouteQuery, options?: QueryOptions): RouteResult;
  /**
   * The Pareto front over (time, cost, CO2e), fastest first; with `alternatives`, only the K options best
   * by the objective. Honours every constraint of `route`, `via` included.
   */
  pareto(query: RouteQuery, options?: QueryOptions): RouteResult;
  /** Services suspended because a closed passage left a leg with no way through. */
  suspendedServices(avoidPassages: readonly PassageId[]): readonly string[];
  /** The compiled graph for a set of closed passages (cached; for assignment on the same graph). */
  graph(avoidPassages: readonly PassageId[]): PreparedGraph;
}

/**
 * Creates a router on a validated network (docs/architecture.md, "The life of a route query"). The work is in small parts: `routerSession` (lookups,
 * graph cache, costed arrays per graph), `queryContext` (checking and resolving a query once), `searchProblem`,
 * `attemptRoute`, `bestRoutes` and `paretoRoutes` (the two queries), `noRouteOf` (why there is no route).
 *
 * @param network - from `loadNetwork` or `@corridor/data`
 * @param options - costing overrides, and a graph cache to share
 * @example
 * ```ts
 * import { createRouter } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const router = createRouter(fujianNetwork, { costing: { carbonPriceUsdPerTonne: 80 } });
 * const result = router.route({ from: 'Xiamen', to: 'Duisburg', teu: 2, alternatives: 3 });
 * if ('itineraries' in result) {
 *   const options = result.itineraries.map(({ option, totals }) => `${option?.reason}: ${totals.durationHours.toFixed(0)} h`);
 *   console.log(options); // → [ 'fastest (air): 56 h', 'best by rail: 499 h', 'best by sea: 920 h' ]
 * }
 * const closed = router.route({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea'], avoidPassages: ['suez', 'cape-of-good-hope'] });
 * if ('noRoute' in closed) console.log(closed.noRoute.blockedBy); // → [ 'passage:suez', 'passage:cape-of-good-hope' ]
 * ```
 */
export function createRouter(network: Network, options: RouterOptions = {}): Router {
  const session = routerSession(network, options.costing ?? {}, options.graphCache);
  return {
    network,
    costing: session.costing,
    lookup: session.lookup,
    route: (query, queryOptions = {}) => bestRoutes(session, query, queryOptions),
    pareto: (query, queryOptions = {}) => paretoRoutes(session, query, queryOptions),
    suspendedServices: (avoid) => session.graph(avoid).routing.suspendedServices,
    graph: (avoid) => session.graph(avoid),
  };
}
