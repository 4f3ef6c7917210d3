/**
 * Route planning in the engine worker: route and Pareto requests answered by the dataset's core engine (its
 * `route` and `pareto`), timed, with refusals as `errorBody`. Answers are plain, structured-clonable data.
 */

import { type Engine, errorBody, type RouteAnswer, type RouteRequest } from '@corridor/core/engine';
import type { Answered } from './engine-api';

/**
 * Runs an engine call, timing it; a refusal (or a fault) comes back as the engine's error shape, never thrown.
 * @param run - the call
 * @returns the answer and the milliseconds it took, or the error body
 * @example
 * answered(() => engine.route({ from: 'Xiamen', to: 'Nowhere' })).ok; // false: unknown-reference
 */
export function answered<T>(run: () => T): Answered<T> {
  const started = performance.now();
  try {
    const answer = run();
    return { ok: true, answer, elapsedMs: performance.now() - started };
  } catch (error) {
    return { ok: false, error: errorBody(error) };
  }
}

/**
 * The best route and alternatives, each leg with its line (the map draws it).
 * @param engine - the dataset's engine for the query's costing
 * @param request - the planner's request
 * @example
 * planRoute(engine, { from: 'CNXMN', to: 'DEDUI', teu: 2 }).ok; // true
 */
export function planRoute(engine: Engine, request: RouteRequest): Answered<RouteAnswer> {
  return answered(() => engine.route({ ...request, geometry: true }));
}

/**
 * The whole Pareto front over time, cost and CO2e (`alternatives` would cut it to the K best by the objective),
 * each leg with its line.
 * @param engine - the dataset's engine for the query's costing
 * @param request - the planner's request
 */
export function planPareto(engine: Engine, request: RouteRequest): Answered<RouteAnswer> {
  const { alternatives: _alternatives, ...front } = request;
  return answered(() => engine.pareto({ ...front, geometry: true }));
}
