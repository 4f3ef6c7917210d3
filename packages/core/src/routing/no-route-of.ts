import type { NoRoute } from '../model/itinerary.js';
import { relaxedAttempt } from './attempt-route.js';
import { explainNoRoute } from './explain-no-route.js';
import { findAnyPath } from './find-path.js';
import { pathFaults } from './path-rules.js';
import type { QueryContext } from './query-context.js';
import type { RouterSession } from './router-session.js';
import { searchProblem } from './search-problem.js';

/**
 * The no-route of a query, explained (`explainNoRoute`), then with what closures and rules add to it:
 * - under closures, the services they suspended (no way through, or a detour back past their own calls);
 * - with `rules`, when the constraints leave paths that only the itinerary rules cut, so: "the only paths left
 *   leave China and come back (…)" — the rules are a reason like any closure.
 *
 * @param session - the router's session
 * @param context - the resolved query, which has no route
 * @param rules - whether to look for paths the rules alone cut (a route query; a Pareto query keeps the rules in
 *   its labels and skips this)
 * @returns the no-route with its reason
 * @example
 * const noRoute = noRouteOf(session, context, true);
 * noRoute.blockedBy; // e.g. ['passage:suez']
 */
export function noRouteOf(session: RouterSession, context: QueryContext, rules: boolean): NoRoute {
  const explained = withSuspended(session, explainNoRoute(context, relaxedAttempt(session, context)), context);
  return rules ? withRuleNote(session, explained, context) : explained;
}

function withSuspended(session: RouterSession, noRoute: NoRoute, context: QueryContext): NoRoute {
  if (context.checked.avoidPassages.size === 0) return noRoute;
  const suspended = session.graph(context.checked.avoidPassages).routing.suspendedServices;
  if (suspended.length === 0) return noRoute;
  const which = suspended.join(', ');
  return {
    ...noRoute,
    reason: `${noRoute.reason}; the closures suspend ${suspended.length} service${suspended.length === 1 ? '' : 's'} with no way through or a detour back past their own calls (${which})`,
    notes: [...noRoute.notes, { code: 'services-suspended', params: { services: [...suspended] } }],
  };
}

function withRuleNote(session: RouterSession, noRoute: NoRoute, context: QueryContext): NoRoute {
  const problem = searchProblem(session, context, context.checked);
  const path = problem === null ? null : findAnyPath(problem);
  if (problem === null || path === null) return noRoute;
  const faults = pathFaults(problem.prepared.facts, problem.prepared.compiled, path.edges);
  const words = [
    ...(faults.reentered.length > 0 ? [`leave ${faults.reentered.join(', ')} and come back`] : []),
    ...(faults.revisited.length > 0 ? [`visit ${faults.revisited.join(', ')} twice`] : []),
    ...(faults.chainedTrucks.length > 0 ? ['chain two truck hauls'] : []),
  ];
  if (words.length === 0) return noRoute;
  return {
    ...noRoute,
    reason: `${noRoute.reason}; the only paths left ${words.join(' or ')}, which no option does`,
    notes: [
      ...noRoute.notes,
      {
        code: 'rules-cut',
        params: {
          reentered: [...faults.reentered],
          revisited: [...faults.revisited],
          chainedTrucks: faults.chainedTrucks.length > 0,
        },
      },
    ],
  };
}
