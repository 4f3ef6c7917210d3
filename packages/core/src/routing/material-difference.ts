import type { CriteriaArrays } from '../costing/criteria-arrays.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';

/** Share of distance two routes may have in common and still count as different alternatives. */
export const MAX_SHARED_DISTANCE = 0.6;

/** Factor on the search weight of every ride and boarding of a route found, to find the next one. */
export const ALTERNATIVE_PENALTY = 1.5;

/**
 * Whether two routes differ materially: another sequence of modes, or at most 60 % of the shorter one's
 * distance on the same service legs and roads. The same route with one extra stop or a different
 * truck to the same port is not an alternative.
 *
 * @param prepared - the graph both paths are on
 * @param criteria - costed edges (for distances)
 * @param a - compiled edge ids
 * @param b - compiled edge ids
 */
export function materiallyDifferent(
  prepared: PreparedGraph,
  criteria: CriteriaArrays,
  a: readonly number[],
  b: readonly number[],
): boolean {
  const modes = (path: readonly number[]) =>
    path
      .map((e) => prepared.edges[e])
      .filter((edge) => edge?.kind === 'ride')
      .map((edge) => edge?.mode)
      .filter((mode, i, all) => mode !== all[i - 1])
      .join('>');
  if (modes(a) !== modes(b)) return true;
  const km = (path: readonly number[]) => path.reduce((sum, e) => sum + (criteria.distanceKm[e] as number), 0);
  const inB = new Set(b);
  const shared = a.filter((e) => inB.has(e)).reduce((sum, e) => sum + (criteria.distanceKm[e] as number), 0);
  const shorter = Math.min(km(a), km(b));
  return shorter === 0 ? false : shared / shorter <= MAX_SHARED_DISTANCE;
}

/**
 * Raises the search weight of the rides and boardings of a path (the penalty method for alternatives).
 *
 * @param prepared - the graph
 * @param weights - search weights, changed in place (a copy the caller owns)
 * @param path - compiled edge ids of the last route found
 */
export function penalise(prepared: PreparedGraph, weights: Float64Array, path: readonly number[]): void {
  for (const e of path) {
    const kind = prepared.edges[e]?.kind;
    if (kind === 'ride' || kind === 'board' || kind === 'road')
      weights[e] = (weights[e] as number) * ALTERNATIVE_PENALTY;
  }
}
