import type { ErrorBody } from '@corridor/core/engine';

/** An error as RFC 9457 problem details, with the engine's code and issue list as extension members. */
export interface ProblemDetails extends ErrorBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
}

/** The HTTP status of each error code: the client's mistake is 4xx; only Corridor's own fault is 500. */
const STATUS: Readonly<Record<ErrorBody['code'], number>> = {
  'invalid-argument': 400,
  'invalid-input': 422,
  'unknown-reference': 404,
  'unsupported-format': 415,
  internal: 500,
};

const TITLE: Readonly<Record<ErrorBody['code'], string>> = {
  'invalid-argument': 'Invalid request',
  'invalid-input': 'Invalid input',
  'unknown-reference': 'Unknown reference',
  'unsupported-format': 'Unsupported format',
  internal: 'Internal error',
};

/**
 * The problem details of an engine error (`application/problem+json`).
 *
 * @param body - from `errorBody`
 * @param status - overrides the code's status (413 for a body too large, 408 or 503 for a time limit)
 * @returns the document to send
 * @example
 * ```ts
 * import { problemDetails } from '@corridor/server';
 *
 * const problem = problemDetails({ code: 'unknown-reference', message: 'route request: 1 problem', issues: [] });
 * console.log(problem.status, problem.type, problem.title); // → 404 urn:corridor:error:unknown-reference Unknown reference
 * ```
 */
export function problemDetails(body: ErrorBody, status = STATUS[body.code]): ProblemDetails {
  return {
    type: `urn:corridor:error:${body.code}`,
    title: TITLE[body.code],
    status,
    detail: body.message,
    ...body,
  };
}
