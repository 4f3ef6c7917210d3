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

/**
 * Hard capacities count as kept when no element is over by more than this share of its capacity (and the
 * penalty of an element within it never grows); `trimToCapacity` removes the rest.
 */
export const OVERLOAD_TOLERANCE = 1e-9;

/**
 * Each hard element's penalty starts so that an overload of its whole residual capacity costs this share
 * of a typical trip of its class…
 */
const PENALTY_START_SHARE = 0.01;
/**
 * …and grows, where a multiplier update finds its overload not cut to this share of its overload at the
 * element's previous update (Bertsekas 1982, §2.2: γ = 0.25)…
 */
const PENALTY_SHRINK_TARGET = 0.25;
/** …by this factor (Bertsekas 1982 suggests 4 to 10)… */
const PENALTY_GROWTH = 4;
/**
 * …up to this multiple of its start: an overload of the whole residual then costs one typical trip.
 *
 * Why bounded, and why so low. The augmented Lagrangian converges with any fixed penalty above 0 once the
 * multipliers are updated after each inner problem (Rockafellar 1973; Bertsekas 1982, §2.4); a larger one
 * only lets each update take a larger share of what is left. But the inner problem is solved by Newton
 * shifts one OD pair at a time (Gauss–Seidel), and where pairs share full legs the flows that must swap
 * between them move by (difference in their preferences) ÷ penalty per pass: the steeper the penalty, the
 * slower. With the penalty allowed to grow 10⁶-fold, the shifts of the Fujian Red Sea closure moved about
 * a millionth of what they should and the gap stalled at 1.0e-3 for 210 iterations, and a stray overload of
 * 10⁻⁴ priced a leg at a hundred typical trips, so the gap blew up to 0.99998 in the last iterations of
 * another run. Starting at a hundredth of a trip and stopping at one trip kept every case of the seeded
 * property test (demand × 0.5–3, random capacity cuts) and every preset within 1e-4.
 */
const PENALTY_CEILING = 100;

/**
 * Starting prices: multipliers 0, each hard element's penalty set so that an overload of its whole residual
 * capacity costs {@link PENALTY_START_SHARE} of `costScale` of its class (a typical OD pair's free-flow cost
 * per unit).
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
    penalty[k] = (PENALTY_START_SHARE * (scale > 0 ? scale : 1)) / Math.max(1, r);
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
 * Room before a price starts: an element whose price is at 0 within this share of what it holds (or
 * one unit) counts as charging, so a shift onto it sees its penalty rather than stopping short of it by a
 * rounding error, pass after pass.
 */
const KINK_SHARE = 1e-9;

/** Flow that element k takes before its price turns positive (≤ 0: it charges already). */
function roomBeforePrice(prices: CapacityPrices, k: number, volume: Float64Array): number {
  const residual = prices.residual[k] as number;
  const room = residual - (volume[k] as number) - (prices.multiplier[k] as number) / (prices.penalty[k] as number);
  return room > KINK_SHARE * Math.max(residual, 1) ? room : 0;
}

/**
 * d {@link capacityPrice} / d flow on edge `e`: the penalties of the hard elements that charge. Flow that
 * leaves the edge sees the elements whose price is positive (the left derivative); flow that joins it
 * (`joining`) also those at the point where their price starts (the right derivative), so a Newton step
 * onto a leg that just filled up is priced by its penalty.
 *
 * @param problem - the assignment problem
 * @param prices - the run's capacity prices
 * @param e - compiled edge id
 * @param volume - assigned volume per element
 * @param joining - whether the flow is joining the edge (default: leaving it)
 */
export function capacityPriceSlope(
  problem: AssignmentProblem,
  prices: CapacityPrices,
  e: number,
  volume: Float64Array,
  joining = false,
): number {
  const { edgeElementOffsets, edgeElementIds, hard } = problem;
  if (hard === undefined) return 0;
  let slope = 0;
  for (let i = edgeElementOffsets[e] as number, end = edgeElementOffsets[e + 1] as number; i < end; i++) {
    const k = edgeElementIds[i] as number;
    if (hard[k] !== 1) continue;
    const rho = prices.penalty[k] as number;
    const charging = joining
      ? roomBeforePrice(prices, k, volume) <= 0
      : (prices.multiplier[k] as number) + rho * ((volume[k] as number) - (prices.residual[k] as number)) > 0;
    if (charging) slope += rho;
  }
  return slope;
}

/**
 * How much flow can join edge `e` before a hard element it loads, now free, starts to charge (Infinity when
 * none would). The price is piecewise linear, flat and then rising; a Newton step computed on the flat
 * part would overshoot the corner by however much the shift wants, so a shift stops there and the next
 * pass continues on the rising part (its slope then counts the penalty).
 *
 * @param problem - the assignment problem
 * @param prices - the run's capacity prices
 * @param e - compiled edge id
 * @param volume - assigned volume per element
 */
export function capacityPriceRoom(
  problem: AssignmentProblem,
  prices: CapacityPrices,
  e: number,
  volume: Float64Array,
): number {
  const { edgeElementOffsets, edgeElementIds, hard } = problem;
  let room = Number.POSITIVE_INFINITY;
  if (hard === undefined) return room;
  for (let i = edgeElementOffsets[e] as number, end = edgeElementOffsets[e + 1] as number; i < end; i++) {
    const k = edgeElementIds[i] as number;
    if (hard[k] !== 1) continue;
    const r = roomBeforePrice(prices, k, volume);
    if (r > 0) room = Math.min(room, r);
  }
  return room;
}

/** What one multiplier update did. */
export interface PriceUpdate {
  /** The largest overload of a hard element before the update, as a share of its capacity (0: none over). */
  readonly overload: number;
  /**
   * How far the multipliers moved, weighted by what each element holds: Σ |Δ multiplier| × residual
   * (generalized USD per week; 0 when none moved), to compare with the flows' total cost.
   */
  readonly moved: number;
}

/**
 * The multiplier update of the augmented-Lagrangian method (Hestenes 1969, Powell 1969; Rockafellar 1973,
 * "A dual approach to solving nonlinear programming problems by unconstrained optimization", Mathematical
 * Programming 5): multiplier ← max(0, multiplier + penalty × (volume − residual)), the price each element
 * charged at the flows just found, so a full leg keeps what a box pays to get on it and a leg with room
 * sheds it. With `growPenalty` (the flows are in equilibrium at the current prices, so what overload is left
 * is the multipliers' fault, not the shifts'), an element whose overload did not fall to a quarter of its
 * overload at its previous update gets a penalty ×4, up to 100 × its start (Bertsekas 1982, "Constrained
 * Optimization and Lagrange Multiplier Methods", §2.2, with a penalty per constraint). Without it the
 * penalties stay: the overload of flows still moving says nothing about the multipliers.
 *
 * @param problem - the assignment problem
 * @param prices - changed in place (the run's own)
 * @param volume - assigned volume per element after the shifts
 * @param growPenalty - whether the penalties may grow (only after shifts that reached their tolerance)
 * @returns the largest relative overload, and how far the multipliers moved
 */
export function updateCapacityPrices(
  problem: AssignmentProblem,
  prices: CapacityPrices,
  volume: Float64Array,
  growPenalty = true,
): PriceUpdate {
  let worst = 0;
  let moved = 0;
  const { hard } = problem;
  if (hard === undefined) return { overload: 0, moved: 0 };
  for (let k = 0; k < hard.length; k++) {
    if (hard[k] !== 1) continue;
    const residual = prices.residual[k] as number;
    const overload = (volume[k] as number) - residual;
    const rho = prices.penalty[k] as number;
    const before = prices.multiplier[k] as number;
    const after = Math.max(0, before + rho * overload);
    prices.multiplier[k] = after;
    moved += Math.abs(after - before) * Math.max(residual, 1);
    const share = overloadShare(problem, k, overload);
    if (growPenalty) {
      if (
        share > OVERLOAD_TOLERANCE &&
        overload > PENALTY_SHRINK_TARGET * Math.max(0, prices.lastOverload[k] as number)
      )
        prices.penalty[k] = Math.min(rho * PENALTY_GROWTH, PENALTY_CEILING * (prices.startPenalty[k] as number));
      prices.lastOverload[k] = overload;
    }
    worst = Math.max(worst, share);
  }
  return { overload: worst, moved };
}

/**
 * Complementary slackness of the multipliers: Σ over hard elements of multiplier × room left (max(0,
 * residual − volume)), in generalized USD per week. A leg that charges a price while it still has room is
 * not in equilibrium (boxes would board it), however even the path costs are. With flows within capacity,
 * the relative gap on the Lagrangian costs plus this term is the gap between the flows' cost and the
 * Lagrangian dual bound — how far they can be from the side-constrained equilibrium (Larsson & Patriksson
 * 1995, §2).
 *
 * @param problem - the assignment problem
 * @param prices - the run's capacity prices
 * @param volume - assigned volume per element
 */
export function priceSlackCost(problem: AssignmentProblem, prices: CapacityPrices, volume: Float64Array): number {
  const { hard } = problem;
  if (hard === undefined) return 0;
  let sum = 0;
  for (let k = 0; k < hard.length; k++) {
    if (hard[k] !== 1) continue;
    const room = (prices.residual[k] as number) - (volume[k] as number);
    if (room > 0) sum += (prices.multiplier[k] as number) * room;
  }
  return sum;
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
