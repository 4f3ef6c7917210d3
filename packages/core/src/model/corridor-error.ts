/**
 * Errors thrown by `@corridor/core` for misuse and for invalid input. A loader collects every
 * problem it finds into one `CorridorError` with `issues`; nothing is thrown one problem at a time.
 * "No route" is never an error: it is a value returned by the routing functions.
 */

import { excerpt } from './excerpt.js';

/** Stable error codes: callers may switch on them; their meaning never changes between versions. */
export type CorridorErrorCode =
  /** A dataset, scenario or demand file failed validation; `issues` lists every problem. */
  | 'invalid-input'
  /** An id, code or name did not resolve; `issues` carries the suggestions. */
  | 'unknown-reference'
  /** An argument to a library function was out of its domain (a negative TEU count, say). */
  | 'invalid-argument'
  /** A dataset declares a `formatVersion` this library does not read. */
  | 'unsupported-format';

/** One problem found in an input, located as precisely as the input allows. */
export interface InputIssue {
  /** The file, relative to the dataset root (`terminals.csv`), or an argument name (`--teu`). */
  readonly file: string;
  /** 1-based data row in a CSV (the header is row 1, first data row is 2), when the file is a table. */
  readonly row?: number;
  /** JSON pointer (`/services/3/stops/0`) when the file is JSON. */
  readonly pointer?: string;
  /** The column or property that is wrong. */
  readonly field?: string;
  /** The offending value, as written in the input. */
  readonly value?: string;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** What to do about it, in one sentence. */
  readonly fix?: string;
}

/**
 * Formats an issue as one line, the value cut to an excerpt of at most 80 characters:
 * `terminals.csv row 7, field lat: "95.2" — latitude out of range; use -90..90.`
 *
 * @example
 * ```ts
 * import { formatIssue } from '@corridor/core/model';
 *
 * const line = formatIssue({
 *   file: 'terminals.csv',
 *   row: 7,
 *   field: 'lat',
 *   value: '95.2',
 *   message: 'latitude out of range',
 *   fix: 'use -90..90',
 * });
 * console.log(line); // → terminals.csv row 7, field lat: "95.2" — latitude out of range; use -90..90
 * ```
 */
export function formatIssue(issue: InputIssue): string {
  const where = [
    issue.file,
    issue.row === undefined ? undefined : `row ${issue.row}`,
    issue.pointer === undefined ? undefined : issue.pointer,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  const field = issue.field === undefined ? '' : `, field ${issue.field}`;
  // A bad value is quoted, cut to 80 characters: a megabyte-long cell must not flood the message.
  const value = issue.value === undefined ? '' : `: "${excerpt(issue.value)}"`;
  const fix = issue.fix === undefined ? '' : `; ${issue.fix}`;
  return `${where}${field}${value} — ${issue.message}${fix}`;
}

/**
 * The one error class of the library. `code` is stable; `issues` holds every located problem.
 *
 * @example
 * ```ts
 * import { loadNetwork } from '@corridor/core/load';
 * import { CorridorError } from '@corridor/core/model';
 *
 * try {
 *   loadNetwork({ 'dataset.json': '{}' });
 * } catch (error) {
 *   if (error instanceof CorridorError && error.code === 'invalid-input') {
 *     console.log(error.code); // → invalid-input
 *     console.log(error.issues.length > 0); // → true
 *   }
 * }
 * const mine = new CorridorError('invalid-argument', 'teu must be positive', [{ file: '--teu', message: 'not positive' }]);
 * console.log(mine.message); // → teu must be positive - --teu — not positive
 * ```
 */
export class CorridorError extends Error {
  override readonly name = 'CorridorError';
  readonly code: CorridorErrorCode;
  readonly issues: readonly InputIssue[];

  /**
   * @param code - the stable error code
   * @param summary - one line saying what failed
   * @param issues - every located problem; their formatted lines are appended to the message
   */
  constructor(code: CorridorErrorCode, summary: string, issues: readonly InputIssue[] = []) {
    const lines = issues.map((issue) => `  - ${formatIssue(issue)}`);
    super(lines.length === 0 ? summary : `${summary}\n${lines.join('\n')}`);
    this.code = code;
    this.issues = issues;
  }
}
