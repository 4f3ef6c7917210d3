import type { AssignmentProblem } from './assignment-problem.js';

/**
 * The prices of hard capacities while an equilibrium runs by the augmented-Lagrangian method (Hestenes 1969,
 * Powell 1969; for side-constrained traffic equilibrium Larsson & Patriksson 1995, "An augmented Lagrangean
 * dual algorithm for link capacity side constrained traffic assignment problems", Transportation Research B
 * 29(6)). Element k's constraint is volume_k ≤ residual_k (its capacity less its background traffic, floored
 * at 0); an edge loading it costs max(0, multiplier_k + penalty_k × (volume_k − residual_k)) more per unit.
 * At the solution the multiplier is the queueing cost a full train or ship imposes: what a box would pay
 * to get on it (its shadow price, in the class's generalized USD per unit).
 */
export interface CapacityPrices {
  /** Lagrange multiplier per element (generalized USD per TEU or per tonne); 0 for soft elements. */
  readonly multiplier: Float64Array;
  /** Penalty parameter per element (USD per unit per unit of overload); 0 for soft elements. */
  readonly penalty: Float64Array;
  /** The penalty each element started with (its growth is capped at a multiple of it). */
  readonly startPenalty: Float64Array;
  /** What the element holds for the assignment: capacity less background, floored at 0; Infinity when soft. */
  readonly residual: Float64Array;
  /** Overload per element at the last multiplier update (volume − residual), to judge progress. */
  readonly lastOverload: Float64Array;
}

/** The penalty grows by this factor where an update did not cut the overload to a quarter (Bertsekas 1982). */
const PENALTY_GROWTH = 4;
/** …and stops growing at this multiple of its start (keeps the Newton steps well conditioned). */
const PENALTY_CEILING = 1e8;

/**
 * Starting prices: multipliers 0, each hard element's penalty set so that an overload of its whole residual
 * capacity costs `costScale` of its class (a typical OD pair's free-flow cost per unit).
 *
 * @param problem - the assignment problem (its `hard` marks which elements bind)
 * @param costScale - per class, a typical generalized cost per unit (USD per TEU, per tonne)
 */
export function capacityPrices(problem: AssignmentProblem, costScale: readonly number[]): CapacityPrices {
  const count = problem.elements.length;
  const residual = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  const penalty = new Float64Array(count);
  problem.elements.forEach((element, k) => {
    if (problem.hard?.[k] !== 1) return;
    const r = Math.max(0, (problem.capacity[k] as number) - (problem.background[k] as number));
    residual[k] = r;
    const classIndex = problem.classes.findIndex((c) => c.demandClass.unit === element.unit);
    const scale = costScale[classIndex] ?? 1;
    // A residual of a few units would give a huge penalty; one unit is the floor of the scale.
    penalty[k] = (scale > 0 ? scale : 1) / Math.max(1, r);
  });
  return {
    multiplier: new Float64Array(count),
    penalty,
    startPenalty: Float64Array.from(penalty),
    residual,
    lastOverload: new Float64Array(count).fill(Number.POSITIVE_INFINITY),
  };
}

/**
 * The extra cost per unit of flow on edge `e` from the hard elements it loads.
 *
 * @param problem - the assignment problem
 * @param prices - the run's capacity prices
 * @param e - compiled edge id
 * @param volume - assigned volume per element
 */
export function capacityPrice(problem: AssignmentProblem, prices: CapacityPrices, e: number, volume: Float64Array) {
  const { edgeElementOffsets, edgeElementIds, hard } = problem;
  if (hard === undefined) return 0;
  let price = 0;
  for (let i = edgeElementOffsets[e] as number, end = edgeElementOffsets[e + 1] as number; i < end; i++) {
    const k = edgeElementIds[i] as number;
    if (hard[k] !== 1) continue;
    const p =
      (prices.multiplier[k] as number) +
      (prices.penalty[k] as number) * ((volume[k] as number) - (prices.residual[k] as number));
    if (p > 0) price += p;
  }
  return price;
}

/**
 * d {@link capacityPrice} / d flow on edge `e`: the penalties of the hard elements whose price is positive.
 *
 * @param problem - the assignment problem
 * @param prices - the run's capacity prices
 * @param e - compiled edge id
 * @param volume - assigned volume per element
 */
export function capacityPriceSlope(
  problem: AssignmentProblem,
  prices: CapacityPrices,
  e: number,
  volume: Float64Array,
): number {
  const { edgeElementOffsets, edgeElementIds, hard } = problem;
  if (hard === undefined) return 0;
  let slope = 0;
  for (let i = edgeElementOffsets[e] as number, end = edgeElementOffsets[e + 1] as number; i < end; i++) {
    const k = edgeElementIds[i] as number;
    if (hard[k] !== 1) continue;
    const rho = prices.penalty[k] as number;
    if ((prices.multiplier[k] as number) + rho * ((volume[k] as number) - (prices.residual[k] as number)) > 0)
      slope += rho;
  }
  return slope;
}

/**
 * The multiplier update of the augmented-Lagrangian method: multiplier ← max(0, multiplier + penalty ×
 * overload), and the penalty of an element whose overload did not fall to a quarter grows (×4, capped).
 *
 * @param problem - the assignment problem
 * @param prices - changed in place (the run's own)
 * @param volume - assigned volume per element after the inner equilibrium
 * @returns the largest overload relative to capacity, over the hard elements (0 when none is over)
 */
export function updateCapacityPrices(problem: AssignmentProblem, prices: CapacityPrices, volume: Float64Array): number {
  let worst = 0;
  const { hard } = problem;
  if (hard === undefined) return 0;
  for (let k = 0; k < hard.length; k++) {
    if (hard[k] !== 1) continue;
    const overload = (volume[k] as number) - (prices.residual[k] as number);
    const rho = prices.penalty[k] as number;
    prices.multiplier[k] = Math.max(0, (prices.multiplier[k] as number) + rho * overload);
    const before = prices.lastOverload[k] as number;
    if (overload > 0 && overload > 0.25 * Math.max(0, before)) {
      prices.penalty[k] = Math.min(rho * PENALTY_GROWTH, PENALTY_CEILING * (prices.startPenalty[k] as number));
    }
    prices.lastOverload[k] = overload;
    worst = Math.max(worst, overloadShare(problem, k, overload));
  }
  return worst;
}

/**
 * The largest overload of a hard element relative to its capacity (0 when none is over).
 *
 * @param problem - the assignment problem
 * @param volume - assigned volume per element
 */
export function hardOverload(problem: AssignmentProblem, volume: Float64Array): number {
  const { hard } = problem;
  if (hard === undefined) return 0;
  let worst = 0;
  for (let k = 0; k < hard.length; k++) {
    if (hard[k] !== 1) continue;
    const residual = Math.max(0, (problem.capacity[k] as number) - (problem.background[k] as number));
    worst = Math.max(worst, overloadShare(problem, k, (volume[k] as number) - residual));
  }
  return worst;
}

function overloadShare(problem: AssignmentProblem, k: number, overload: number): number {
  if (!(overload > 0)) return 0;
  const capacity = problem.capacity[k] as number;
  return capacity > 0 ? overload / capacity : Number.POSITIVE_INFINITY;
}
