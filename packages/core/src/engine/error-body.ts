import { CorridorError, type CorridorErrorCode, type InputIssue } from '../model/corridor-error.js';

/** The one error shape of the engine, across the library, the CLI, the worker and HTTP. */
export interface ErrorBody {
  /** A `CorridorErrorCode`, or `internal` for a fault of Corridor itself (a bug: please report it). */
  readonly code: CorridorErrorCode | 'internal';
  /** One line saying what failed. */
  readonly message: string;
  /** Every located problem: file or request, row, field, value, what is wrong and the fix. */
  readonly issues: readonly InputIssue[];
}

/**
 * Any thrown value as the engine's error shape: a `CorridorError` keeps its code, summary and issues; anything
 * else is an internal fault whose message is kept (never its stack, which would leak paths to an HTTP client).
 *
 * @param error - what was thrown
 * @returns plain data
 * @example
 * ```ts
 * import { createEngine, errorBody } from '@corridor/core/engine';
 * import { fujianNetwork } from '@corridor/data';
 *
 * try {
 *   createEngine(fujianNetwork).route({ from: 'Xiamn', to: 'Hamburg' });
 * } catch (error) {
 *   const body = errorBody(error);
 *   console.log(body.code, body.message); // → unknown-reference route request: 1 problem
 *   console.log(body.issues[0]?.field, body.issues[0]?.fix); // → from did you mean "xian" or "Xiamen"?
 * }
 * console.log(errorBody(new Error('disk full'))); // → { code: 'internal', message: 'internal error: disk full', issues: [] }
 * ```
 */
export function errorBody(error: unknown): ErrorBody {
  if (error instanceof CorridorError) {
    const summary = error.message.split('\n', 1)[0] ?? error.message;
    return { code: error.code, message: summary, issues: error.issues };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `internal error: ${message}`, issues: [] };
}
