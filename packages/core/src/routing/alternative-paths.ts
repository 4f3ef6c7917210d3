import { findAnyPath, type PathProblem } from './find-path.js';
import { materiallyDifferent, penalise } from './material-difference.js';
import { keepsRules } from './path-rules.js';

/** Searches per alternative wanted before giving up on finding more. */
const ROUNDS_PER_ALTERNATIVE = 6;

/**
 * Alternatives to a best path by the penalty method: the rides, boardings and roads of each path found
 * weigh 1.5× more in the next search; a path is kept when it keeps the itinerary rules (`path-rules.ts`) and
 * differs materially from every path kept.
 *
 * @param problem - the search problem of the best path (its weights are copied, never changed)
 * @param best - the best path's compiled edge ids
 * @param count - how many alternatives to find at most
 * @returns up to `count` paths, in the order found
 */
export function alternativePaths(problem: PathProblem, best: readonly number[], count: number): number[][] {
  const weights = Float64Array.from(problem.weights);
  const kept: (readonly number[])[] = [best];
  const out: number[][] = [];
  let last: readonly number[] = best;
  for (let round = 0; round < ROUNDS_PER_ALTERNATIVE * count && out.length < count; round++) {
    penalise(problem.prepared, weights, last);
    // A round whose path breaks an itinerary rule is no candidate; its edges are penalised all the same.
    const any = findAnyPath({ ...problem, weights, departMs: undefined } as PathProblem);
    if (any === null) break;
    last = any.edges;
    const next = keepsRules(problem.prepared.facts, problem.prepared.compiled, any.edges) ? any : null;
    if (next === null) continue;
    if (kept.every((other) => materiallyDifferent(problem.prepared, problem.criteria, next.edges, other))) {
      kept.push(next.edges);
      out.push([...next.edges]);
    }
  }
  return out;
}
