import type { z } from 'zod';
import { INPUT_ISSUE_CODES, type InputIssue, type InputIssueParams } from '../model/corridor-error.js';
import { suggest } from '../model/suggest.js';

/**
 * The code and params of a zod issue, so that every schema problem (the dataset's JSON files, scenarios, engine
 * requests, DCSA payloads) carries a code a front end can word, whatever message zod or a schema wrote.
 *
 * @param issue - one issue of a failed `safeParse`
 * @param value - the value at the issue's path as written, or `undefined` where the path leads nowhere
 * @returns the code and, where the issue has them, its bounds, expected type or allowed values
 */
export function zodIssueCode(
  issue: z.core.$ZodIssue,
  value: string | undefined,
): Pick<InputIssue, 'code'> & { params?: InputIssueParams } {
  switch (issue.code) {
    case 'invalid_type':
      // A required property left out is a missing value, not a value of the wrong type.
      return value === undefined
        ? { code: 'missing-value' }
        : { code: 'wrong-type', params: { expected: issue.expected } };
    case 'too_small': {
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'too-few', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { code: 'missing-value' };
      const bound: InputIssueParams =
        issue.inclusive === false ? { min: Number(issue.minimum), exclusiveMin: true } : { min: Number(issue.minimum) };
      return { code: 'out-of-range', params: issue.origin === 'string' ? { ...bound, unit: 'characters' } : bound };
    }
    case 'too_big': {
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'too-many', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'string') return { code: 'text-too-long', params: { limit: Number(issue.maximum) } };
      const bound: InputIssueParams =
        issue.inclusive === false ? { max: Number(issue.maximum), exclusiveMax: true } : { max: Number(issue.maximum) };
      return { code: 'out-of-range', params: bound };
    }
    case 'invalid_format':
      return { code: 'invalid-format', params: { expected: formatName(issue) } };
    case 'unrecognized_keys':
      return { code: 'unknown-field', params: { name: issue.keys.join(', ') } };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const close = value === undefined ? [] : suggest(value, allowed);
      return {
        code: 'not-allowed',
        params: { allowed: allowed.join(', '), ...(close.length === 0 ? {} : { suggestion: close.join(', ') }) },
      };
    }
    case 'invalid_union':
      return issue.path.at(-1) === 'weekday'
        ? { code: 'invalid-format', params: { expected: 'weekday' } }
        : { code: 'invalid' };
    case 'custom':
      return customIssueCode(issue);
    default:
      return { code: 'invalid' };
  }
}

/** The expected form of a string the schema checks by pattern or format (`time` for a departure's `HH:MM`). */
function formatName(issue: z.core.$ZodIssueInvalidStringFormat): string {
  const field = String(issue.path.at(-1) ?? '');
  if (issue.format === 'regex') return field === 'time' ? 'time' : field === '' ? 'pattern' : field;
  return issue.format === 'datetime' ? 'date-time' : issue.format;
}

/**
 * A schema's own refinement: its code as the refinement gives it (`params: { code: 'inconsistent', rule: … }`),
 * else told apart by what it checks.
 */
function customIssueCode(issue: z.core.$ZodIssueCustom): Pick<InputIssue, 'code'> & { params?: InputIssueParams } {
  const { code, ...params } = (issue.params ?? {}) as Record<string, string | number | boolean>;
  if ((INPUT_ISSUE_CODES as readonly unknown[]).includes(code)) {
    return { code: code as InputIssue['code'], ...(Object.keys(params).length === 0 ? {} : { params }) };
  }
  if (issue.path.at(-1) === 'asOf') return { code: 'invalid-format', params: { expected: 'date' } };
  if (/^give /.test(issue.message)) return { code: 'missing-value' };
  if (/^must be (between|greater than|at least|at most)/.test(issue.message)) return { code: 'out-of-range' };
  return { code: 'invalid' };
}
