import type { z } from 'zod';
import { textProblem } from '../load/check-text.js';
import { DATASET_LIMITS } from '../load/dataset-limits.js';
import { IssueList } from '../load/issue-list.js';
import { jsonValueAt } from '../load/read-json-parts.js';
import { zodIssueCode } from '../load/zod-issue-code.js';
import { CorridorError } from '../model/corridor-error.js';
import { jsonDepth } from '../model/json-depth.js';
import {
  type DcsaPointToPoint,
  type DcsaServiceSchedule,
  pointToPointSchema,
  serviceScheduleSchema,
} from './dcsa-schemas.js';

/** A checked DCSA Commercial Schedules payload: which endpoint's answer it is, and its items. */
export type DcsaPayload =
  | { readonly kind: 'vessel-schedules'; readonly items: readonly DcsaServiceSchedule[] }
  | { readonly kind: 'point-to-point-routes'; readonly items: readonly DcsaPointToPoint[] };

/** What to do about a schema problem at `path`, in DCSA's terms. */
function fixFor(issue: z.core.$ZodIssue): string {
  const field = String(issue.path.at(-1) ?? '');
  if (issue.code === 'invalid_format' && /date ?time/i.test(field))
    return 'write an RFC 3339 date-time with its offset, e.g. 2024-08-12T13:40:00+08:00 (a template placeholder such as DEPARTURE_DATE must be replaced by the carrier’s time)';
  if (field === 'UNLocationCode') return 'write the 5-character UN/LOCODE, e.g. CNXMN';
  switch (issue.code) {
    case 'invalid_type':
      return `write a ${issue.expected}, as the DCSA Commercial Schedules 1.0 specification requires`;
    case 'invalid_value':
      return `use one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `give at least ${issue.minimum} entries` : `give a longer value`;
    case 'too_big':
      return `shorten it to ${issue.maximum} characters at most`;
    default:
      return 'see the DCSA Commercial Schedules 1.0 specification (dcsaorg/DCSA-OpenAPI, cs/v1)';
  }
}

/** Reports every over-long or control-character string of the payload, as the loader does for datasets. */
function checkStrings(file: string, root: unknown, issues: IssueList): void {
  const stack: { node: unknown; path: string }[] = [{ node: root, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: string };
    if (typeof node === 'string') {
      const problem = textProblem(node);
      if (problem !== undefined) issues.add({ file, pointer: path || '/', value: node, ...problem });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) stack.push({ node: value, path: `${path}/${key}` });
    }
  }
}

/**
 * Parses a DCSA Commercial Schedules response body: an array of `ServiceSchedule` (vessel schedules) or of
 * `PointToPoint` (point-to-point routings), told apart by their required properties. Throws one
 * `CorridorError` (`invalid-input`) listing every problem with its JSON pointer and the fix.
 *
 * @param text - the JSON text of the response body
 * @param file - its name, for the problems' locations
 * @returns the payload's kind and its checked items
 * @example
 * ```ts
 * import { parseDcsaPayload } from '@corridor/core/import';
 * import { CorridorError } from '@corridor/core/model';
 *
 * const body = '[{"carrierServiceName":"Example Loop","carrierServiceCode":"EXL","vesselSchedules":[]}]';
 * const payload = parseDcsaPayload(body, 'schedules.json');
 * console.log(payload.kind, payload.items.length); // → vessel-schedules 1
 * try {
 *   parseDcsaPayload('{"routings": 1}', 'routes.json');
 * } catch (error) {
 *   if (error instanceof CorridorError) console.log(error.code, error.issues.length); // → invalid-input 1
 * }
 * ```
 */
export function parseDcsaPayload(text: string, file: string): DcsaPayload {
  const issues = new IssueList();
  const fail = (): never => {
    throw new CorridorError(
      'invalid-input',
      `${file}: not a DCSA Commercial Schedules payload Corridor can import`,
      issues.listed(),
    );
  };
  if (text.length > DATASET_LIMITS.maxFileBytes) {
    issues.add({
      file,
      code: 'file-too-large',
      params: { bytes: text.length, limitMb: DATASET_LIMITS.maxFileBytes / 2 ** 20 },
      message: `is larger than ${DATASET_LIMITS.maxFileBytes} bytes`,
      fix: 'import the response page by page (DCSA paginates with the Next-Page-Cursor header)',
    });
    fail();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    issues.add({
      file,
      code: 'not-json',
      params: { detail: (error as Error).message },
      message: `is not valid JSON: ${(error as Error).message}`,
      fix: 'fix the syntax (a JSON linter shows where)',
    });
    fail();
  }
  if (jsonDepth(raw, DATASET_LIMITS.maxJsonDepth) > DATASET_LIMITS.maxJsonDepth) {
    issues.add({
      file,
      code: 'too-deep',
      params: { limit: DATASET_LIMITS.maxJsonDepth },
      message: `is nested more than ${DATASET_LIMITS.maxJsonDepth} levels deep; a DCSA payload needs about 8`,
      fix: 'check the brackets',
    });
    fail();
  }
  checkStrings(file, raw, issues);
  if (issues.count > 0) fail();
  const first = Array.isArray(raw) ? (raw[0] as unknown) : undefined;
  const looksLike = (key: string) => first !== null && typeof first === 'object' && key in (first as object);
  if (!Array.isArray(raw) || raw.length === 0 || !(looksLike('vesselSchedules') || looksLike('legs'))) {
    issues.add({
      file,
      pointer: '/',
      ...(Array.isArray(raw) && raw.length === 0
        ? { code: 'too-few' as const, params: { min: 1 } }
        : { code: 'wrong-type' as const, params: { expected: 'dcsa-schedules' } }),
      message: Array.isArray(raw)
        ? raw.length === 0
          ? 'is an empty list: it names no service'
          : 'holds neither vessel schedules (vesselSchedules) nor point-to-point routings (legs)'
        : 'is not a list: a DCSA response body is an array',
      fix: 'give the body of GET /v1/vessel-schedules or GET /v1/point-to-point-routes (port schedules list one port’s calls, not a rotation)',
    });
    fail();
  }
  if (looksLike('location') && !looksLike('carrierServiceCode')) {
    issues.add({
      file,
      pointer: '/0/location',
      code: 'wrong-type',
      params: { expected: 'dcsa-schedules', found: 'port-schedule' },
      message: 'is a port schedule: the calls at one port, not a service’s rotation',
      fix: 'give the body of GET /v1/vessel-schedules (by service or vessel) or GET /v1/point-to-point-routes',
    });
    fail();
  }
  const vessel = looksLike('vesselSchedules');
  const schema = vessel ? serviceScheduleSchema.array() : pointToPointSchema.array();
  const result = schema.safeParse(raw);
  if (result.success) {
    return vessel
      ? { kind: 'vessel-schedules', items: result.data as DcsaServiceSchedule[] }
      : { kind: 'point-to-point-routes', items: result.data as DcsaPointToPoint[] };
  }
  for (const issue of result.error.issues) {
    const value = jsonValueAt(raw, issue.path);
    const field = issue.path.at(-1);
    issues.add({
      file,
      pointer: `/${issue.path.map(String).join('/')}`,
      ...(field === undefined ? {} : { field: String(field) }),
      ...(value === undefined ? {} : { value }),
      ...zodIssueCode(issue, value),
      message: issue.code === 'invalid_value' ? 'not one of the allowed values' : issue.message,
      fix: fixFor(issue),
    });
  }
  return fail();
}
