import type { z } from 'zod';
import { zodIssueCode } from '../load/zod-issue-code.js';
import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import { excerpt } from '../model/excerpt.js';
import { jsonDepth } from '../model/json-depth.js';
import { didYouMean, suggest } from '../model/suggest.js';

/** Deepest nesting a request may have; the deepest documented request (a scenario's edits) is about 6 levels. */
export const MAX_REQUEST_DEPTH = 32;

/** A value as an issue quotes it: text as is, anything else as JSON, cut to 80 characters. */
function quote(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return excerpt(text);
}

/** The value at a zod path in the request, for quoting. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One zod issue as a located input issue: the field (`modes[1]`), the value, what is wrong and the fix. */
function inputIssue(file: string, input: unknown, issue: z.core.$ZodIssue): InputIssue {
  const [head, ...rest] = issue.path;
  const field =
    head === undefined
      ? undefined
      : `${String(head)}${rest.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('')}`;
  const raw = valueAt(input, issue.path);
  const value = quote(raw);
  let message = issue.message;
  let fix: string | undefined;
  if (issue.code === 'invalid_value' && typeof valueAt(input, issue.path) === 'string') {
    const valid = issue.values.map(String);
    message = 'unknown value';
    fix =
      didYouMean(suggest(String(valueAt(input, issue.path)), valid)).replace(/^ — /, '') ||
      `use one of ${valid.join(', ')}`;
  } else if (
    issue.code === 'invalid_type' &&
    issue.expected === 'number' &&
    typeof valueAt(input, issue.path) === 'string'
  ) {
    message = 'not a number';
  } else if ((issue.code === 'too_small' || issue.code === 'too_big') && message.startsWith('Too ')) {
    // zod's "Too small: expected number to be >0" as "must be > 0".
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    const sign = issue.code === 'too_small' ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
    message =
      issue.origin === 'array' || issue.origin === 'string'
        ? message.replace(/^Too (small|big): expected /, 'must have ')
        : `must be ${sign} ${String(bound)}`;
  } else if (issue.code === 'unrecognized_keys') {
    message = `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
    fix = 'remove it, or check its spelling against the API reference';
  }
  return {
    file,
    ...(field === undefined ? {} : { field }),
    ...(value === undefined || issue.code === 'unrecognized_keys' ? {} : { value }),
    ...zodIssueCode(issue, raw === undefined ? undefined : typeof raw === 'string' ? raw : JSON.stringify(raw)),
    message,
    ...(fix === undefined ? {} : { fix }),
  };
}

/** A request checked against its schema: the parsed request, or every problem. */
export type ParsedRequest<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly issues: readonly InputIssue[]; readonly unknown: boolean };

/**
 * Checks a request against its schema and returns every problem rather than throwing, for a caller that checks
 * more (the ends of a route) before it reports.
 *
 * @param schema - one of the request schemas
 * @param input - the request as received
 * @param what - what the request is, for the issues' `file` (`route request`)
 * @returns the parsed request, or the issues and whether one is a value outside a closed list
 */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, what: string): ParsedRequest<z.output<S>> {
  // Measured before anything walks the request: a checker or a message builder would overflow the stack on it.
  if (jsonDepth(input, MAX_REQUEST_DEPTH) > MAX_REQUEST_DEPTH) {
    return {
      ok: false,
      unknown: false,
      issues: [
        {
          file: what,
          code: 'too-deep',
          params: { limit: MAX_REQUEST_DEPTH },
          message: `nested deeper than ${MAX_REQUEST_DEPTH} levels`,
          fix: 'send the request as documented: its deepest field, a scenario edit, is a few levels deep',
        },
      ],
    };
  }
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => inputIssue(what, input, issue)),
    unknown: parsed.error.issues.some((issue) => issue.code === 'invalid_value'),
  };
}

/**
 * Checks a request against its schema, collecting every problem into one error.
 *
 * @param schema - one of the request schemas
 * @param input - the request as received (JSON-parsed, or the library caller's object)
 * @param what - what the request is, for the error (`route request`)
 * @returns the parsed request, with its strings trimmed
 * @throws CorridorError `invalid-argument` with one issue per problem (`unknown-reference` when a value is not
 *   one of a closed list, such as a mode)
 * @example
 * ```ts
 * import { readRequest, RouteRequestSchema } from '@corridor/core/engine';
 * import { CorridorError } from '@corridor/core/model';
 *
 * const request = readRequest(RouteRequestSchema, { from: ' Xiamen ', to: 'Hamburg' }, 'route request');
 * console.log(request.from); // → Xiamen
 * try {
 *   readRequest(RouteRequestSchema, { from: 'Xiamen', to: 'Hamburg', modes: ['rial'] }, 'route request');
 * } catch (error) {
 *   if (error instanceof CorridorError) console.log(error.code, error.issues[0]?.field, error.issues[0]?.fix); // → unknown-reference modes[0] use one of sea, rail, road, air
 * }
 * ```
 */
export function readRequest<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = parseRequest(schema, input, what);
  if (parsed.ok) return parsed.data;
  throw new CorridorError(
    parsed.unknown ? 'unknown-reference' : 'invalid-argument',
    problemsSummary(what, parsed.issues),
    parsed.issues,
  );
}

/** `route request: 2 problems` — the one-line summary of an error with issues. */
export function problemsSummary(what: string, issues: readonly unknown[]): string {
  return `${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`;
}
