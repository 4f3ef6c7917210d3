/**
 * An engine refusal as one text for a message line: its summary, then each located problem on a line of its own
 * (as the CLI prints them), so a view that shows one message still shows every issue.
 */
import type { ErrorBody } from '@corridor/core/engine';
import { formatIssue } from '@corridor/core/model';

/**
 * The text of an error body.
 * @param error - from the worker (`errorBody` of `@corridor/core/engine`)
 * @returns the message, and the issues one per line
 * @example
 * errorText({ code: 'invalid-argument', message: 'run an assignment first', issues: [] }); // 'run an assignment first'
 */
export function errorText(error: Pick<ErrorBody, 'message' | 'issues'>): string {
  return [error.message, ...error.issues.map(formatIssue)].join('\n');
}
