import { z } from 'zod';
import type { AssignmentResult } from '../flow/assignment-result.js';
import type { GraphCache } from '../graph/graph-cache.js';
import { parseScenario } from '../load/check-scenarios.js';
import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import type { Objective, RouteQuery, Totals } from '../model/itinerary.js';
import { jsonDepth } from '../model/json-depth.js';
import type { Mode, Network } from '../model/network.js';
import type { Scenario } from '../model/scenario.js';
import { didYouMean, suggest } from '../model/suggest.js';
import type { Router } from '../routing/create-router.js';
import { type AppliedScenario, applyScenario, type SuspendedService } from '../scenario/apply-scenario.js';
import {
  type AssignmentComparison,
  type CostSplit,
  compareScenario,
  type RouteSide,
  type ScenarioComparison,
} from '../scenario/compare-scenario.js';
import { prepareComparison } from '../scenario/prepare-comparison.js';
import { MAX_REQUEST_DEPTH, problemsSummary, readRequest } from './read-request.js';
import { readRouteRequest } from './read-route-request.js';
import { type RouteRequest, type ScenarioCompareRequest, ScenarioCompareRequestSchema } from './request-schemas.js';
import { type AskedRoute, summaryOf } from './scenario-summary.js';

/** The OD pairs compared when a request names none (and asks no assignment): the corridors' main pairs. */
export const DEFAULT_ROUTE_PAIRS: readonly (readonly [string, string])[] = [
  ['Xiamen', 'Rotterdam'],
  ['Xiamen', 'Duisburg'],
  ['Xiamen', 'Los Angeles'],
  ['Fuzhou', 'Moscow'],
  ['Chengdu', 'Singapore'],
];

/** A pair held to no mode is compared once per main mode, by sea and by rail, and by any mode. */
export const COMPARED_MODES: readonly Mode[] = ['sea', 'rail'];

/** The objective of compared routes unless asked otherwise: shippers book the cheapest. */
export const DEFAULT_SCENARIO_OBJECTIVE: Objective = 'cost';

/** What a comparison runs with besides its request. */
export interface CompareRun {
  /** What a scenario object or text is called in its problems (a file name; default `scenario`). */
  readonly source?: string;
  /**
   * Given the full comparison (both assignments' results, for a map of the legs whose flow changed), the applied
   * scenario and the route queries in the order of `comparison.routes`, before rows are filtered for the answer.
   */
  readonly onComparison?: (
    comparison: ScenarioComparison,
    applied: AppliedScenario,
    queries: readonly RouteQuery[],
  ) => void;
}

/**
 * A scenario to compare: a preset id of the dataset, a scenario object, or `{ json }`, a scenario's JSON text as
 * read from a file (then a text that is not JSON is reported as such). Objects and texts are checked against the
 * network like the dashboard's user scenarios: their edits need no source ids.
 */
export type ScenarioInput = string | { readonly json: string } | object;

/** One compared route: the ends by id and name, the mode it was held to, both sides and the change. */
export interface ScenarioRouteAnswer {
  readonly from: string;
  readonly to: string;
  readonly fromName: string;
  readonly toName: string;
  /** The modes the comparison was held to; null for any mode. */
  readonly modes: readonly Mode[] | null;
  /** `sea`, `rail` or `any` when a pair was expanded per mode. */
  readonly by?: Mode | 'any';
  readonly before: RouteSide;
  readonly after: RouteSide;
  /** After minus before, when both sides have a route; null otherwise. */
  readonly change: Totals | null;
  /** The USD change split into the carriers' re-routing and the market's reaction; null when not both move. */
  readonly costSplit: CostSplit | null;
}

/** What the assignment comparison answers: every figure but the full results (compiled edges). */
export type ScenarioAssignmentAnswer = Omit<AssignmentComparison, 'baseResult' | 'scenarioResult'>;

/** The answer to a scenario comparison. */
export interface ScenarioAnswer {
  readonly scenario: {
    readonly id: string;
    readonly nameEn: string;
    readonly nameZh?: string;
    readonly description: string;
    /** `preset` for a dataset's preset, `given` for a scenario object of the request's. */
    readonly origin: 'preset' | 'given';
    readonly edits: number;
  };
  /** Where the routes came from: the defaults, the request, or none (an assignment-only request). */
  readonly routesFrom: 'default' | 'given' | 'none';
  readonly objective: Objective;
  readonly routes: readonly ScenarioRouteAnswer[];
  readonly assignment?: ScenarioAssignmentAnswer;
  readonly suspended: readonly SuspendedService[];
  /** Plain-language sentences, most telling first. */
  readonly summary: readonly string[];
}

/**
 * A preset applied once per network and kept while both live: the same applied network object each time, so its
 * compiled graphs stay in the engine's cache and a repeated comparison rebuilds nothing.
 */
const appliedPresets = new WeakMap<Network, WeakMap<Scenario, AppliedScenario>>();

function appliedPreset(network: Network, scenario: Scenario): AppliedScenario {
  let byScenario = appliedPresets.get(network);
  if (byScenario === undefined) {
    byScenario = new WeakMap();
    appliedPresets.set(network, byScenario);
  }
  let applied = byScenario.get(scenario);
  if (applied === undefined) {
    applied = applyScenario(network, scenario);
    byScenario.set(scenario, applied);
  }
  return applied;
}

/** The routes of a request, as received: each is checked as a route request of its own. */
const RoutesToCheck = z.array(z.unknown()).max(100).optional();

/** The comparison request as read here: its routes left as received, for `readRouteRequest` to check one by one. */
const CompareRequestToRead = ScenarioCompareRequestSchema.extend({ routes: RoutesToCheck });

function resolveScenario(
  network: Network,
  input: ScenarioInput,
  source: string,
): { scenario: Scenario; origin: 'preset' | 'given' } {
  if (typeof input === 'string') {
    const preset = network.scenarios.find((s) => s.id === input);
    if (preset !== undefined) return { scenario: preset, origin: 'preset' };
    const ids = network.scenarios.map((s) => s.id);
    const hint = didYouMean(suggest(input, ids));
    throw new CorridorError('unknown-reference', `scenario: unknown preset "${input}"`, [
      {
        file: 'scenario request',
        field: 'scenario',
        value: input,
        code: 'unknown-reference',
        params: { kind: 'scenario', ...(hint === '' ? {} : { suggestion: suggest(input, ids).join(', ') }) },
        message: 'unknown preset',
        fix:
          hint !== ''
            ? hint.replace(/^ — /, '')
            : ids.length === 0
              ? 'the dataset has no presets'
              : `presets: ${ids.join(', ')}`,
      },
    ]);
  }
  if (!isJsonText(input) && jsonDepth(input, MAX_REQUEST_DEPTH) > MAX_REQUEST_DEPTH) {
    throw new CorridorError('invalid-input', `${source}: 1 problem`, [
      {
        file: source,
        code: 'too-deep',
        params: { limit: MAX_REQUEST_DEPTH },
        message: `nested deeper than ${MAX_REQUEST_DEPTH} levels`,
        fix: 'send one scenario object',
      },
    ]);
  }
  // A scenario of the caller's own, like the dashboard's user scenarios: edits need no source ids.
  const text = isJsonText(input) ? input.json : (JSON.stringify(input) ?? 'null');
  return { scenario: parseScenario(text, network, source, { allowUnsourced: true }), origin: 'given' };
}

function isJsonText(input: unknown): input is { readonly json: string } {
  return typeof input === 'object' && input !== null && typeof (input as { json?: unknown }).json === 'string';
}

/** Whether a text names a place or terminal of the network. */
function resolves(router: Router, text: string): boolean {
  try {
    router.lookup.find(text);
    return true;
  } catch (error) {
    if (error instanceof CorridorError) return false;
    throw error;
  }
}

/**
 * Compiles, into the engine's graph cache, the routing graphs a comparison of a preset will use, and, given the
 * engine's kept base assignment, runs the preset's (the engine's `prepareScenario`): the preset applied once and
 * kept, as `runScenarioComparison` will find it.
 *
 * @param network - the base network
 * @param router - the engine's router on it
 * @param preset - a preset id of the network
 * @param graphCache - the engine's graph cache
 * @param baseAssignment - the engine's kept default assignment of the base network (absent: graphs only)
 * @throws CorridorError `unknown-reference` for an unknown preset
 */
export function prepareScenarioGraphs(
  network: Network,
  router: Router,
  preset: string,
  graphCache: GraphCache,
  baseAssignment?: () => AssignmentResult,
): void {
  const { scenario } = resolveScenario(network, preset, 'scenario');
  prepareComparison(network, appliedPreset(network, scenario), {
    baseRouter: router,
    graphCache,
    ...(baseAssignment === undefined ? {} : { baseAssignment: baseAssignment() }),
  });
}

/**
 * Compares a scenario with the base network: the routes asked (each pair held to no mode compared by sea, by
 * rail and by any mode; the dataset's main pairs when none is asked), and, asked, the assignments.
 *
 * @param network - the base network
 * @param router - the engine's router on it (its compiled graphs are reused)
 * @param input - a preset id or a scenario object
 * @param request - routes, objective, assignment
 * @param run - what a scenario object is called in its problems, and who wants the full comparison
 * @param graphCache - the engine's graph cache, for the scenario's own compiled graphs
 * @param baseAssignment - the base network's default assignment, when the caller keeps one (an engine does): the
 *   scenario's "before" is then not run again
 * @returns plain data
 * @throws CorridorError for an unknown preset, an invalid scenario object or request, an unknown place
 * @example
 * ```ts
 * import { runScenarioComparison } from '@corridor/core/engine';
 * import { createRouter } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const router = createRouter(fujianNetwork);
 * const answer = runScenarioComparison(fujianNetwork, router, 'red-sea-closure', {
 *   routes: [{ from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'] }],
 * });
 * console.log(answer.scenario.id, answer.objective, answer.routes.length); // → red-sea-closure cost 1
 * console.log(answer.summary[0]); // → Xiamen → Rotterdam: +10.9 days, USD +2,673 (re-routing +214, market reaction +2,458), +636 kg CO2e, now via cape-of-good-hope
 * ```
 */
export function runScenarioComparison(
  network: Network,
  router: Router,
  input: ScenarioInput,
  request: ScenarioCompareRequest,
  run: CompareRun = {},
  graphCache?: GraphCache,
  baseAssignment?: () => AssignmentResult,
): ScenarioAnswer {
  const source = run.source ?? 'scenario';
  // Each route is checked on its own below (every problem of every route reported at once, by its index).
  const read = readRequest(CompareRequestToRead, request, 'scenario request');
  const { scenario, origin } = resolveScenario(network, input, source);
  const objective = read.objective ?? DEFAULT_SCENARIO_OBJECTIVE;
  const issues: InputIssue[] = [];
  const asked: AskedRoute[] = [];
  const perMode = read.perMode !== false;
  const ask = (route: RouteRequest, i: number | undefined) => {
    let resolved: ReturnType<typeof readRouteRequest>;
    try {
      const held = route.modes === undefined && read.modes !== undefined ? { modes: read.modes } : {};
      resolved = readRouteRequest({ objective, ...route, ...held }, router, 'scenario');
    } catch (error) {
      if (!(error instanceof CorridorError) || i === undefined) throw error;
      // A route of the request: its problems located in the request (`routes[2].to`).
      for (const issue of error.issues) {
        issues.push({
          ...issue,
          file: 'scenario request',
          field: `routes[${i}]${issue.field === undefined ? '' : `.${issue.field}`}`,
        });
      }
      return;
    }
    const { from, to } = resolved.ends;
    const names = { fromName: from.nameEn, toName: to.nameEn, fromNameZh: from.nameZh, toNameZh: to.nameZh };
    const { query } = resolved;
    if (query.modes !== undefined || !perMode) asked.push({ query, ...names });
    else {
      for (const mode of COMPARED_MODES) asked.push({ query: { ...query, modes: [mode] }, ...names, by: mode });
      asked.push({ query, ...names, by: 'any' });
    }
  };
  if (read.routes !== undefined) {
    for (const [i, route] of read.routes.entries()) ask(route as RouteRequest, i);
  } else if (read.assign !== true) {
    // A user's dataset may not hold every default place: those pairs are skipped, not reported.
    for (const [from, to] of DEFAULT_ROUTE_PAIRS) {
      if (resolves(router, from) && resolves(router, to)) ask({ from, to }, undefined);
    }
  }
  if (issues.length > 0)
    throw new CorridorError('unknown-reference', problemsSummary('scenario request', issues), issues);
  const applied = origin === 'preset' ? appliedPreset(network, scenario) : applyScenario(network, scenario);
  const full = compareScenario(network, applied, {
    routes: asked.map((r) => r.query),
    baseRouter: router,
    ...(graphCache === undefined ? {} : { graphCache }),
    ...(read.assign === true ? { assignment: true } : {}),
    ...(read.assign === true && baseAssignment !== undefined ? { baseAssignment: baseAssignment() } : {}),
  });
  run.onComparison?.(
    full,
    applied,
    asked.map((a) => a.query),
  );
  // A per-mode row with no route on either side (Xiamen → Los Angeles by rail) says nothing; nor does the
  // any-mode row when a per-mode row of its pair already shows the same route before and after.
  const same = (i: number, j: number) =>
    JSON.stringify([full.routes[i]?.before, full.routes[i]?.after]) ===
    JSON.stringify([full.routes[j]?.before, full.routes[j]?.after]);
  const keep = full.routes.map((r, i) => {
    const mode = asked[i]?.by;
    if (mode === undefined) return true;
    if ('noRoute' in r.before && 'noRoute' in r.after) return false;
    if (mode !== 'any') return true;
    return !COMPARED_MODES.some((_, k) => same(i, i - COMPARED_MODES.length + k));
  });
  const keptAsked = asked.filter((_, i) => keep[i]);
  const comparison = { ...full, routes: full.routes.filter((_, i) => keep[i]) };
  const { assignment } = comparison;
  return {
    scenario: {
      id: scenario.id,
      nameEn: scenario.nameEn,
      ...(scenario.nameZh === undefined ? {} : { nameZh: scenario.nameZh }),
      description: scenario.description,
      origin,
      edits: scenario.edits.length,
    },
    routesFrom: read.routes !== undefined ? 'given' : read.assign === true ? 'none' : 'default',
    objective,
    routes: comparison.routes.map((route, i) => {
      const ask = keptAsked[i] as AskedRoute;
      const change =
        'noRoute' in route.before || 'noRoute' in route.after
          ? null
          : {
              durationHours: route.after.totals.durationHours - route.before.totals.durationHours,
              costUsd: route.after.totals.costUsd - route.before.totals.costUsd,
              co2eKg: route.after.totals.co2eKg - route.before.totals.co2eKg,
              distanceKm: route.after.totals.distanceKm - route.before.totals.distanceKm,
            };
      return {
        from: route.from,
        to: route.to,
        fromName: ask.fromName,
        toName: ask.toName,
        modes: ask.query.modes ?? null,
        ...(ask.by === undefined ? {} : { by: ask.by }),
        before: route.before,
        after: route.after,
        change,
        costSplit: route.costSplit ?? null,
      };
    }),
    ...(assignment === undefined
      ? {}
      : {
          assignment: {
            before: assignment.before,
            after: assignment.after,
            corridors: assignment.corridors,
            modeShares: assignment.modeShares,
            regionModeShares: assignment.regionModeShares,
            utilization: assignment.utilization,
            newBottlenecks: assignment.newBottlenecks,
            worsenedBottlenecks: assignment.worsenedBottlenecks,
            relievedBottlenecks: assignment.relievedBottlenecks,
          },
        }),
    suspended: comparison.suspended,
    summary: summaryOf(comparison, keptAsked, read.locale ?? 'en', network),
  };
}
