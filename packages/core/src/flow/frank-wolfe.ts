import { type AssignmentProblem, elementVolumes, loadedCosts } from './assignment-problem.js';
import { equilibratePaths } from './equilibrate-paths.js';
import { allOrNothing, type FlowState, totalEdgeFlow } from './path-flows.js';
import { type OdPaths, shortestOdPaths } from './shortest-od-paths.js';

/** One iteration of an equilibrium run. */
export interface IterationRecord {
  readonly iteration: number;
  /** (total cost − shortest-path cost) ÷ total cost, at the flows of this iteration. */
  readonly relativeGap: number;
  /** Step size taken towards the all-or-nothing flows (0 for the first; 0 for path equilibration). */
  readonly step: number;
  /** `frank-wolfe` iterations, then `path-equilibration` rounds that even out the costs of used paths. */
  readonly phase: 'frank-wolfe' | 'path-equilibration';
}

/** Options of an equilibrium run. */
export interface EquilibriumOptions {
  /** Stop when the relative gap is at most this (default 1e-4). */
  readonly gap: number;
  readonly maxIterations: number;
  /** Rounds of path equilibration after Frank–Wolfe (default 0). */
  readonly pathRounds?: number;
  readonly onIteration?: (record: IterationRecord) => void;
}

/** What a method returns: the flows, and how far from equilibrium they are. */
export interface MethodOutcome {
  readonly state: FlowState;
  readonly relativeGap: number;
  readonly iterations: number;
  readonly history: readonly IterationRecord[];
}

/** Bisection steps of the line search: the step is found to within 2^-30. */
const LINE_SEARCH_STEPS = 30;

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

/**
 * User equilibrium by Frank–Wolfe (DESIGN.md §6): start from all-or-nothing at zero load; each iteration
 * prices the edges at the current element volumes (BPR volume-delay), finds every OD pair's shortest path
 * (one search per origin on the reused compiled graph), and moves towards that all-or-nothing flow by the
 * step that minimises the Beckmann objective (bisection on its derivative, which is linear in the element
 * volumes). Path flows are kept, so select-link and per-OD paths come out exact. Then `pathRounds` of
 * path equilibration (`equilibratePaths`) even out the costs of the paths each OD pair still uses.
 *
 * @param problem - the assignment problem
 * @param options - target gap, iteration cap, progress callback
 */
export function frankWolfe(problem: AssignmentProblem, options: EquilibriumOptions): MethodOutcome {
  const edgeCount = problem.prepared.edges.length;
  const costs = problem.classes.map(() => new Float64Array(edgeCount));
  const blocked = problem.classes.map((c) => c.blocked);
  const zero = problem.classes.map((c) => c.baseCost);
  const state = allOrNothing(problem, shortestOdPaths(problem, zero, blocked));
  const history: IterationRecord[] = [];
  let gap = Number.POSITIVE_INFINITY;
  let step = 0;
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    costsAt(problem, state, costs);
    const found = shortestOdPaths(problem, costs, blocked);
    gap = relativeGap(problem, state, costs, found);
    const record: IterationRecord = { iteration, relativeGap: gap, step, phase: 'frank-wolfe' };
    history.push(record);
    options.onIteration?.(record);
    if (gap <= options.gap || iteration === options.maxIterations) break;
    const target = allOrNothing(problem, found);
    step = lineSearch(problem, state, target);
    moveTowards(state, target, step);
  }
  for (let round = 0; round < (options.pathRounds ?? 0); round++) {
    equilibratePaths(problem, state, 1);
    costsAt(problem, state, costs);
    gap = relativeGap(problem, state, costs, shortestOdPaths(problem, costs, blocked));
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

/** The step λ in [0, 1] minimising the Beckmann objective along x + λ (y − x). */
function lineSearch(problem: AssignmentProblem, x: FlowState, y: FlowState): number {
  const vx = elementVolumes(problem, totalEdgeFlow(x));
  const vy = elementVolumes(problem, totalEdgeFlow(y));
  const edgeCount = problem.prepared.edges.length;
  const costs = problem.classes.map(() => new Float64Array(edgeCount));
  const derivative = (lambda: number) => {
    const volume = vx.map((v, k) => v + lambda * ((vy[k] as number) - v));
    let sum = 0;
    problem.classes.forEach((_, c) => {
      const cost = loadedCosts(problem, c, volume, costs[c] as Float64Array);
      const fx = x.classFlows[c] as Float64Array;
      const fy = y.classFlows[c] as Float64Array;
      for (let e = 0; e < edgeCount; e++) sum += ((fy[e] as number) - (fx[e] as number)) * (cost[e] as number);
    });
    return sum;
  };
  if (derivative(1) <= 0) return 1;
  let low = 0;
  let high = 1;
  for (let i = 0; i < LINE_SEARCH_STEPS; i++) {
    const mid = (low + high) / 2;
    if (derivative(mid) > 0) high = mid;
    else low = mid;
  }
  return (low + high) / 2;
}

/** x ← (1 − λ) x + λ y, edge flows and path flows alike. */
function moveTowards(x: FlowState, y: FlowState, lambda: number): void {
  x.classFlows.forEach((flows, c) => {
    const target = y.classFlows[c] as Float64Array;
    for (let e = 0; e < flows.length; e++)
      flows[e] = (1 - lambda) * (flows[e] as number) + lambda * (target[e] as number);
  });
  x.pathFlows.forEach((paths, od) => {
    for (const path of paths.values()) path.flowPerWeek *= 1 - lambda;
    for (const [key, path] of y.pathFlows[od] ?? []) {
      const existing = paths.get(key);
      if (existing === undefined) paths.set(key, { edges: path.edges, flowPerWeek: lambda * path.flowPerWeek });
      else existing.flowPerWeek += lambda * path.flowPerWeek;
    }
  });
}
