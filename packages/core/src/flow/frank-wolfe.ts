import type { AssignmentProblem } from './assignment-problem.js';
import { type CapacityPrices, capacityPrices, hardOverload, updateCapacityPrices } from './capacity-prices.js';
import { emptyFlows, type FlowState } from './path-flows.js';
import { PathShifter, type ShifterPricing } from './path-shifter.js';
import { type OdPaths, odGroups, shortestOdPaths } from './shortest-od-paths.js';
import { trimToCapacity } from './trim-to-capacity.js';

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
  readonly onIteration?: (record: IterationRecord) => void;
  /**
   * Finds every OD pair's shortest path at given edge costs, the search round of each iteration (default
   * {@link shortestOdPaths}, one thread). Any replacement must return exactly what it returns — e.g. the
   * same searches split over worker threads (`bench/parallel-od-paths.ts`).
   */
  readonly findOdPaths?: OdPathFinder;
  /**
   * Leaving a unit unserved costs this many times its OD pair's cost at zero assigned flow (default
   * {@link UNSERVED_COST_FACTOR}); only where the problem has hard capacities.
   */
  readonly unservedCostFactor?: number;
}

/**
 * Leaving a box unserved costs ten times its OD pair's uncongested generalized cost: far dearer than any
 * detour with room (so demand is unserved only when the paths are full), yet finite so the multipliers of
 * full elements stay readable. An assumption of this model, not a published figure.
 */
export const UNSERVED_COST_FACTOR = 10;

/** Hard capacities count as kept when no element is over by more than this share of its capacity. */
export const OVERLOAD_TOLERANCE = 1e-9;

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

/**
 * Relative gap: how much cheaper the flows would be, all on today's shortest paths. With unserved costs
 * (a capped run), an OD pair's unserved demand costs its unserved cost, and its best choice is the cheaper
 * of its shortest path and leaving it unserved.
 *
 * @param unservedCost - per OD pair, the cost per unit of leaving it unserved (absent: demand is never
 *   left unserved by choice)
 */
export function relativeGap(
  problem: AssignmentProblem,
  state: FlowState,
  costs: readonly Float64Array[],
  found: OdPaths,
  unservedCost?: Float64Array,
): number {
  let total = 0;
  state.classFlows.forEach((flows, c) => {
    const cost = costs[c] as Float64Array;
    for (let e = 0; e < flows.length; e++) total += (flows[e] as number) * (cost[e] as number);
  });
  let shortest = 0;
  problem.ods.forEach((od, i) => {
    const dummy = unservedCost?.[i] ?? Number.POSITIVE_INFINITY;
    const best = Math.min(found.costs[i] as number, dummy);
    if (Number.isFinite(dummy)) {
      total += (state.unserved[i] as number) * dummy;
      shortest += od.od.amountPerWeek * best;
    } else {
      const served = od.od.amountPerWeek - (state.unserved[i] as number);
      if (served > 0) shortest += served * best;
    }
  });
  return total > 0 ? Math.max(0, (total - shortest) / total) : 0;
}

/** Most passes of gradient projection over the known paths per outer iteration (they need no search). */
const MAX_SHIFT_PASSES = 20;
/** The passes stop once the gap within the known paths is this share of the target gap. */
const PATH_SET_GAP_SHARE = 0.1;

/**
 * User equilibrium (DESIGN.md §6) by the path-based variant of Frank–Wolfe that converges far faster:
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
 * queueing cost of a full train. After each iteration's passes the multipliers are updated from the
 * overloads (the penalty grows where an overload did not fall to a quarter). Each OD pair also gets an
 * "unserved" dummy path of cost {@link UNSERVED_COST_FACTOR} × its uncongested cost, so demand is left
 * unserved only when every real path is full. The run stops when the gap is reached and no hard element
 * is over by more than {@link OVERLOAD_TOLERANCE} of its capacity; what overload the iteration cap leaves
 * is moved to unserved (`trimToCapacity`), so no hard element is ever over capacity.
 *
 * @param problem - the assignment problem
 * @param options - target gap, iteration cap, progress callback, search round
 */
export function frankWolfe(problem: AssignmentProblem, options: EquilibriumOptions): MethodOutcome {
  const blocked = problem.classes.map((c) => c.blocked);
  const findOdPaths = options.findOdPaths ?? shortestOdPaths;
  const capped = problem.hard?.includes(1) === true;
  const pricing: ShifterPricing = capped ? cappedPricing(problem, findOdPaths, options.unservedCostFactor) : {};
  const shifter = new PathShifter(problem, pricing);
  const state = incrementalStart(problem, shifter, findOdPaths);
  const history: IterationRecord[] = [];
  const measure = (iteration: number, step: number, phase: IterationRecord['phase']): IterationRecord => {
    const priced = shifter.price(state);
    const gap = relativeGap(problem, state, priced, findOdPaths(problem, priced, blocked), pricing.unservedCost);
    return {
      iteration,
      relativeGap: gap,
      step,
      phase,
      ...(capped ? { overload: hardOverload(problem, shifter.volumes) } : {}),
    };
  };
  let step = 0;
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    const priced = shifter.price(state);
    const found = findOdPaths(problem, priced, blocked);
    const gap = relativeGap(problem, state, priced, found, pricing.unservedCost);
    const overload = capped ? hardOverload(problem, shifter.volumes) : 0;
    const record: IterationRecord = {
      iteration,
      relativeGap: gap,
      step,
      phase: 'gradient-projection',
      ...(capped ? { overload } : {}),
    };
    history.push(record);
    options.onIteration?.(record);
    if ((gap <= options.gap && overload <= OVERLOAD_TOLERANCE) || iteration === options.maxIterations) break;
    addColumns(problem, state, found);
    const shift = shifter.equilibrate(state, MAX_SHIFT_PASSES, options.gap * PATH_SET_GAP_SHARE);
    if (pricing.prices !== undefined) updateCapacityPrices(problem, pricing.prices, shifter.volumes);
    step = served(problem, state) > 0 ? shift.shiftedPerWeek / served(problem, state) : 0;
  }
  for (let round = 0; round < (options.pathRounds ?? 0); round++) {
    shifter.polish(state, 1);
    // The polish shifts at fixed prices; the multipliers follow, as after each iteration.
    if (pricing.prices !== undefined) updateCapacityPrices(problem, pricing.prices, shifter.volumes);
    const record = measure(history.length + 1, 0, 'path-equilibration');
    history.push(record);
    options.onIteration?.(record);
    // The used paths cost the same to rounding (and no hard element is over).
    if (record.relativeGap <= options.gap * 1e-6 && (record.overload ?? 0) <= OVERLOAD_TOLERANCE) break;
  }
  if (capped && pricing.unservedCost !== undefined) {
    // The overload the iterations left (at most the tolerance, unless the cap stopped them) moves to paths
    // with room, or is unserved; the gap is measured again on the flows returned.
    trimToCapacity(problem, state, { costs: shifter.price(state), unservedCost: pricing.unservedCost });
    const last = history.pop();
    if (last !== undefined) history.push(measure(last.iteration, last.step, last.phase));
  }
  const relativeGapReached = history.at(-1)?.relativeGap ?? Number.POSITIVE_INFINITY;
  return {
    state,
    relativeGap: relativeGapReached,
    iterations: history.length,
    history,
    ...(pricing.prices === undefined ? {} : { prices: pricing.prices }),
    ...(pricing.unservedCost === undefined ? {} : { unservedCost: pricing.unservedCost }),
  };
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
