import type { FeatureCollection } from 'geojson';
import type { CostingOverrides } from '../costing/costing-defaults.js';
import type { AssignmentResult } from '../flow/assignment-result.js';
import { type CalibrationRow, calibrationReport } from '../flow/calibration-report.js';
import { type CorridorCapacity, corridorCapacity, placeSet } from '../flow/corridor-capacity.js';
import type { IterationRecord } from '../flow/frank-wolfe.js';
import { type SelectedFlow, selectLink } from '../flow/select-link.js';
import { itineraryFeatures } from '../geo/itinerary-features.js';
import { type NetworkPart, networkFeatures } from '../geo/network-features.js';
import { createGraphCache, type GraphCache } from '../graph/graph-cache.js';
import type { NetworkLookup } from '../load/network-lookup.js';
import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import { type EndpointOption, endpointOptions } from '../model/endpoint-options.js';
import { excerpt } from '../model/excerpt.js';
import type { NoRoute } from '../model/itinerary.js';
import type { DemandFlow, Network } from '../model/network.js';
import { createEndpointSearch, type EndpointSearch } from '../model/search-endpoints.js';
import type { Source } from '../model/source.js';
import { didYouMean, suggest } from '../model/suggest.js';
import { createRouter, type Router } from '../routing/create-router.js';
import { checkDemand } from './check-demand.js';
import { type DistanceAnswer, distanceAnswer } from './distance-answer.js';
import { keptAssignments } from './kept-assignments.js';
import { lookupProblem } from './lookup-issue.js';
import { readDistanceRequest } from './read-distance-request.js';
import { parseRequest, problemsSummary, readRequest } from './read-request.js';
import { readRouteRequest } from './read-route-request.js';
import {
  type AssignRequest,
  AssignRequestSchema,
  type DistanceRequest,
  type MaxFlowRequest,
  MaxFlowRequestSchema,
  type PlacesRequest,
  PlacesRequestSchema,
  type RouteRequest,
  type ScenarioCompareRequest,
} from './request-schemas.js';
import { type RouteAnswer, routeAnswer } from './route-answer.js';
import {
  type CompareRun,
  prepareScenarioGraphs,
  runScenarioComparison,
  type ScenarioAnswer,
  type ScenarioInput,
} from './scenario-comparison.js';

/** The answer to an assignment request: the result's plain figures (no compiled graph), with calibration. */
export interface AssignmentAnswer
  extends Pick<
    AssignmentResult,
    'method' | 'capacityRule' | 'relativeGap' | 'iterations' | 'totals' | 'elements' | 'corridors' | 'modeSplit'
  > {
  readonly unserved: AssignmentResult['unserved'];
  readonly calibration: readonly CalibrationRow[];
  readonly history: readonly IterationRecord[];
  /** With `select`: the element asked and the OD pairs whose flow passes it. */
  readonly selectLink?: { readonly element: string; readonly flows: readonly SelectedFlow[] };
}

/** The answer to a max-flow request: the corridor's capacity and its cut, with `null` for unlimited. */
export type MaxFlowAnswer = Omit<CorridorCapacity, 'maxFlowTeuPerWeek'> & {
  /** `null` when an uncapacitated chain joins the sets (then `unlimited` is true and the cut is empty). */
  readonly maxFlowTeuPerWeek: number | null;
  readonly unlimited: boolean;
};

/** A route as GeoJSON: the itineraries' legs and stops, or an empty collection that says why there is none. */
export interface RouteGeoJson extends FeatureCollection {
  readonly noRoute?: NoRoute;
}

/** Options of an engine. */
export interface EngineOptions {
  /** Costing overrides for every answer (defaults: `DEFAULT_COSTING`). */
  readonly costing?: CostingOverrides;
  /**
   * The compiled graphs' cache: one per engine unless given (share one between engines to bound their memory
   * together). Default bound: `GRAPH_CACHE_DEFAULTS` (256 MiB, 32 graphs), least recently used out first.
   */
  readonly graphCache?: GraphCache;
}

/** What an assignment runs on besides its request: a demand matrix of the caller's, a progress callback. */
export interface AssignRun {
  /** The demand to assign (default: the dataset's), e.g. read from a user's demand file. */
  readonly demand?: readonly DemandFlow[];
  /** Called after each equilibrium iteration, with its relative gap (a progress bar). */
  readonly onProgress?: (record: IterationRecord) => void;
  /**
   * Given the full result once the assignment ends, for a caller that draws or drills into it (flows by compiled
   * edge, select-link, element detail); the answer itself stays plain data.
   */
  readonly onResult?: (result: AssignmentResult) => void;
}

/**
 * One object per loaded network that every front end (the CLI, the dashboard's worker, the HTTP server, a
 * developer's own tool) asks: it checks each request once, resolves its places once, keeps the compiled graphs
 * in one cache, and answers with plain, serialisable data (`answerJson` writes it) or throws one error type
 * (`CorridorError`, written by `errorBody`).
 */
export interface Engine {
  readonly network: Network;
  readonly lookup: NetworkLookup;
  /** The best route and its alternatives; `noRoute` with the reason when the constraints cut every path. */
  route(request: RouteRequest): RouteAnswer;
  /** The Pareto front over time, cost and CO2e. */
  pareto(request: RouteRequest): RouteAnswer;
  /** The dataset's weekly demand assigned to the network, with utilization, bottlenecks and calibration. */
  assign(request?: AssignRequest, run?: AssignRun): AssignmentAnswer;
  /** The most TEU per week between two sets of places, and the cut that limits it. */
  maxflow(request: MaxFlowRequest): MaxFlowAnswer;
  /** A scenario (a preset id or a scenario object) against the base network: routes and, asked, flows. */
  compareScenario(scenario: ScenarioInput, request?: ScenarioCompareRequest, run?: CompareRun): ScenarioAnswer;
  /**
   * Prepares a comparison of a preset with the assignment: compiles the routing graphs it will use (its network with
   * the passages it closes) and runs its assignment (and the base's, kept), so that `compareScenario` of it later
   * finds them: what a front end runs while the user reads the form. Presets only (a scenario object is a new
   * network each time); the comparison's figures are the same either way. With `{ assignment: false }` it compiles
   * the graphs only (all a comparison without the assignment needs), so a front end can prepare in two steps and
   * answer a request between them; a later call with the assignment finds the graphs built.
   *
   * @param preset - a preset id of the dataset
   * @param options - `assignment`: also run the base's and the preset's assignments (default true)
   * @throws CorridorError `unknown-reference` for an unknown preset
   */
  prepareScenario(preset: string, options?: { readonly assignment?: boolean }): void;
  /**
   * The network as GeoJSON (RFC 7946): terminals, infrastructure and services, each feature with an id; lines cut
   * at ±180° unless `splitAntimeridian` is false (a map that draws across the dateline wants them whole).
   */
  networkGeoJson(options?: { readonly part?: NetworkPart; readonly splitAntimeridian?: boolean }): FeatureCollection;
  /**
   * A route request's itineraries as GeoJSON: each leg a line and each stop a point, ids unique across the
   * alternatives; no route gives an empty collection with a `noRoute` member.
   */
  routeGeoJson(request: RouteRequest, options?: { readonly splitAntimeridian?: boolean }): RouteGeoJson;
  /**
   * The shortest infrastructure distance between two places or terminals (sea lanes, rail, road, or the great circle
   * between airports), whatever services run; `noPath` with the reason when the network has none.
   */
  distance(request: DistanceRequest): DistanceAnswer;
  /** Places and terminals a query can start or end at, found by code or name in either language. */
  places(request?: PlacesRequest): readonly EndpointOption[];
  /** One source of the register; `unknown-reference` with a did-you-mean for an unknown id. */
  source(id: string): Source;
  /** The dataset's source register. */
  sources(): readonly Source[];
}

/**
 * Opens an engine on a validated network.
 *
 * @param network - from `loadNetwork`, `readDatasetDirectory` or `@corridor/data`
 * @param options - costing overrides
 * @returns the engine; keep one per network
 * @example
 * ```ts
 * import { createEngine } from '@corridor/core/engine';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const engine = createEngine(fujianNetwork);
 * const answer = engine.route({ from: 'Xiamen', to: 'Duisburg', modes: ['sea', 'rail'], teu: 2 });
 * console.log(answer.ends.from); // → { id: 'CNXMN', nameEn: 'Xiamen', nameZh: '厦门', kind: 'place', position: [ 118.089, 24.48 ] }
 * if ('itineraries' in answer) console.log(answer.itineraries[0]?.modes, answer.itineraries[0]?.legs[0]?.rateAsOf); // → [ 'rail' ] null
 * console.log(engine.places({ q: '杜伊斯堡' }).map((place) => place.id)); // → [ 'DEDUI', 'duisburg_logport' ]
 * const capacity = engine.maxflow({ from: 'region:fujian', to: 'region:eu', modes: ['rail'] });
 * console.log(capacity.maxFlowTeuPerWeek, capacity.unlimited); // → 300 false
 * ```
 */
export function createEngine(network: Network, options: EngineOptions = {}): Engine {
  const graphs = options.graphCache ?? createGraphCache();
  const router: Router = createRouter(network, {
    graphCache: graphs,
    ...(options.costing === undefined ? {} : { costing: options.costing }),
  });
  const lookup = router.lookup;
  const assignments = keptAssignments(network, router, options.costing);
  /** The places and terminals searched by `places`, folded once, when first asked. */
  let searchPlaces: EndpointSearch | undefined;

  function routeWith(search: 'route' | 'pareto', request: RouteRequest): RouteAnswer {
    const read = readRouteRequest(request, router, search);
    return routeAnswer(router[search](read.query), read.ends, network, read.geometry);
  }

  return {
    network,
    lookup,
    route: (request) => routeWith('route', request),
    pareto: (request) => routeWith('pareto', request),
    assign(request = {}, run = {}) {
      const read = readRequest(AssignRequestSchema, request, 'assign request');
      // A select that names nothing is refused before the assignment runs, not seconds after.
      if (read.select !== undefined && !namesElement(network, read.select)) selected(undefined, read.select, network);
      const result = assignments.run({
        ...(read.method === undefined ? {} : { method: read.method }),
        ...(read.gap === undefined ? {} : { gap: read.gap }),
        ...(read.maxIterations === undefined ? {} : { maxIterations: read.maxIterations }),
        ...(run.demand === undefined ? {} : { demand: checkDemand(run.demand) }),
        ...(run.onProgress === undefined ? {} : { onIteration: run.onProgress }),
      });
      run.onResult?.(result);
      return {
        method: result.method,
        capacityRule: result.capacityRule,
        relativeGap: result.relativeGap,
        iterations: result.iterations,
        totals: result.totals,
        elements: result.elements,
        corridors: result.corridors,
        unserved: result.unserved,
        modeSplit: result.modeSplit,
        calibration: calibrationReport(result, network),
        history: read.history === false ? [] : result.history,
        ...(read.select === undefined
          ? {}
          : { selectLink: { element: read.select, flows: selected(result, read.select, network) } }),
      };
    },
    maxflow(request) {
      const file = 'maxflow request';
      const parsed = parseRequest(MaxFlowRequestSchema, request, file);
      const issues: InputIssue[] = parsed.ok ? [] : parsed.issues.map((issue) => boxesDoNotFly(issue));
      // The sets are looked up even when another field is wrong, so every problem is reported at once.
      const given = (request ?? {}) as Readonly<Record<string, unknown>>;
      const text = (field: 'from' | 'to'): string | undefined => {
        if (parsed.ok) return parsed.data[field];
        const value = given[field];
        return typeof value === 'string' ? value : undefined;
      };
      const set = (field: 'from' | 'to') => {
        const spec = text(field);
        if (spec === undefined) return [];
        try {
          return placeSet(network, lookup, spec);
        } catch (error) {
          if (!(error instanceof CorridorError)) throw error;
          const [message, fix] = error.message
            .replace(/^place: /, '')
            .replace(/ "[^"]*"(?=;| —|$)/, '')
            .split(/; | — /, 2);
          issues.push({
            file,
            field,
            value: excerpt(spec),
            ...lookupProblem(error),
            message: message ?? error.message,
            ...(fix === undefined ? {} : { fix }),
          });
          return [];
        }
      };
      const from = set('from');
      const to = set('to');
      if (!parsed.ok || issues.length > 0) {
        const unknown = issues.some((i) => /unknown/.test(i.message));
        throw new CorridorError(
          unknown ? 'unknown-reference' : 'invalid-argument',
          problemsSummary(file, issues),
          issues,
        );
      }
      const modes = parsed.data.modes;
      const capacity = corridorCapacity(router.graph([]), network, from, to, modes === undefined ? {} : { modes });
      const unlimited = capacity.maxFlowTeuPerWeek === Number.POSITIVE_INFINITY;
      return { ...capacity, maxFlowTeuPerWeek: unlimited ? null : capacity.maxFlowTeuPerWeek, unlimited };
    },
    compareScenario: (scenario, request = {}, run = {}) =>
      runScenarioComparison(
        network,
        router,
        scenario,
        request,
        run,
        graphs,
        // A scenario's "before" runs with the default costing: the kept default run is it only when the engine has
        // no costing of its own.
        options.costing === undefined ? () => assignments.run({}) : undefined,
      ),
    prepareScenario: (preset, prepare = {}) =>
      prepareScenarioGraphs(
        network,
        router,
        preset,
        graphs,
        // As for compareScenario: the kept default run is the "before" only without a costing of the engine's own.
        options.costing === undefined && prepare.assignment !== false ? () => assignments.run({}) : undefined,
      ),
    networkGeoJson(geo = {}) {
      return networkFeatures(network, graphs.infrastructure(network), {
        part: geo.part ?? 'network',
        splitAntimeridian: geo.splitAntimeridian ?? true,
      });
    },
    routeGeoJson(request, geo = {}) {
      const read = readRouteRequest(request, router, 'route');
      const result = router.route(read.query);
      if ('noRoute' in result) return { type: 'FeatureCollection', features: [], noRoute: result.noRoute };
      const splitAntimeridian = geo.splitAntimeridian ?? true;
      return {
        type: 'FeatureCollection',
        features: result.itineraries.flatMap(
          (itinerary, index) => itineraryFeatures(itinerary, { itinerary: index, splitAntimeridian }).features,
        ),
      };
    },
    distance(request) {
      return distanceAnswer(network, graphs.infrastructure(network), readDistanceRequest(request, lookup));
    },
    places(request = {}) {
      const read = readRequest(PlacesRequestSchema, request, 'places request');
      searchPlaces ??= createEndpointSearch(endpointOptions(network));
      return searchPlaces(read.q ?? '', read.limit);
    },
    source(id) {
      const found = network.sources.find((s) => s.id === id);
      if (found !== undefined) return found;
      const hint = didYouMean(
        suggest(
          id,
          network.sources.map((s) => s.id),
        ),
      );
      throw new CorridorError('unknown-reference', `source: unknown id "${id}"${hint}`, [
        {
          file: 'sources request',
          field: 'id',
          value: id,
          code: 'unknown-reference',
          params: {
            kind: 'source',
            ...(hint === ''
              ? {}
              : {
                  suggestion: suggest(
                    id,
                    network.sources.map((s) => s.id),
                  ).join(', '),
                }),
          },
          message: 'unknown source id',
          ...(hint === '' ? {} : { fix: hint.replace(/^ — /, '') }),
        },
      ]);
    },
    sources: () => network.sources,
  };
}

/** Air as a mode of a corridor's capacity is refused with the reason, not a bare list of modes. */
function boxesDoNotFly(issue: InputIssue): InputIssue {
  if (!/^modes\[\d+\]$/.test(issue.field ?? '') || issue.value !== 'air') return issue;
  return {
    ...issue,
    code: 'not-applicable',
    params: { rule: 'air-capacity' },
    message: 'corridor capacity counts containers, which do not fly',
    fix: 'use sea, rail or road',
  };
}

/** The ids an element may have, for a did-you-mean: terminals, crossings and services (without their legs). */
function elementIds(network: Network): string[] {
  return [
    ...network.terminals.map((t) => `${t.kind === 'border-crossing' ? 'border-crossing' : 'terminal'}:${t.id}`),
    ...network.services.map((s) => `service:${s.id}`),
  ];
}

/** Whether an id can name an element: `service:<id>:…`, `terminal:<id>` or `border-crossing:<id>` of the network. */
function namesElement(network: Network, id: string): boolean {
  const [kind, ref] = id.split(':');
  if (kind === 'service') return network.services.some((s) => s.id === ref);
  return (kind === 'terminal' || kind === 'border-crossing') && network.terminals.some((t) => t.id === ref);
}

/** The OD pairs through an element, or the element named as the bad field of the request. */
function selected(result: AssignmentResult | undefined, id: string, network: Network): readonly SelectedFlow[] {
  try {
    if (result === undefined) {
      const hint = didYouMean(suggest(id, elementIds(network)));
      const fix =
        'give service:<id>:<leg>, terminal:<id> or border-crossing:<id> (the ids of an assign answer’s elements)';
      throw new CorridorError(
        'unknown-reference',
        `select-link: unknown element "${id}"${hint === '' ? `; ${fix}` : hint}`,
      );
    }
    return selectLink(result, id);
  } catch (error) {
    if (!(error instanceof CorridorError)) throw error;
    throw new CorridorError(error.code, 'assign request: 1 problem', [
      {
        file: 'assign request',
        field: 'select',
        value: id,
        ...lookupProblem(error),
        message: error.message.replace(/^select-link: /, ''),
      },
    ]);
  }
}
