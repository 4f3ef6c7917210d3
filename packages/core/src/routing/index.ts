export { type CheckedQuery, checkQuery, MAX_ALTERNATIVES, parseDepart } from './check-query.js';
export {
  createRouter,
  type QueryContext,
  type QueryOptions,
  type Router,
  type RouterOptions,
} from './create-router.js';
export { type FoundPath, findPath, type PathProblem } from './find-path.js';
export { EVEN_TIMETABLE_ANCHOR_MS, nextDeparture } from './next-departure.js';
export { PARETO_DEFAULT_MAX_BOARDINGS } from './pareto-front.js';
export { nearestPlace, type ResolvedEndpoint, resolveEndpoint } from './resolve-endpoint.js';
