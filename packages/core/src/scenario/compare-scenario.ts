import { type AssignOptions, assign } from '../flow/assign.js';
import type { AssignmentResult, AssignmentTotals, ElementFlow } from '../flow/assignment-result.js';
import type { GraphCache } from '../graph/graph-cache.js';
import type { NoRoute, RouteQuery, RouteResult, Totals } from '../model/itinerary.js';
import type { Mode, Network, PassageId } from '../model/network.js';
import type { Router } from '../routing/create-router.js';
import type { AppliedScenario, SuspendedService } from './apply-scenario.js';
import { comparisonRouters, scenarioAssignment } from './prepare-comparison.js';
import { regionModeShares } from './region-mode-shares.js';

/** A route before or after: its totals, modes and passages, or why there is none. */
export type RouteSide =
  | {
      readonly totals: Totals;
      readonly modes: readonly Mode[];
      readonly passages: readonly PassageId[];
      readonly transfers: number;
    }
  | { readonly noRoute: NoRoute };

/** One OD query before and after. */
export interface RouteComparison {
  readonly from: string;
  readonly to: string;
  /** The modes the query allowed, when it held them (`['sea', 'road']`); absent for any mode. */
  readonly modes?: readonly Mode[];
  readonly before: RouteSide;
  readonly after: RouteSide;
  /**
   * When the scenario both changes the network (closes passages, …) and moves tariffs (`set-tariff`), the
   * cost change split in two: `reroutingUsd`, what the route costs with the scenario's edits but the base
   * tariffs (the carriers' diversion cost, longer rides) less the base; `marketUsd`, what the tariff edits
   * (a market reaction) add on top. They sum to the whole change.
   */
  readonly costSplit?: CostSplit;
}

/** A route's cost change split into the re-routing cost and the market reaction, USD for the query's shipment. */
export interface CostSplit {
  readonly reroutingUsd: number;
  readonly marketUsd: number;
}

/** What an element's utilization divides: (flow + background) ÷ capacity, per week in its unit. */
export interface UtilizationTerms {
  readonly flowPerWeek: number;
  readonly backgroundPerWeek: number;
  /** `null` without a capacity. */
  readonly capacityPerWeek: number | null;
}

/** A corridor's or mode's share before and after. */
export interface Shift {
  readonly id: string;
  readonly nameEn: string;
  readonly before: number;
  readonly after: number;
  /** Element utilization shifts: the terms on each side, so a reader can recompute both (absent elsewhere). */
  readonly terms?: { readonly before: UtilizationTerms; readonly after: UtilizationTerms };
}

/** What changed in the assignment. */
export interface AssignmentComparison {
  readonly before: AssignmentTotals;
  readonly after: AssignmentTotals;
  /** Units carried per week by each corridor. */
  readonly corridors: readonly Shift[];
  /** Share of each class's served demand by main mode (`container:rail`, …), 0–1. */
  readonly modeShares: readonly Shift[];
  /** The same by destination region (`container:eu:rail`, …), 0–1: see {@link regionModeShares}. */
  readonly regionModeShares: readonly Shift[];
  /** Elements whose utilization changed, largest change first. */
  readonly utilization: readonly Shift[];
  /** Elements at or over capacity after, but not before. */
  readonly newBottlenecks: readonly Shift[];
  /** Elements already at or over capacity before whose utilization rose by at least 5 points. */
  readonly worsenedBottlenecks: readonly Shift[];
  /** Elements at or over capacity before, under it after: what an expansion buys. */
  readonly relievedBottlenecks: readonly Shift[];
  /** The full results, for drawing (flows by compiled edge) and select-link. */
  readonly baseResult: AssignmentResult;
  readonly scenarioResult: AssignmentResult;
}

/** Base against scenario. */
export interface ScenarioComparison {
  readonly scenarioId: string;
  readonly routes: readonly RouteComparison[];
  readonly assignment?: AssignmentComparison;
  /** Services the scenario suspended: closed, or left with no way through a closed passage. */
  readonly suspended: readonly SuspendedService[];
}

/** What to compare. */
export interface CompareOptions {
  readonly routes?: readonly RouteQuery[];
  /** Run an assignment before and after (`true` for the defaults). */
  readonly assignment?: boolean | Omit<AssignOptions, 'prepared' | 'costing'>;
  /** A router on the base network to reuse (its compiled graphs are kept). */
  readonly baseRouter?: Router;
  /**
   * The graph cache the scenario's own routers compile into (an engine passes its one cache, so the scenario's
   * graphs count against the same memory bound and a repeated comparison rebuilds nothing).
   */
  readonly graphCache?: GraphCache;
  /**
   * The base network's assignment with these same assignment options and the default costing, already run (an
   * engine keeps its last ones: `assign` is pure, so a utilization run and a scenario's "before" are one result).
   */
  readonly baseAssignment?: AssignmentResult;
}

function side(result: RouteResult): RouteSide {
  if ('noRoute' in result) return { noRoute: result.noRoute };
  const best = result.itineraries[0];
  // route() answers at least one itinerary or a no-route; an empty list would be a fault of the router's.
  if (best === undefined) throw new Error('compareScenario: the router answered neither an itinerary nor a no-route');
  return { totals: best.totals, modes: best.modes, passages: best.passages, transfers: best.transfers };
}

function shares(result: AssignmentResult): Map<string, number> {
  return new Map(result.modeSplit.map((m) => [`${m.cargo}:${m.mode}`, m.share]));
}

/**
 * Compares a scenario with its base (docs/architecture.md, "The life of a scenario run"): routes for the given OD queries before and after, and,
 * when asked, an assignment before and after — flows shifted between corridors and modes, utilization
 * changes, new bottlenecks, unserved demand, totals. Neither network is changed; when the scenario leaves
 * the network as it was (only passages closed, or only emission factors), the base router and its compiled
 * graphs are reused.
 *
 * @param base - the base network
 * @param applied - the scenario applied to it (`applyScenario`)
 * @param options - route queries, assignment options, a base router to reuse
 * @example
 * ```ts
 * import { applyScenario, compareScenario } from '@corridor/core/scenario';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const redSea = fujianNetwork.scenarios.find((scenario) => scenario.id === 'red-sea-closure');
 * if (redSea) {
 *   const comparison = compareScenario(fujianNetwork, applyScenario(fujianNetwork, redSea), {
 *     routes: [{ from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'], objective: 'cost' }],
 *   });
 *   const [route] = comparison.routes;
 *   if (route && 'totals' in route.before && 'totals' in route.after) {
 *     const days = (route.after.totals.durationHours - route.before.totals.durationHours) / 24;
 *     console.log(`+${days.toFixed(1)} days, now via ${route.after.passages.join(', ')}`); // → +10.9 days, now via singapore-strait, malacca, cape-of-good-hope, dover
 *     console.log(Math.round(route.costSplit?.reroutingUsd ?? 0), Math.round(route.costSplit?.marketUsd ?? 0)); // → 214 2458
 *   }
 * }
 * ```
 */
export function compareScenario(
  base: Network,
  applied: AppliedScenario,
  options: CompareOptions = {},
): ScenarioComparison {
  const { baseRouter, scenarioRouter, physical, physicalRouter } = comparisonRouters(base, applied, options);
  const avoid = [...applied.avoidPassages];
  // A side keeps only figures: the legs' lines are not built (much of an itinerary's cost).
  const costing = { costing: applied.costing, lines: false };
  const routes = (options.routes ?? []).map((query): RouteComparison => {
    const closed = [...new Set([...(query.avoidPassages ?? []), ...avoid])];
    const before = side(baseRouter.route(query, { lines: false }));
    const after = side(scenarioRouter.route({ ...query, avoidPassages: closed }, costing));
    const rerouted =
      physical === undefined || physicalRouter === undefined
        ? undefined
        : side(physicalRouter.route({ ...query, avoidPassages: closed }, { costing: physical.costing, lines: false }));
    const costSplit =
      rerouted === undefined || 'noRoute' in before || 'noRoute' in after || 'noRoute' in rerouted
        ? undefined
        : {
            reroutingUsd: rerouted.totals.costUsd - before.totals.costUsd,
            marketUsd: after.totals.costUsd - rerouted.totals.costUsd,
          };
    return {
      from: typeof query.from === 'string' ? query.from : query.from.position.join(','),
      to: typeof query.to === 'string' ? query.to : query.to.position.join(','),
      ...(query.modes === undefined ? {} : { modes: [...query.modes] }),
      before,
      after,
      ...(costSplit === undefined ? {} : { costSplit }),
    };
  });
  const suspended = [
    ...applied.suspended,
    ...scenarioRouter.suspendedServices(avoid).map((serviceId) => ({
      serviceId,
      reason: `no way through with ${avoid.join(' and ')} closed`,
    })),
  ];
  if (options.assignment === undefined || options.assignment === false) {
    return { scenarioId: applied.scenario.id, routes, suspended };
  }
  const assignOptions = options.assignment === true ? {} : options.assignment;
  const baseResult = options.baseAssignment ?? assign(base, { ...assignOptions, prepared: baseRouter.graph([]) });
  const scenarioResult = scenarioAssignment(applied, scenarioRouter, baseResult, assignOptions);
  const corridors = baseResult.corridors.map((c, i) => ({
    id: c.id,
    nameEn: c.nameEn,
    before: c.carriedPerWeek,
    after: scenarioResult.corridors[i]?.carriedPerWeek ?? 0,
  }));
  const beforeShares = shares(baseResult);
  const afterShares = shares(scenarioResult);
  const modeShares = [...new Set([...beforeShares.keys(), ...afterShares.keys()])].sort().map((id) => ({
    id,
    nameEn: id,
    before: beforeShares.get(id) ?? 0,
    after: afterShares.get(id) ?? 0,
  }));
  const afterById = new Map(scenarioResult.elements.map((e) => [e.id, e]));
  const beforeById = new Map(baseResult.elements.map((e) => [e.id, e]));
  // An element one side lacks counts as empty there (no flow, no background, the other side's capacity).
  const termsOf = (e: ElementFlow | undefined, other: ElementFlow | undefined): UtilizationTerms => ({
    flowPerWeek: e?.flowPerWeek ?? 0,
    backgroundPerWeek: e?.backgroundPerWeek ?? 0,
    capacityPerWeek: e?.capacityPerWeek ?? other?.capacityPerWeek ?? null,
  });
  const shiftOf = (id: string, nameEn: string): Shift => {
    const b = beforeById.get(id);
    const a = afterById.get(id);
    return {
      id,
      nameEn,
      before: b?.utilization ?? 0,
      after: a?.utilization ?? 0,
      terms: { before: termsOf(b, a), after: termsOf(a, b) },
    };
  };
  const utilization = baseResult.elements
    .map((e) => shiftOf(e.id, e.nameEn))
    .concat(scenarioResult.elements.filter((e) => !beforeById.has(e.id)).map((e) => shiftOf(e.id, e.nameEn)))
    .filter((s) => Math.abs(s.after - s.before) > 1e-9)
    .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || a.id.localeCompare(b.id));
  // A change of state counts only when the other side is clearly not full, so "100 % → 100 %" is never news.
  const clearlyNotFull = 1 - BOTTLENECK_MARGIN;
  const newBottlenecks = utilization.filter((s) => s.after >= FULL_UTILIZATION && s.before < clearlyNotFull);
  const worsened = worsenedBottlenecks(utilization);
  const relievedBottlenecks = utilization.filter((s) => s.before >= FULL_UTILIZATION && s.after < clearlyNotFull);
  return {
    scenarioId: applied.scenario.id,
    routes,
    suspended,
    assignment: {
      before: baseResult.totals,
      after: scenarioResult.totals,
      corridors,
      modeShares,
      regionModeShares: regionModeShares(base, baseResult, scenarioResult),
      utilization,
      newBottlenecks,
      worsenedBottlenecks: worsened,
      relievedBottlenecks,
      baseResult,
      scenarioResult,
    },
  };
}

/**
 * An element is full (a bottleneck) at this utilization: within a thousandth of its capacity, because the default
 * equilibrium is solved to a relative gap of 1e-4 and trimmed to capacity, so a hard leg it fills may stop a few
 * hundred-thousandths short (Red Sea: Xiamen–Hamburg at 0.99999).
 */
export const FULL_UTILIZATION = 1 - 1e-3;

/**
 * A bottleneck is new, or relieved, only when its other side is at least this far under capacity (1 point):
 * a hard leg trimmed to 99.99 % after being full is still full to a reader.
 */
export const BOTTLENECK_MARGIN = 0.01;

/** A bottleneck that was already full worsens when its utilization rises by this much (5 percentage points). */
export const WORSENED_BOTTLENECK_POINTS = 0.05;

/**
 * The elements already at or over capacity before (background traffic included) whose utilization rose by at
 * least {@link WORSENED_BOTTLENECK_POINTS}: a crossing full before a scenario that gets fuller is no "new"
 * bottleneck, but it is the answer to "does it choke?".
 *
 * @param utilization - utilization shifts, 0–1 (1 = at capacity)
 * @param points - the least rise that counts, as a fraction (default 0.05)
 * @returns the worsened ones, in the order given
 * @example
 * ```ts
 * import { worsenedBottlenecks } from '@corridor/core/scenario';
 *
 * const utilization = [
 *   { id: 'border-crossing:brest_malaszewicze', nameEn: 'Brest / Małaszewicze', before: 1, after: 1.2 },
 *   { id: 'border-crossing:khorgos_altynkol', nameEn: 'Khorgos / Altynkol', before: 1, after: 1.01 },
 *   { id: 'terminal:xmn_port_haicang', nameEn: 'Xiamen Haicang', before: 0.6, after: 0.9 },
 * ];
 * console.log(worsenedBottlenecks(utilization).map((shift) => shift.id)); // → [ 'border-crossing:brest_malaszewicze' ]
 * ```
 */
export function worsenedBottlenecks(utilization: readonly Shift[], points = WORSENED_BOTTLENECK_POINTS): Shift[] {
  // The 1e-9 keeps a rise of exactly `points` in despite floating-point rounding.
  return utilization.filter((s) => s.before >= FULL_UTILIZATION && s.after - s.before >= points - 1e-9);
}
