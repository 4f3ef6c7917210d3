/**
 * Route planning in the engine worker: the endpoints a planner may pick, and route / Pareto queries answered by
 * `createRouter` of `@corridor/core/routing`. Runs in the worker (see `create-engine.ts`); answers are plain,
 * structured-clonable data.
 */
import { CorridorError, type Network, type RouteQuery } from '@corridor/core/model';
import { createRouter, type Router } from '@corridor/core/routing';
import type { EndpointOption, PlannerCosting, RouteAnswer } from './engine-api';

/** Most routers kept per network (one per costing; the first query of each builds its graph, ~150 ms). */
const ROUTERS_PER_NETWORK = 4;

/**
 * Everything a route may start or end at: places first, then terminals other than border crossings, in file
 * order, each with the codes it is found by (id, UN/LOCODE, IATA).
 * @param network - the current network
 * @returns the options, for the origin and destination pickers
 */
export function endpointOptions(network: Network): readonly EndpointOption[] {
  const places: EndpointOption[] = network.places.map((place) => ({
    id: place.id,
    kind: 'place',
    nameEn: place.nameEn,
    nameZh: place.nameZh,
    country: place.country,
    codes: [place.id],
  }));
  const terminals: EndpointOption[] = network.terminals.flatMap((terminal) => {
    const { kind } = terminal;
    if (kind === 'border-crossing') return [];
    return [
      {
        id: terminal.id,
        kind,
        nameEn: terminal.nameEn,
        nameZh: terminal.nameZh,
        country: terminal.country,
        codes: [terminal.id, terminal.locode, terminal.iata].filter((code): code is string => code !== undefined),
      },
    ];
  });
  return [...places, ...terminals];
}

/** Routes on networks, keeping one router per network and costing. */
export interface RoutePlanner {
  /** Best route and alternatives by the query's objective. */
  route(network: Network, query: RouteQuery, costing?: PlannerCosting): RouteAnswer;
  /** The Pareto front over time, cost and CO2e. */
  pareto(network: Network, query: RouteQuery, costing?: PlannerCosting): RouteAnswer;
}

/**
 * Creates the planner. Routers are created on first use per network and costing, and kept (a few per network),
 * so that moving a weight slider back and forth does not rebuild the graph each time.
 * @returns the planner
 * @example
 * const planner = createRoutePlanner();
 * const answer = planner.route(fujianNetwork, { from: 'Xiamen', to: 'Duisburg', teu: 2 });
 * if (answer.ok && 'itineraries' in answer.result) answer.result.itineraries.length; // 1
 */
export function createRoutePlanner(): RoutePlanner {
  const routers = new WeakMap<Network, Map<string, Router>>();

  function routerFor(network: Network, costing: PlannerCosting | undefined): Router {
    let byCosting = routers.get(network);
    if (byCosting === undefined) {
      byCosting = new Map();
      routers.set(network, byCosting);
    }
    const key = costing === undefined ? '' : `${costing.valueOfTimeUsdPerTeuDay}/${costing.carbonPriceUsdPerTonne}`;
    let router = byCosting.get(key);
    if (router === undefined) {
      router = createRouter(network, costing === undefined ? {} : { costing });
      if (byCosting.size >= ROUTERS_PER_NETWORK) byCosting.delete(byCosting.keys().next().value as string);
      byCosting.set(key, router);
    }
    return router;
  }

  function answer(run: () => ReturnType<Router['route']>): RouteAnswer {
    const started = performance.now();
    try {
      const result = run();
      return { ok: true, result, elapsedMs: performance.now() - started };
    } catch (error) {
      if (error instanceof CorridorError) {
        return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
      }
      return { ok: false, error: { code: 'internal', message: String(error), issues: [] } };
    }
  }

  return {
    route: (network, query, costing) => answer(() => routerFor(network, costing).route(query)),
    pareto: (network, query, costing) => answer(() => routerFor(network, costing).pareto(query)),
  };
}
