import type { FeatureCollection, LineString, Point } from 'geojson';
import type { CostingOverrides } from '../costing/costing-defaults.js';
import { assign } from '../flow/assign.js';
import type { AssignmentResult } from '../flow/assignment-result.js';
import { type CalibrationRow, calibrationReport } from '../flow/calibration-report.js';
import { type CorridorCapacity, corridorCapacity, placeSet } from '../flow/corridor-capacity.js';
import type { IterationRecord } from '../flow/frank-wolfe.js';
import { type SelectedFlow, selectLink } from '../flow/select-link.js';
import { buildInfrastructureGraphs, type InfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import { type NetworkPart, networkGeoJson } from '../geo/network-geojson.js';
import type { NetworkLookup } from '../load/network-lookup.js';
import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import type { DemandFlow, Network } from '../model/network.js';
import type { Source } from '../model/source.js';
import { didYouMean, suggest } from '../model/suggest.js';
import { createRouter, type Router } from '../routing/create-router.js';
import { type EndpointOption, endpointOptions } from './endpoint-options.js';
import { problemsSummary, readRequest } from './read-request.js';
import { readRouteRequest } from './read-route-request.js';
import {
  type AssignRequest,
  AssignRequestSchema,
  type MaxFlowRequest,
  MaxFlowRequestSchema,
  type PlacesRequest,
  PlacesRequestSchema,
  type RouteRequest,
  type ScenarioCompareRequest,
} from './request-schemas.js';
import { type RouteAnswer, routeAnswer } from './route-answer.js';
import { runScenarioComparison, type ScenarioAnswer, type ScenarioInput } from './scenario-comparison.js';
import { searchEndpoints } from './search-endpoints.js';

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

/** Options of an engine. */
export interface EngineOptions {
  /** Costing overrides for every answer (defaults: `DEFAULT_COSTING`). */
  readonly costing?: CostingOverrides;
}

/** What an assignment runs on besides its request: a demand matrix of the caller's, a progress callback. */
export interface AssignRun {
  /** The demand to assign (default: the dataset's), e.g. read from a user's demand file. */
  readonly demand?: readonly DemandFlow[];
  /** Called after each equilibrium iteration, with its relative gap (a progress bar). */
  readonly onProgress?: (record: IterationRecord) => void;
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
  compareScenario(scenario: ScenarioInput, request?: ScenarioCompareRequest): ScenarioAnswer;
  /** The network as GeoJSON (RFC 7946): terminals, infrastructure and services. */
  networkGeoJson(part?: NetworkPart): FeatureCollection<Point | LineString>;
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
 * const engine = createEngine(fujianNetwork);
 * const answer = engine.route({ from: 'Xiamen', to: 'Duisburg', modes: ['rail'] });
 * if ('itineraries' in answer) console.log(answer.itineraries[0]?.totals.durationHours);
 */
export function createEngine(network: Network, options: EngineOptions = {}): Engine {
  const router: Router = createRouter(network, options.costing === undefined ? {} : { costing: options.costing });
  const lookup = router.lookup;
  let endpoints: readonly EndpointOption[] | undefined;
  let infrastructure: InfrastructureGraphs | undefined;

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
      if (read.select !== undefined && !namesElement(network, read.select)) selected(undefined, read.select);
      const result = assign(network, {
        ...(read.method === undefined ? {} : { method: read.method }),
        ...(read.gap === undefined ? {} : { gap: read.gap }),
        ...(read.maxIterations === undefined ? {} : { maxIterations: read.maxIterations }),
        ...(options.costing === undefined ? {} : { costing: options.costing }),
        ...(run.demand === undefined ? {} : { demand: run.demand }),
        ...(run.onProgress === undefined ? {} : { onIteration: run.onProgress }),
        prepared: router.graph([]),
      });
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
          : { selectLink: { element: read.select, flows: selected(result, read.select) } }),
      };
    },
    maxflow(request) {
      const read = readRequest(MaxFlowRequestSchema, request, 'maxflow request');
      const issues: InputIssue[] = [];
      const set = (spec: string, field: 'from' | 'to') => {
        try {
          return placeSet(network, lookup, spec);
        } catch (error) {
          if (!(error instanceof CorridorError)) throw error;
          issues.push({ file: 'maxflow request', field, value: spec, message: error.message.replace(/^place: /, '') });
          return [];
        }
      };
      const from = set(read.from, 'from');
      const to = set(read.to, 'to');
      if (issues.length > 0)
        throw new CorridorError('unknown-reference', problemsSummary('maxflow request', issues), issues);
      const capacity = corridorCapacity(
        router.graph([]),
        network,
        from,
        to,
        read.modes === undefined ? {} : { modes: read.modes },
      );
      const unlimited = capacity.maxFlowTeuPerWeek === Number.POSITIVE_INFINITY;
      return { ...capacity, maxFlowTeuPerWeek: unlimited ? null : capacity.maxFlowTeuPerWeek, unlimited };
    },
    compareScenario: (scenario, request = {}) => runScenarioComparison(network, router, scenario, request),
    networkGeoJson(part = 'network') {
      infrastructure ??= buildInfrastructureGraphs(network);
      return networkGeoJson(network, infrastructure, part);
    },
    places(request = {}) {
      const read = readRequest(PlacesRequestSchema, request, 'places request');
      endpoints ??= endpointOptions(network);
      return searchEndpoints(endpoints, read.q ?? '', read.limit);
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
          message: 'unknown source id',
          ...(hint === '' ? {} : { fix: hint.replace(/^ — /, '') }),
        },
      ]);
    },
    sources: () => network.sources,
  };
}

/** Whether an id can name an element: `service:<id>:…`, `terminal:<id>` or `border-crossing:<id>` of the network. */
function namesElement(network: Network, id: string): boolean {
  const [kind, ref] = id.split(':');
  if (kind === 'service') return network.services.some((s) => s.id === ref);
  return (kind === 'terminal' || kind === 'border-crossing') && network.terminals.some((t) => t.id === ref);
}

/** The OD pairs through an element, or the element named as the bad field of the request. */
function selected(result: AssignmentResult | undefined, id: string): readonly SelectedFlow[] {
  try {
    if (result === undefined) {
      throw new CorridorError(
        'unknown-reference',
        `select-link: no element "${id}"; give service:<id>:<leg>, terminal:<id> or border-crossing:<id> (the ids of an assign answer's elements)`,
      );
    }
    return selectLink(result, id);
  } catch (error) {
    if (!(error instanceof CorridorError)) throw error;
    throw new CorridorError(error.code, 'assign request: 1 problem', [
      { file: 'assign request', field: 'select', value: id, message: error.message.replace(/^select-link: /, '') },
    ]);
  }
}
