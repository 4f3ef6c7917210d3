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

/**
 * Every {@link InputIssueCode}, in a stable order: for a front end that words each code in its own languages and
 * checks that it misses none.
 *
 * @example
 * ```ts
 * import { INPUT_ISSUE_CODES } from '@corridor/core/model';
 *
 * console.log(INPUT_ISSUE_CODES.includes('duplicate-id')); // → true
 * ```
 */
export const INPUT_ISSUE_CODES = [
  'file-missing',
  'unknown-file',
  'unreadable',
  'file-too-large',
  'too-many-rows',
  'too-deep',
  'not-json',
  'csv-syntax',
  'empty-file',
  'missing-column',
  'unknown-field',
  'row-length',
  'unsupported-format',
  'more-issues',
  'missing-value',
  'invalid-format',
  'wrong-type',
  'out-of-range',
  'not-allowed',
  'too-few',
  'too-many',
  'text-too-long',
  'control-character',
  'duplicate-id',
  'duplicate-entry',
  'unknown-reference',
  'ambiguous-reference',
  'missing-source',
  'self-loop',
  'wrong-kind',
  'wrong-unit',
  'inconsistent',
  'no-path',
  'off-coast',
  'not-applicable',
  'not-imported',
  'invalid',
] as const;

/**
 * What is wrong in an {@link InputIssue}, as a stable code a front end words in its own language; `params` carry
 * the numbers and ids the English `message` interpolates. A code's meaning never changes between versions; new
 * codes may be added (a front end falls back to the English `message` for a code it does not know).
 *
 * - `file-missing` — a required file of the dataset is absent.
 * - `unknown-file` — a file that is not part of the format (`params.name`).
 * - `unreadable` — the file or folder cannot be read (`params.reason`: `not-a-folder`, `broken-link`, `is-a-folder`,
 *   `permission`, `not-utf8`, `other`).
 * - `file-too-large` — over the size limit (`params.sizeMb`, `params.limitMb`).
 * - `too-many-rows` — a table over the row limit (`params.rows`, `params.limit`).
 * - `too-deep` — JSON nested deeper than the limit (`params.limit`).
 * - `not-json` — the text is not JSON (`params.detail`: the parser's words).
 * - `csv-syntax` — the text is not CSV (`params.detail`: the parser's words).
 * - `empty-file` — a file with nothing in it.
 * - `missing-column` — a required column is absent from the header (`field`).
 * - `unknown-field` — a column or property the format does not have (`params.name`, `params.column` for a CSV).
 * - `row-length` — a row with more or fewer cells than the header (`params.cells`, `params.expected`).
 * - `unsupported-format` — a `formatVersion` this library does not read (`params.version`, `params.supported`).
 * - `more-issues` — the list was cut (`params.count` more, `params.limit` listed).
 * - `missing-value` — a value that is required, or required by another value, is absent or empty
 *   (`params.needs`: the field or fields wanted, where not `field` itself).
 * - `invalid-format` — the value is not written as expected (`params.expected`: `id`, `number`, `date`, `time`,
 *   `weekday`, `url`, `locode`, `iata`, `country`, `lon-lat`, `time-zone`, `json-array`, `gauge`, …).
 * - `wrong-type` — a JSON value of the wrong type (`params.expected`: `string`, `number`, `array`, `object`, …).
 * - `out-of-range` — a number outside its bounds (`params.min`, `params.max`, `params.exclusiveMin`,
 *   `params.exclusiveMax`, `params.unit`; only the bounds that exist).
 * - `not-allowed` — a word outside a fixed set (`params.allowed`, comma-separated; `params.suggestion`).
 * - `too-few` / `too-many` — a list shorter or longer than allowed (`params.min` / `params.max`).
 * - `text-too-long` — a text over the limit (`params.length`, `params.limit`).
 * - `control-character` — a text holding a control character (`params.codePoint` as `U+000A`, `params.position`).
 * - `duplicate-id` — an id used twice (`params.otherFile`, `params.otherRow` where known).
 * - `duplicate-entry` — the same thing written twice (`params.what`, `params.other`).
 * - `unknown-reference` — an id, code or name that resolves to nothing (`params.kind`: `terminal`, `place`,
 *   `source`, `service`, …, where the caller knows it; `params.suggestion` where one is close).
 * - `ambiguous-reference` — a name that fits several places or terminals (give an id).
 * - `missing-source` — data without a source, or a source without a URL or note.
 * - `self-loop` — a link, flow or query from a place to itself (`params.from`).
 * - `wrong-kind` — a terminal or mode of the wrong kind for its use (`params.kind`, `params.expected`).
 * - `wrong-unit` — a quantity in the wrong unit for its mode or cargo (`params.unit`, `params.expected`).
 * - `inconsistent` — two values that contradict each other (`params.rule` names the rule: `frequency-departures`,
 *   `tariff-and-tariffs`, `gauge`, `route-length`, `pair-rates`, …).
 * - `no-path` — no way through the network between two stops (`params.mode`, `params.from`, `params.to`).
 * - `off-coast` — a position too far from the coast, or out at sea (`params.km`, `params.limitKm`).
 * - `not-applicable` — an option or edit that does not apply here (`params.rule`).
 * - `not-imported` — an imported record left out or used in part (`params.reason`).
 * - `invalid` — any other invalid value (the English `message` says what).
 */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

/** The numbers and ids an issue's message interpolates, by name; see {@link InputIssueCode} for each code's. */
export type InputIssueParams = Readonly<Record<string, string | number | boolean>>;

/** One problem found in an input, located as precisely as the input allows. */
export interface InputIssue {
  /** What is wrong, as a stable code: a front end words the issue from it and `params`. */
  readonly code: InputIssueCode;
  /** The numbers and ids `message` interpolates, for a front end that words the issue itself. */
  readonly params?: InputIssueParams;
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
 *   code: 'out-of-range',
 *   params: { min: -90, max: 90 },
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
 * const mine = new CorridorError('invalid-argument', 'teu must be positive', [{ file: '--teu', code: 'out-of-range', message: 'not positive' }]);
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
