import type { CriteriaArrays } from '../costing/criteria-arrays.js';
import type { ServiceRun } from '../graph/build-routing-graph.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import { labelSearch } from './label-search.js';
import { nextDeparture } from './next-departure.js';
import { keepsRules } from './path-rules.js';
import { ruleKeepingSearch } from './rule-keeping-search.js';

/** One search problem on a prepared graph. */
export interface PathProblem {
  readonly prepared: PreparedGraph;
  readonly criteria: CriteriaArrays;
  readonly weights: Float64Array;
  readonly blocked: Uint8Array;
  readonly from: number;
  readonly to: number;
  /** Compiled nodes of which the path must pass one (a via place's terminals and service stops). */
  readonly via?: Uint8Array;
  /** Transfers + 1; `Infinity` for no limit. */
  readonly maxBoardings: number;
  /** Departure instant of a timed (earliest-arrival) search. */
  readonly departMs?: number;
}

/** A found path: compiled edge ids and the objective value (hours in a timed search). */
export interface FoundPath {
  readonly edges: readonly number[];
  readonly value: number;
}

function one(problem: PathProblem, from: number, fromCost: number, isTarget: Uint8Array, maxBoardings: number) {
  const { prepared, criteria, weights, blocked, departMs } = problem;
  if (departMs === undefined && !Number.isFinite(maxBoardings)) {
    const targetNodes = [...isTarget.keys()].filter((n) => isTarget[n] === 1);
    if (targetNodes.length === 1) {
      const target = targetNodes[0] as number;
      prepared.search.run([from], weights, { target, blocked, startCosts: [fromCost] });
      const edges = prepared.search.pathEdges(target);
      return edges === null ? null : { edges, cost: prepared.search.distance(target), target };
    }
  }
  const timed =
    departMs === undefined
      ? undefined
      : {
          hours: criteria.hours,
          departMs,
          departure: (e: number, readyMs: number) =>
            nextDeparture(prepared.boardRun[e] as ServiceRun, prepared.edges[e]?.stopIndex as number, readyMs),
        };
  return labelSearch({
    graph: prepared.compiled,
    isBoard: prepared.isBoard,
    weights,
    blocked,
    sources: [{ node: from, cost: fromCost }],
    isTarget,
    maxBoardings,
    ...(timed === undefined ? {} : { timed }),
  });
}

function boardingsOf(prepared: PreparedGraph, edges: readonly number[]): number {
  return edges.reduce((n, e) => n + (prepared.isBoard[e] as number), 0);
}

/**
 * Finds the best path of a problem that keeps the itinerary rules — no terminal visited twice, no country
 * left and re-entered (`path-rules.ts`). The fast searches run first; when their path breaks a rule, the
 * rule-keeping label search (`rule-keeping-search.ts`) finds the best path that does not, so the rules hold
 * inside the search, not as a filter. A timed search whose path breaks a rule gives `null`: the caller times
 * the untimed rule-keeping path instead.
 *
 * @param problem - the search problem
 * @returns the path, or `null` when the constraints (or the rules) cut every path
 * @example
 * ```ts
 * import { findPath, queryContext, routerSession } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const session = routerSession(fujianNetwork, {});
 * const context = queryContext(session, { from: 'Xiamen', to: 'Duisburg', objective: 'time' }, {});
 * const prepared = session.graph(context.checked.avoidPassages);
 * const { criteria, weights, blocked } = session.arrays(prepared, context, context.checked);
 * const node = (key: string) => prepared.compiled.nodeIndex.get(key) ?? -1;
 * const found = findPath({
 *   prepared,
 *   criteria,
 *   weights,
 *   blocked,
 *   from: node(context.from.nodeKey),
 *   to: node(context.to.nodeKey),
 *   maxBoardings: context.checked.maxTransfers + 1,
 * });
 * const hours = found?.edges.reduce((sum, edge) => sum + (criteria.hours[edge] ?? 0), 0) ?? 0;
 * console.log(found?.edges.length, `${Math.round(hours)} hours`); // → 5 28 hours
 * ```
 */
export function findPath(problem: PathProblem): FoundPath | null {
  const path = findAnyPath(problem);
  if (path === null) return null;
  const { facts, compiled } = problem.prepared;
  if (keepsRules(facts, compiled, path.edges)) return path;
  if (problem.departMs !== undefined) return null;
  return ruleKeepingSearch(problem, facts);
}

/**
 * Finds the best path of a problem, rules aside: the plain kernel when it can (untimed, no transfer cap), the
 * label search otherwise. With a via, untimed and uncapped, the search is exact (every via node starts the
 * second half at its distance from the origin); timed or capped, the path goes to the first via node settled
 * and on from there, the second half getting the boardings the first left over.
 *
 * @param problem - the search problem
 * @returns the path, or `null` when the constraints cut every path
 */
export function findAnyPath(problem: PathProblem): FoundPath | null {
  const n = problem.prepared.compiled.nodeCount;
  const target = new Uint8Array(n);
  target[problem.to] = 1;
  if (problem.via === undefined) {
    const path = one(problem, problem.from, 0, target, problem.maxBoardings);
    return path === null ? null : { edges: path.edges, value: path.cost };
  }
  if (problem.via[problem.from] === 1) return findAnyPath({ ...problem, via: undefined } as PathProblem);
  const { prepared, weights, blocked } = problem;
  if (problem.departMs === undefined && !Number.isFinite(problem.maxBoardings)) {
    // Exact: all via nodes start the second search at their distance from the origin.
    const search = prepared.search;
    search.run([problem.from], weights, { blocked });
    const viaNodes = [...problem.via.keys()].filter((v) => problem.via?.[v] === 1 && search.distance(v) < Infinity);
    const startCosts = viaNodes.map((v) => search.distance(v));
    if (viaNodes.length === 0) return null;
    search.run(viaNodes, weights, { target: problem.to, blocked, startCosts });
    const second = search.pathEdges(problem.to);
    if (second === null) return null;
    const value = search.distance(problem.to);
    const start = second.length === 0 ? problem.to : (prepared.compiled.sources[second[0] as number] as number);
    search.run([problem.from], weights, { target: start, blocked });
    const first = search.pathEdges(start) ?? [];
    return { edges: [...first, ...second], value };
  }
  const first = one(problem, problem.from, 0, problem.via, problem.maxBoardings);
  if (first === null) return null;
  const used = boardingsOf(prepared, first.edges);
  const second = one(problem, first.target, first.cost, target, problem.maxBoardings - used);
  return second === null ? null : { edges: [...first.edges, ...second.edges], value: second.cost };
}
