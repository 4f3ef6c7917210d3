/**
 * Route planning in the engine worker: the endpoints a planner may pick, and route / Pareto queries answered by
 * `createRouter` of `@corridor/core/routing`. Runs in the worker (see `create-engine.ts`); answers are plain,
 * structured-clonable data.
 */

import { legRate } from '@corridor/core/costing';
import { CorridorError, type Network, type RouteQuery, type RouteResult } from '@corridor/core/model';
import { createRouter, type QueryOptions, type Router } from '@corridor/core/routing';
import { rateKey } from '../shared/rate-dates';
import type { EndpointOption, PlannerCosting, RouteAnswer } from './engine-api';

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

/** The dates of the rates the result's service legs were charged at, by `rateKey` (service|from|to). */
function rateDates(network: Network, result: RouteResult): Record<string, string> {
  const dates: Record<string, string> = {};
  if ('noRoute' in result) return dates;
  for (const leg of result.itineraries.flatMap((itinerary) => itinerary.legs)) {
    const asOf = legRate(network, leg)?.asOf;
    if (leg.service !== undefined && asOf !== undefined) dates[rateKey(leg.service, leg.from.id, leg.to.id)] = asOf;
  }
  return dates;
}

/** Routes on networks, keeping one router per network; the costing is given per query. */
export interface RoutePlanner {
  /** Best route and alternatives by the query's objective. */
  route(network: Network, query: RouteQuery, costing?: PlannerCosting): RouteAnswer;
  /** The Pareto front over time, cost and CO2e. */
  pareto(network: Network, query: RouteQuery, costing?: PlannerCosting): RouteAnswer;
}

/**
 * Creates the planner. One router is created per network on its first query (it compiles the graph, ~150 ms) and
 * kept; the balanced objective's costing goes with each query, so moving a weight slider re-runs on the same graph
 * in a few milliseconds.
 * @param makeRouter - builds a network's router (default: `createRouter` of `@corridor/core/routing`)
 * @returns the planner
 * @example
 * const planner = createRoutePlanner();
 * const answer = planner.route(fujianNetwork, { from: 'Xiamen', to: 'Duisburg', teu: 2 });
 * if (answer.ok && 'itineraries' in answer.result) answer.result.itineraries.length; // 1
 */
export function createRoutePlanner(makeRouter: (network: Network) => Router = createRouter): RoutePlanner {
  const routers = new WeakMap<Network, Router>();

  function routerFor(network: Network): Router {
    let router = routers.get(network);
    if (router === undefined) {
      router = makeRouter(network);
      routers.set(network, router);
    }
    return router;
  }

  function answer(network: Network, run: () => RouteResult): RouteAnswer {
    const started = performance.now();
    try {
      const result = run();
      return { ok: true, result, elapsedMs: performance.now() - started, rateDates: rateDates(network, result) };
    } catch (error) {
      if (error instanceof CorridorError) {
        return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
      }
      return { ok: false, error: { code: 'internal', message: String(error), issues: [] } };
    }
  }

  const options = (costing: PlannerCosting | undefined): QueryOptions =>
    costing === undefined
      ? {}
      : {
          costing: {
            valueOfTimeUsdPerTeuDay: costing.valueOfTimeUsdPerTeuDay,
            carbonPriceUsdPerTonne: costing.carbonPriceUsdPerTonne,
          },
        };

  return {
    route: (network, query, costing) => answer(network, () => routerFor(network).route(query, options(costing))),
    // The chart shows the whole front: `alternatives` would cut it to the K best by the objective.
    pareto: (network, query, costing) =>
      answer(network, () => {
        const { alternatives: _alternatives, ...front } = query;
        return routerFor(network).pareto(front, options(costing));
      }),
  };
}
