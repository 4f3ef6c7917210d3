import { combineWeights } from '../costing/combine-weights.js';
import { type Costing, type CostingOverrides, resolveCosting } from '../costing/costing-defaults.js';
import { type CriteriaArrays, criteriaArrays } from '../costing/criteria-arrays.js';
import { objectiveWeights } from '../costing/objective-weights.js';
import { resolveShipment, type Shipment } from '../costing/shipment.js';
import { buildInfrastructureGraphs, type InfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import { type PreparedGraph, prepareGraph } from '../graph/prepare-graph.js';
import { createNetworkLookup, type NetworkLookup } from '../load/network-lookup.js';
import { CorridorError } from '../model/corridor-error.js';
import type { Itinerary, NoRoute, RouteQuery, RouteResult, Snap } from '../model/itinerary.js';
import type { Mode, Network, PassageId } from '../model/network.js';
import { alternativePaths } from './alternative-paths.js';
import { buildItinerary, type StopDirectory, stopDirectory } from './build-itinerary.js';
import { type CheckedQuery, checkQuery } from './check-query.js';
import { constraintMask } from './constraint-mask.js';
import { explainNoRoute } from './explain-no-route.js';
import { findAnyPath, findPath, type PathProblem } from './find-path.js';
import { paretoFront } from './pareto-front.js';
import { pathFaults } from './path-rules.js';
import { type ResolvedEndpoint, resolveEndpoint } from './resolve-endpoint.js';
import { selectOptions } from './select-options.js';

/** Main modes whose best a query with alternatives also offers (road hauls are the ends of these). */
const MAIN_MODES = ['sea', 'rail', 'air'] as const;

/** Options of a router. */
export interface RouterOptions {
  /** Emission factors, road haulage, value of time, carbon price (defaults: `DEFAULT_COSTING`). */
  readonly costing?: CostingOverrides;
}

/** Options of one query. */
export interface QueryOptions {
  /** Overrides on top of the router's costing for this query only (the graph is reused). */
  readonly costing?: CostingOverrides;
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

/** Everything one query needs, resolved. */
export interface QueryContext {
  readonly checked: CheckedQuery;
  readonly shipment: Shipment;
  readonly costing: Costing;
  /** Identifies the costing in caches: empty for the router's own. */
  readonly costingKey: string;
  readonly from: ResolvedEndpoint;
  readonly to: ResolvedEndpoint;
  readonly via?: readonly string[];
}

/** Most compiled graphs kept (one per set of closed passages). */
const CACHE_SIZE = 8;

/**
 * Creates a router on a validated network (DESIGN.md §5).
 *
 * @param network - from `loadNetwork` or `@corridor/data`
 * @param options - costing overrides
 * @example
 * const router = createRouter(fujianNetwork);
 * const result = router.route({ from: 'Xiamen', to: 'Duisburg', teu: 4, objective: 'cost' });
 * if ('itineraries' in result) console.log(result.itineraries[0]?.totals.durationHours);
 */
export function createRouter(network: Network, options: RouterOptions = {}): Router {
  const routerOverrides: CostingOverrides = options.costing ?? {};
  const routerCosting = resolveCosting(routerOverrides);
  const lookup = createNetworkLookup(network);
  const infrastructure: InfrastructureGraphs = buildInfrastructureGraphs(network);
  const directory: StopDirectory = stopDirectory(network);
  const cache = new Map<string, PreparedGraph>();
  const prepared = (avoid: ReadonlySet<PassageId>) => {
    const key = [...avoid].sort().join(',');
    let graph = cache.get(key);
    if (graph === undefined) {
      graph = prepareGraph(network, infrastructure, avoid);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(key, graph);
    }
    return graph;
  };

  // Per compiled graph, the costed edges, weights and masks of recent queries: a repeated query
  // (the dashboard re-asking with another objective, a benchmark) skips straight to the search.
  const memo = new WeakMap<PreparedGraph, Map<string, unknown>>();
  function remember<T>(graph: PreparedGraph, key: string, make: () => T): T {
    let entries = memo.get(graph);
    if (entries === undefined) {
      entries = new Map();
      memo.set(graph, entries);
    }
    if (!entries.has(key)) {
      if (entries.size >= 64) entries.delete(entries.keys().next().value as string);
      entries.set(key, make());
    }
    return entries.get(key) as T;
  }
  function arraysFor(graph: PreparedGraph, context: QueryContext, checked: CheckedQuery) {
    const { shipment, costing } = context;
    const shipmentKey = `${shipment.teu}/${shipment.tonnes}/${context.costingKey}`;
    const criteria = remember(graph, `criteria:${shipmentKey}`, () => criteriaArrays(graph, shipment, costing));
    const weights = remember(graph, `weights:${shipmentKey}:${checked.objective}`, () =>
      combineWeights(criteria, objectiveWeights(checked.objective, shipment, costing)),
    );
    const maskKey = [[...checked.modes].sort(), [...checked.avoidTerminals].sort(), [...checked.avoidCountries].sort()];
    const blocked = remember(graph, `mask:${JSON.stringify(maskKey)}`, () => constraintMask(graph, checked));
    return { criteria, weights, blocked };
  }

  function viaNodes(graph: PreparedGraph, via: readonly string[] | undefined): Uint8Array | undefined {
    if (via === undefined) return undefined;
    const mask = new Uint8Array(graph.compiled.nodeCount);
    const terminals = new Set(via);
    graph.compiled.nodeKeys.forEach((key, n) => {
      const node = graph.routing.graph.getNodeAttributes(key);
      if ('terminalId' in node && terminals.has(node.terminalId)) mask[n] = 1;
    });
    return mask;
  }

  /** The search problem of a query under the checked constraints; null when an end is not in the graph. */
  function problemOf(context: QueryContext, checked: CheckedQuery): PathProblem | null {
    const graph = prepared(checked.avoidPassages);
    const from = graph.compiled.nodeIndex.get(context.from.nodeKey);
    const to = graph.compiled.nodeIndex.get(context.to.nodeKey);
    if (from === undefined || to === undefined) return null;
    const { criteria, weights, blocked } = arraysFor(graph, context, checked);
    const via = viaNodes(graph, context.via);
    return {
      prepared: graph,
      criteria,
      weights,
      blocked,
      from,
      to,
      maxBoardings: checked.maxTransfers + 1,
      ...(via === undefined ? {} : { via }),
    };
  }

  /**
   * A no-route whose constraints leave paths that only the itinerary rules cut says so: "the paths left leave
   * China and come back (…)" — the rules are a reason like any closure.
   */
  function withRuleNote(noRoute: NoRoute, context: QueryContext): NoRoute {
    const problem = problemOf(context, context.checked);
    const path = problem === null ? null : findAnyPath(problem);
    if (problem === null || path === null) return noRoute;
    const faults = pathFaults(problem.prepared.facts, problem.prepared.compiled, path.edges);
    const words = [
      ...(faults.reentered.length > 0 ? [`leave ${faults.reentered.join(', ')} and come back`] : []),
      ...(faults.revisited.length > 0 ? [`visit ${faults.revisited.join(', ')} twice`] : []),
      ...(faults.chainedTrucks.length > 0 ? ['chain two truck hauls'] : []),
    ];
    if (words.length === 0) return noRoute;
    return { ...noRoute, reason: `${noRoute.reason}; the only paths left ${words.join(' or ')}, which no option does` };
  }

  /** One search under the checked constraints: the best itinerary, or null. */
  function attempt(
    context: QueryContext,
    checked: CheckedQuery,
  ): {
    itinerary: Itinerary;
    graph: PreparedGraph;
    criteria: CriteriaArrays;
    weights: Float64Array;
    problem: PathProblem;
    path: readonly number[];
  } | null {
    const problem = problemOf(context, checked);
    if (problem === null) return null;
    const { prepared: graph, criteria, weights } = problem;
    const untimed = findPath(problem);
    if (untimed === null) return null;
    // With a date, the fastest route is searched on the timetable itself; other objectives choose on
    // average waits and are then timed exactly along their services.
    const timedPath =
      checked.departMs !== undefined && checked.objective === 'time'
        ? findPath({ ...problem, departMs: checked.departMs })
        : undefined;
    const path = timedPath ?? untimed;
    const itinerary = buildItinerary(graph, criteria, path.edges, directory, untimed.value, checked.departMs);
    return { itinerary, graph, criteria, weights, problem, path: untimed.edges };
  }

  function contextOf(query: RouteQuery, options: QueryOptions): QueryContext {
    const checked = checkQuery(query, network);
    const overrides = options.costing;
    const costing =
      overrides === undefined
        ? routerCosting
        : resolveCosting({
            ...routerOverrides,
            ...overrides,
            emissionGPerTonneKm: { ...routerOverrides.emissionGPerTonneKm, ...overrides.emissionGPerTonneKm },
          });
    const costingKey = overrides === undefined ? '' : JSON.stringify(costing);
    const shipment = resolveShipment(
      {
        ...(query.teu === undefined ? {} : { teu: query.teu }),
        ...(query.tonnes === undefined ? {} : { tonnes: query.tonnes }),
      },
      costing,
    );
    const from = resolveEndpoint(query.from, 'from', network, lookup);
    const to = resolveEndpoint(query.to, 'to', network, lookup);
    if (from.stop.id === to.stop.id) {
      throw new CorridorError('invalid-argument', `route: from and to are both ${from.stop.nameEn}`, [
        {
          file: 'query',
          field: 'to',
          value: to.stop.id,
          message: 'the destination is the origin',
          fix: 'choose another destination',
        },
      ]);
    }
    let via: string[] | undefined;
    if (query.via !== undefined) {
      const location = lookup.find(query.via, 'via');
      via =
        location.kind === 'terminal'
          ? [location.terminal.id]
          : network.terminals.filter((t) => t.placeId === location.place.id).map((t) => t.id);
    }
    return { checked, shipment, costing, costingKey, from, to, ...(via === undefined ? {} : { via }) };
  }

  const relaxed = (context: QueryContext) => (checked: CheckedQuery, dropVia: boolean) => {
    const { via: _via, ...withoutVia } = context;
    return attempt(dropVia ? withoutVia : context, checked)?.itinerary ?? null;
  };

  /** A no-route under closures also names the services the closures suspended (no way through, or backtracking). */
  const withSuspended = (noRoute: NoRoute, context: QueryContext): NoRoute => {
    if (context.checked.avoidPassages.size === 0) return noRoute;
    const suspended = prepared(context.checked.avoidPassages).routing.suspendedServices;
    if (suspended.length === 0) return noRoute;
    const which = suspended.join(', ');
    return {
      ...noRoute,
      reason: `${noRoute.reason}; the closures suspend ${suspended.length} service${suspended.length === 1 ? '' : 's'} with no way through or a detour back past their own calls (${which})`,
    };
  };

  const snapsOf = (context: QueryContext): Snap[] =>
    [context.from.snap, context.to.snap].filter((s): s is Snap => s !== undefined);

  function route(query: RouteQuery, options: QueryOptions = {}): RouteResult {
    const context = contextOf(query, options);
    const snaps = snapsOf(context);
    const best = attempt(context, context.checked);
    if (best === null) {
      return {
        noRoute: withRuleNote(withSuspended(explainNoRoute(context, relaxed(context)), context), context),
        snaps,
      };
    }
    const { checked } = context;
    const candidates: Itinerary[] = [];
    if (checked.alternatives > 1) {
      // The best of each other main mode (its rides only, trucks as the query allows them)…
      for (const mode of MAIN_MODES) {
        if (!checked.modes.has(mode) || best.itinerary.modes.includes(mode)) continue;
        const modes = new Set<Mode>([mode, ...(checked.modes.has('road') ? (['road'] as const) : [])]);
        const ofMode = attempt(context, { ...checked, modes });
        if (ofMode !== null) candidates.push(ofMode.itinerary);
      }
      // …and other routes by the penalty method, materially different from the best.
      const more = alternativePaths(best.problem, best.path, checked.alternatives - 1);
      for (const edges of more) {
        let value = 0;
        for (const e of edges) value += best.weights[e] as number;
        candidates.push(buildItinerary(best.graph, best.criteria, edges, directory, value, checked.departMs));
      }
    }
    const itineraries = selectOptions(best.itinerary, candidates, checked.alternatives, checked.objective);
    return { itineraries, snaps };
  }

  function pareto(query: RouteQuery, options: QueryOptions = {}): RouteResult {
    const context = contextOf(query, options);
    const snaps = snapsOf(context);
    const graph = prepared(context.checked.avoidPassages);
    const from = graph.compiled.nodeIndex.get(context.from.nodeKey);
    const to = graph.compiled.nodeIndex.get(context.to.nodeKey);
    const { criteria, weights, blocked } = arraysFor(graph, context, context.checked);
    const paths =
      from === undefined || to === undefined
        ? []
        : paretoFront(
            graph,
            criteria,
            blocked,
            from,
            to,
            context.checked.maxTransfers + 1,
            viaNodes(graph, context.via),
          );
    if (paths.length === 0) {
      return { noRoute: withSuspended(explainNoRoute(context, relaxed(context)), context), snaps };
    }
    const itineraries = paths.map((edges) => {
      let value = 0;
      for (const e of edges) value += weights[e] as number;
      return buildItinerary(graph, criteria, edges, directory, value, context.checked.departMs);
    });
    // With `alternatives`, the front is cut to the K options best by the objective; shown fastest first.
    const kept =
      query.alternatives === undefined
        ? itineraries
        : [...itineraries].sort((a, b) => a.objectiveValue - b.objectiveValue).slice(0, context.checked.alternatives);
    kept.sort((a, b) => a.totals.durationHours - b.totals.durationHours || a.totals.costUsd - b.totals.costUsd);
    return { itineraries: kept, snaps };
  }

  return {
    network,
    costing: routerCosting,
    lookup,
    route,
    pareto,
    suspendedServices: (avoid) => prepared(new Set(avoid)).routing.suspendedServices,
    graph: (avoid) => prepared(new Set(avoid)),
  };
}
