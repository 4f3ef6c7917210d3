import { type AssignmentProblem, elementVolumes, loadedCosts } from './assignment-problem.js';
import { equilibratePaths } from './equilibrate-paths.js';
import { emptyFlows, type FlowState, totalEdgeFlow } from './path-flows.js';
import { PathShifter } from './path-shifter.js';
import { type OdPaths, odGroups, shortestOdPaths } from './shortest-od-paths.js';

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
}

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
}

function costsAt(problem: AssignmentProblem, state: FlowState, out: Float64Array[]): Float64Array[] {
  const volume = elementVolumes(problem, totalEdgeFlow(state));
  problem.classes.forEach((_, c) => {
    loadedCosts(problem, c, volume, out[c] as Float64Array);
  });
  return out;
}

/** Relative gap: how much cheaper the flows would be, all on today's shortest paths. */
export function relativeGap(
  problem: AssignmentProblem,
  state: FlowState,
  costs: readonly Float64Array[],
  found: OdPaths,
): number {
  let total = 0;
  state.classFlows.forEach((flows, c) => {
    const cost = costs[c] as Float64Array;
    for (let e = 0; e < flows.length; e++) total += (flows[e] as number) * (cost[e] as number);
  });
  let shortest = 0;
  problem.ods.forEach((od, i) => {
    const served = od.od.amountPerWeek - (state.unserved[i] as number);
    if (served > 0) shortest += served * (found.costs[i] as number);
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
 * (`equilibratePaths`, one search per OD pair) even out the costs of the paths each OD pair still uses.
 *
 * @param problem - the assignment problem
 * @param options - target gap, iteration cap, progress callback, search round
 */
export function frankWolfe(problem: AssignmentProblem, options: EquilibriumOptions): MethodOutcome {
  const edgeCount = problem.prepared.edges.length;
  const costs = problem.classes.map(() => new Float64Array(edgeCount));
  const blocked = problem.classes.map((c) => c.blocked);
  const findOdPaths = options.findOdPaths ?? shortestOdPaths;
  const shifter = new PathShifter(problem);
  const state = incrementalStart(problem, shifter, findOdPaths);
  const history: IterationRecord[] = [];
  let gap = Number.POSITIVE_INFINITY;
  let step = 0;
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    const priced = shifter.price(state);
    const found = findOdPaths(problem, priced, blocked);
    gap = relativeGap(problem, state, priced, found);
    const record: IterationRecord = {
      iteration,
      relativeGap: gap,
      step,
      phase: 'gradient-projection',
    };
    history.push(record);
    options.onIteration?.(record);
    if (gap <= options.gap || iteration === options.maxIterations) break;
    addColumns(problem, state, found);
    const shift = shifter.equilibrate(state, MAX_SHIFT_PASSES, options.gap * PATH_SET_GAP_SHARE);
    step = served(problem, state) > 0 ? shift.shiftedPerWeek / served(problem, state) : 0;
  }
  for (let round = 0; round < (options.pathRounds ?? 0); round++) {
    equilibratePaths(problem, state, 1);
    costsAt(problem, state, costs);
    gap = relativeGap(problem, state, costs, findOdPaths(problem, costs, blocked));
    const record: IterationRecord = {
      iteration: history.length + 1,
      relativeGap: gap,
      step: 0,
      phase: 'path-equilibration',
    };
    history.push(record);
    options.onIteration?.(record);
    if (gap <= options.gap * 1e-6) break; // the used paths cost the same to rounding
  }
  return { state, relativeGap: gap, iterations: history.length, history };
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
