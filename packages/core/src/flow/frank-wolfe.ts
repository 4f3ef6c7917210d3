import type { AssignmentProblem } from './assignment-problem.js';
import {
  type CapacityPrices,
  capacityPrices,
  hardOverload,
  OVERLOAD_TOLERANCE,
  priceSlackCost,
  updateCapacityPrices,
} from './capacity-prices.js';
import { emptyFlows, type FlowState } from './path-flows.js';
import { PathShifter, type ShifterPricing } from './path-shifter.js';
import { relativeGap } from './relative-gap.js';
import { type OdPaths, odGroups, shortestOdPaths } from './shortest-od-paths.js';
import { trimToCapacity } from './trim-to-capacity.js';
import { type WarmStart, warmStartFlows, warmStartPrices } from './warm-start.js';

/** One iteration of an equilibrium run. */
export interface IterationRecord {
  readonly iteration: number;
  /** (total cost − shortest-path cost) ÷ total cost, at the flows of this iteration. */
  readonly relativeGap: number;
  /**
   * Share of the served demand moved between paths since the previous iteration (0 for the first; 0 for
   * path equilibration).
   */
  readonly step: number;
  /**
   * `gradient-projection` for the equilibrium's iterations (the first measures the incremental start),
   * then `path-equilibration` rounds that even out the costs of used paths; `frank-wolfe` is what an
   * all-or-nothing run reports as its single iteration.
   */
  readonly phase: 'frank-wolfe' | 'gradient-projection' | 'path-equilibration';
  /**
   * The largest overload of a hard capacity, as a share of its capacity (0 when none is over; absent in a
   * run without hard capacities).
   */
  readonly overload?: number;
}

/** Options of an equilibrium run. */
export interface EquilibriumOptions {
  /** Stop when the relative gap is at most this (default 1e-4). */
  readonly gap: number;
  readonly maxIterations: number;
  /** Rounds of path equilibration after the iterations (default 0). */
  readonly pathRounds?: number;
  /** Told each iteration as it ends (a progress bar's feed; the dashboard's and the CLI's). */
  readonly onIteration?: (record: IterationRecord) => void;
  /**
   * Finds every OD pair's shortest path at given edge costs, the search round of each iteration (default
   * {@link shortestOdPaths}, one thread). Any replacement must return exactly what it returns — e.g. the
   * same searches split over worker threads (`bench/parallel-od-paths.ts`).
   */
  readonly findOdPaths?: OdPathFinder;
  /**
   * Leaving a unit unserved costs this many times its OD pair's cost at zero assigned flow (default
   * `UNSERVED_COST_FACTOR`); only where the problem has hard capacities.
   */
  readonly unservedCostFactor?: number;
  /**
   * Start from an earlier equilibrium's path flows (a scenario's from its base's: `warmStartFlows` in
   * `flow/warm-start.ts`) instead of loading the demand incrementally from nothing; the run still stops only at
   * `gap`.
   */
  readonly warmStart?: WarmStart;
}

/**
 * Leaving a box unserved costs ten times its OD pair's uncongested generalized cost: far dearer than any
 * detour with room (so demand is unserved only when the paths are full), yet finite so the multipliers of
 * full elements stay readable. An assumption of this model, not a published figure.
 */
export const UNSERVED_COST_FACTOR = 10;

export { OVERLOAD_TOLERANCE } from './capacity-prices.js';

/** The search round of an equilibrium iteration: shortest paths of every OD pair at given edge costs. */
export type OdPathFinder = (
  problem: AssignmentProblem,
  costs: readonly Float64Array[],
  blocked: readonly Uint8Array[],
  /** Only these OD pairs (and the others of their origins) need answers; the rest may stay `null`. */
  only?: readonly number[],
) => OdPaths;

/** What a method returns: the flows, and how far from equilibrium they are. */
export interface MethodOutcome {
  readonly state: FlowState;
  readonly relativeGap: number;
  readonly iterations: number;
  readonly history: readonly IterationRecord[];
  /** The hard capacities' multipliers at the end (a capped equilibrium only). */
  readonly prices?: CapacityPrices;
  /** Per OD pair, the cost per unit of leaving it unserved (a capped equilibrium only). */
  readonly unservedCost?: Float64Array;
}

/** Most passes of gradient projection over the known paths per multiplier update (they need no search). */
const MAX_SHIFT_PASSES = 20;
/** The passes stop once the gap within the known paths is this share of the target gap. */
const PATH_SET_GAP_SHARE = 0.1;
/**
 * Most multiplier updates per search round. Each one follows passes that even out the known paths at the
 * current prices (the inner problem of the augmented Lagrangian), so a round of searches, the dear part,
 * finds paths at prices already near the capacities' — rather than one update per search round, each on
 * flows still moving.
 */
const MAX_PRICE_UPDATES = 8;

/**
 * User equilibrium (docs/architecture.md, "The life of an assignment") by the path-based variant of Frank–Wolfe that converges far faster:
 * gradient projection with column generation (Jayakrishnan et al. 1994; Chen, Lee & Jayakrishnan 2002).
 * Start by loading the origins batch by batch, each on its shortest paths at the costs the batches before
 * it left (incremental loading); then each iteration prices the edges at the current element volumes
 * (BPR volume-delay), finds every OD pair's shortest path (one search per origin on the reused compiled
 * graph), measures the relative gap, adds each new shortest path to its OD pair's known paths, and then
 * runs passes of gradient projection over the known paths (`PathShifter`: Newton steps from dearer to
 * cheapest path, no search) until they cost the same to within a tenth of the target gap. Path flows are
 * kept, so select-link and per-OD paths come out exact. Then `pathRounds` of path equilibration
 * (`PathShifter.polish`, one search per OD pair) even out the costs of the paths each OD pair still uses.
 *
 * **Hard capacities** (`problem.hard`: service legs by default) are side constraints, solved by the
 * augmented-Lagrangian method (Larsson & Patriksson 1995; Bertsekas 1982): each hard element carries a
 * multiplier and a penalty, and an edge loading it costs max(0, multiplier + penalty × overload) more — the
 * queueing cost of a full train. Within each iteration, passes over the known paths and multiplier updates
 * alternate (at most `MAX_PRICE_UPDATES`): the passes solve the inner problem at fixed prices, then
 * the multipliers take the prices the elements charge; a penalty grows only after passes that reached
 * their tolerance, where an overload did not fall to a quarter, and never beyond a bound (capacity-prices).
 * Each OD pair also gets an "unserved" dummy path of cost `UNSERVED_COST_FACTOR` × its uncongested
 * cost, so demand is left unserved only when every real path is full. The gap is measured on the Lagrangian
 * costs with the dummy paths, plus the prices charged on elements with room ({@link relativeGap}). The run
 * stops when the gap is reached and no hard element is over by more than `OVERLOAD_TOLERANCE` of its
 * capacity; what overload is left is moved to paths with room or unserved (`trimToCapacity`), and the gap
 * measured again, so no hard element is ever over capacity.
 *
 * @param problem - the assignment problem
 * @param options - target gap, iteration cap, progress callback, search round
 * @example
 * ```ts
 * import { DEFAULT_COSTING } from '@corridor/core/costing';
 * import { assignmentProblem, frankWolfe, odDemands } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const problem = assignmentProblem(prepared, fujianNetwork, odDemands(fujianNetwork.demand), DEFAULT_COSTING);
 * const outcome = frankWolfe(problem, { gap: 1e-4, maxIterations: 50 });
 * console.log(outcome.iterations, outcome.relativeGap < 1e-4, outcome.history.at(-1)?.phase); // → 4 true gradient-projection
 * ```
 */
export function frankWolfe(problem: AssignmentProblem, options: EquilibriumOptions): MethodOutcome {
  const blocked = problem.classes.map((c) => c.blocked);
  const findOdPaths = options.findOdPaths ?? shortestOdPaths;
  const capped = problem.hard?.includes(1) === true;
  const pricing: ShifterPricing = capped ? cappedPricing(problem, findOdPaths, options.unservedCostFactor) : {};
  const { prices, unservedCost } = pricing;
  if (prices !== undefined && options.warmStart !== undefined) warmStartPrices(problem, prices, options.warmStart);
  const shifter = new PathShifter(problem, pricing);
  const state =
    options.warmStart === undefined
      ? incrementalStart(problem, shifter, findOdPaths)
      : warmStartFlows(problem, shifter, findOdPaths, options.warmStart);
  const history: IterationRecord[] = [];
  const innerGap = options.gap * PATH_SET_GAP_SHARE;
  /**
   * Prices `flows` (a capped run: on the Lagrangian costs, each hard element at its multiplier), searches,
   * and measures the gap (with the multipliers' complementary slackness) and the overload.
   */
  const measure = (flows: FlowState, iteration: number, step: number, phase: IterationRecord['phase']) => {
    const priced = shifter.price(flows, true);
    const found = findOdPaths(problem, priced, blocked);
    const slack = prices === undefined ? 0 : priceSlackCost(problem, prices, shifter.volumes);
    const record: IterationRecord = {
      iteration,
      relativeGap: relativeGap(problem, flows, priced, found, unservedCost, slack),
      step,
      phase,
      ...(capped ? { overload: hardOverload(problem, shifter.volumes) } : {}),
    };
    return { record, found };
  };
  const done = (record: IterationRecord) =>
    record.relativeGap <= options.gap && (record.overload ?? 0) <= OVERLOAD_TOLERANCE;
  /**
   * The flows cut to the hard capacities (`trimToCapacity`: overload moved to paths with room, or
   * unserved), measured again; `null` when the gap is not reached on them. The multipliers close in on the
   * capacities only in the limit, so once the gap is reached this is how a run within capacity ends.
   */
  const trimmed = (record: IterationRecord) => {
    if (unservedCost === undefined) return null;
    const copy = copyFlows(state);
    trimToCapacity(problem, copy, { costs: shifter.price(copy, true), unservedCost });
    const measured = measure(copy, record.iteration, record.step, record.phase).record;
    return done(measured) ? { state: copy, record: measured } : null;
  };
  /** The inner problem: passes over the known paths, then (capped) the multipliers follow, in turn. */
  const shiftAndPrice = (): number => {
    let shifted = 0;
    for (let update = 0; update < (prices === undefined ? 1 : MAX_PRICE_UPDATES); update++) {
      const shift = shifter.equilibrate(state, MAX_SHIFT_PASSES, innerGap);
      shifted += shift.shiftedPerWeek;
      if (prices === undefined) break;
      const settled = shift.pathSetGap <= innerGap;
      const change = updateCapacityPrices(problem, prices, shifter.volumes, settled);
      // The multipliers no longer move (by a share of the flows' cost within the inner tolerance) and the
      // capacities hold: the inner problem is solved, and more updates would change nothing.
      if (settled && change.overload <= OVERLOAD_TOLERANCE && change.moved <= innerGap * shift.costPerWeek) break;
    }
    return shifted;
  };
  let step = 0;
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    const { record, found } = measure(state, iteration, step, 'gradient-projection');
    const trim = !done(record) && record.relativeGap <= options.gap ? trimmed(record) : null;
    if (trim !== null) replaceFlows(state, trim.state);
    const kept = trim?.record ?? record;
    history.push(kept);
    options.onIteration?.(kept);
    if (done(kept) || iteration === options.maxIterations) break;
    addColumns(problem, state, found);
    const shifted = shiftAndPrice();
    const servedPerWeek = served(problem, state);
    step = servedPerWeek > 0 ? shifted / servedPerWeek : 0;
  }
  /** Flows as returned: paths without flow forgotten, cut to the hard capacities, measured again. */
  const finish = (flows: FlowState, last: IterationRecord) => {
    shifter.prune(flows);
    if (unservedCost === undefined) return last;
    // The overload left (at most the tolerance, unless the iteration cap stopped the run) moves to paths
    // with room, or is unserved.
    trimToCapacity(problem, flows, { costs: shifter.price(flows, true), unservedCost });
    return measure(flows, last.iteration, last.step, last.phase).record;
  };
  const pathRounds = options.pathRounds ?? 0;
  // Path equilibration may only improve on what the iterations reached: that is kept aside, finished.
  const reached = capped && pathRounds > 0 ? copyFlows(state) : null;
  const reachedRecord = reached === null ? null : finish(reached, history.at(-1) as IterationRecord);
  for (let round = 0; round < pathRounds; round++) {
    shifter.polish(state, 1);
    // The polish shifts at fixed prices; the inner problem is then solved again, as after each iteration.
    shiftAndPrice();
    const { record } = measure(state, history.length + 1, 0, 'path-equilibration');
    history.push(record);
    options.onIteration?.(record);
    // The used paths cost the same to rounding (and no hard element is over).
    if (record.relativeGap <= options.gap * 1e-6 && (record.overload ?? 0) <= OVERLOAD_TOLERANCE) break;
  }
  const last = history.pop();
  if (last !== undefined) history.push(finish(state, last));
  const final = history.at(-1);
  if (
    reached !== null &&
    reachedRecord !== null &&
    final !== undefined &&
    final.relativeGap > reachedRecord.relativeGap
  ) {
    // Path equilibration did not help here (the multipliers moved under it): back to what the iterations left.
    replaceFlows(state, reached);
    history.push({ ...reachedRecord, iteration: final.iteration + 1 });
  }
  const relativeGapReached = history.at(-1)?.relativeGap ?? Number.POSITIVE_INFINITY;
  return {
    state,
    relativeGap: relativeGapReached,
    iterations: history.length,
    history,
    ...(prices === undefined ? {} : { prices }),
    ...(unservedCost === undefined ? {} : { unservedCost }),
  };
}

/** A deep copy of flows (path flows included), to try a change and keep or drop it. */
function copyFlows(state: FlowState): FlowState {
  return {
    classFlows: state.classFlows.map((flows) => Float64Array.from(flows)),
    pathFlows: state.pathFlows.map(
      (paths) => new Map([...paths].map(([key, path]) => [key, { edges: path.edges, flowPerWeek: path.flowPerWeek }])),
    ),
    unserved: Float64Array.from(state.unserved),
  };
}

/** Makes `state` hold the flows of `from` (which it takes over). */
function replaceFlows(state: FlowState, from: FlowState): void {
  state.classFlows.forEach((flows, c) => {
    flows.set(from.classFlows[c] as Float64Array);
  });
  state.pathFlows.forEach((paths, i) => {
    paths.clear();
    for (const [key, path] of from.pathFlows[i] ?? []) paths.set(key, path);
  });
  state.unserved.set(from.unserved);
}

/**
 * The prices of a capped run: each OD pair's unserved cost from its cost at zero assigned flow, and the
 * starting multipliers and penalties, scaled by the demand-weighted mean of those costs per class.
 */
function cappedPricing(
  problem: AssignmentProblem,
  findOdPaths: OdPathFinder,
  factor = UNSERVED_COST_FACTOR,
): { prices: CapacityPrices; unservedCost: Float64Array } {
  const empty = emptyFlows(problem);
  const costs = new PathShifter(problem).price(empty);
  const found = findOdPaths(
    problem,
    costs,
    problem.classes.map((c) => c.blocked),
  );
  const unservedCost = new Float64Array(problem.ods.length);
  const weighted = problem.classes.map(() => 0);
  const demand = problem.classes.map(() => 0);
  problem.ods.forEach((od, i) => {
    const cost = found.costs[i] as number;
    unservedCost[i] = Number.isFinite(cost) && cost > 0 ? factor * cost : Number.POSITIVE_INFINITY;
    if (!Number.isFinite(cost)) return;
    weighted[od.classIndex] = (weighted[od.classIndex] as number) + cost * od.od.amountPerWeek;
    demand[od.classIndex] = (demand[od.classIndex] as number) + od.od.amountPerWeek;
  });
  const scale = weighted.map((w, c) => ((demand[c] as number) > 0 ? w / (demand[c] as number) : 1));
  return { prices: capacityPrices(problem, scale), unservedCost };
}

/** The start loads the origins in this many batches, each on the costs the batches before it left. */
const START_BATCHES = 20;

/**
 * The starting flows, batch of origins by batch: each batch's OD pairs load their whole demand on their
 * shortest paths at the costs left by the batches before it (incremental loading, Gauss–Seidel between
 * batches), so later origins avoid what earlier ones filled — a far better start than all-or-nothing at
 * zero load (world case: gap 1e-2 instead of 0.19) for the same one search per origin. Batches, not single
 * origins, so a finder can run a batch's searches in parallel.
 */
function incrementalStart(problem: AssignmentProblem, shifter: PathShifter, findOdPaths: OdPathFinder): FlowState {
  const state = emptyFlows(problem);
  const blocked = problem.classes.map((c) => c.blocked);
  const costs = shifter.price(state);
  problem.ods.forEach((od, i) => {
    if (od.from < 0 || od.to < 0) state.unserved[i] = od.od.amountPerWeek;
  });
  const groups = odGroups(problem);
  const size = Math.ceil(groups.length / START_BATCHES);
  for (let start = 0; start < groups.length; start += size) {
    const batch = groups.slice(start, start + size).flat();
    const found = findOdPaths(problem, costs, blocked, batch);
    for (const i of batch) {
      const path = found.paths[i];
      const amount = problem.ods[i]?.od.amountPerWeek ?? 0;
      if (path === null || path === undefined) state.unserved[i] = amount;
      else shifter.load(state, i, path, amount);
    }
  }
  return state;
}

/** Demand served, all OD pairs (units per week). */
function served(problem: AssignmentProblem, state: FlowState): number {
  let sum = 0;
  problem.ods.forEach((od, i) => {
    sum += od.od.amountPerWeek - (state.unserved[i] as number);
  });
  return sum;
}

/** Column generation: each OD pair's shortest path joins its known paths (with no flow) if it is new. */
function addColumns(problem: AssignmentProblem, state: FlowState, found: OdPaths): void {
  problem.ods.forEach((_, i) => {
    const path = found.paths[i];
    const paths = state.pathFlows[i];
    if (path === null || path === undefined || paths === undefined) return;
    for (const known of paths.values()) if (samePath(known.edges, path)) return;
    paths.set(path.join(','), { edges: path, flowPerWeek: 0 });
  });
}

function samePath(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}
