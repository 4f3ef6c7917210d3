import type { CriteriaArrays } from '../costing/criteria-arrays.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { Itinerary } from '../model/itinerary.js';
import { buildItinerary } from './build-itinerary.js';
import type { CheckedQuery } from './check-query.js';
import { findPath, type PathProblem } from './find-path.js';
import type { QueryContext } from './query-context.js';
import type { RouterSession } from './router-session.js';
import { searchProblem } from './search-problem.js';

/** The best itinerary of one search, with what alternatives to it are searched from. */
export interface RouteAttempt {
  readonly itinerary: Itinerary;
  readonly graph: PreparedGraph;
  readonly criteria: CriteriaArrays;
  readonly weights: Float64Array;
  readonly problem: PathProblem;
  /** The untimed best path, compiled edge ids. */
  readonly path: readonly number[];
}

/**
 * One search under some constraints: the best path that keeps the itinerary rules, as an itinerary. With a
 * date, the fastest route is searched on the timetable itself; other objectives choose on average waits and
 * are then timed exactly along their services.
 *
 * @param session - the router's session
 * @param context - the resolved query
 * @param checked - the constraints to search under (the query's own, or a relaxation)
 * @returns the attempt, or `null` when the constraints cut every path
 * @example
 * const best = attemptRoute(session, context, context.checked);
 * best?.itinerary.totals.durationHours;
 */
export function attemptRoute(
  session: RouterSession,
  context: QueryContext,
  checked: CheckedQuery,
): RouteAttempt | null {
  const problem = searchProblem(session, context, checked);
  if (problem === null) return null;
  const { prepared: graph, criteria, weights } = problem;
  const untimed = findPath(problem);
  if (untimed === null) return null;
  const timedPath =
    checked.departMs !== undefined && checked.objective === 'time'
      ? findPath({ ...problem, departMs: checked.departMs })
      : undefined;
  const path = timedPath ?? untimed;
  const itinerary = buildItinerary(
    graph,
    criteria,
    path.edges,
    session.directory,
    untimed.value,
    checked.departMs,
    context.lines,
  );
  return { itinerary, graph, criteria, weights, problem, path: untimed.edges };
}

/**
 * The search `explainNoRoute` runs per relaxation: the query under other constraints, with or without its via.
 *
 * @param session - the router's session
 * @param context - the resolved query
 * @returns a function from (constraints, drop the via?) to the best itinerary, or `null`
 * @example
 * explainNoRoute(context, relaxedAttempt(session, context));
 */
export function relaxedAttempt(
  session: RouterSession,
  context: QueryContext,
): (checked: CheckedQuery, dropVia: boolean) => Itinerary | null {
  return (checked, dropVia) => {
    const { via: _via, ...withoutVia } = context;
    return attemptRoute(session, dropVia ? withoutVia : context, checked)?.itinerary ?? null;
  };
}
