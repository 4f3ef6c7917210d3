export type { StopDirectory } from './build-itinerary.js';
export { type CheckedQuery, checkQuery, MAX_ALTERNATIVES, parseDepart } from './check-query.js';
export { createRouter, type QueryOptions, type Router, type RouterOptions } from './create-router.js';
export { type FoundPath, findPath, type PathProblem } from './find-path.js';
export { EVEN_TIMETABLE_ANCHOR_MS, nextDeparture } from './next-departure.js';
export { PARETO_DEFAULT_MAX_BOARDINGS } from './pareto-front.js';
export { type QueryContext, queryContext } from './query-context.js';
export { nearestPlace, type ResolvedEndpoint, resolveEndpoint } from './resolve-endpoint.js';
export { type QueryArrays, type RouterSession, routerSession } from './router-session.js';
