import { CorridorError, type InputIssue, type InputIssueCode, type InputIssueParams } from '../model/corridor-error.js';
import { CONTAINER_TYPES, OBJECTIVES, type Objective, type RouteQuery } from '../model/itinerary.js';
import { MODES, type Mode, type Network, PASSAGE_IDS, type PassageId } from '../model/network.js';
import { parseDepart } from '../model/parse-depart.js';
import { MAX_ALTERNATIVES, MAX_TRANSFERS } from '../model/query-limits.js';
import { didYouMean, suggest } from '../model/suggest.js';

/** A query with its defaults applied and every field checked. */
export interface CheckedQuery {
  readonly objective: Objective;
  readonly modes: ReadonlySet<Mode>;
  readonly avoidPassages: ReadonlySet<PassageId>;
  readonly avoidTerminals: ReadonlySet<string>;
  readonly avoidCountries: ReadonlySet<string>;
  readonly maxTransfers: number;
  readonly alternatives: number;
  readonly departMs?: number;
}

/** "did you mean …", or the list of valid values when nothing is close. */
function hint(value: string, valid: readonly string[]): string {
  const close = didYouMean(suggest(value, valid)).replace(/^ — /, '');
  return close === '' ? `use one of ${valid.join(', ')}` : close;
}

/** Strict departure parsing, re-exported from the model (where the dashboard's URL reads it cheaply). */
export { parseDepart } from '../model/parse-depart.js';
/** Most alternatives a query may ask for (re-exported from the model, where every front end reads it). */
export { MAX_ALTERNATIVES } from '../model/query-limits.js';

/**
 * Applies defaults and checks a query's options, collecting every problem into one error that names
 * the option, the bad value and a "did you mean".
 *
 * @throws CorridorError `invalid-argument` or `unknown-reference`
 * @example
 * ```ts
 * import { CorridorError } from '@corridor/core/model';
 * import { checkQuery } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const checked = checkQuery({ from: 'Xiamen', to: 'Duisburg', modes: ['rail', 'road'] }, fujianNetwork);
 * console.log(checked.objective, [...checked.modes], checked.maxTransfers, checked.alternatives); // → time [ 'rail', 'road' ] Infinity 1
 * try {
 *   checkQuery({ from: 'Xiamen', to: 'Duisburg', avoidTerminals: ['xmn_port_haicnag'] }, fujianNetwork);
 * } catch (error) {
 *   if (error instanceof CorridorError) console.log(error.code, error.issues[0]?.fix); // → unknown-reference did you mean "xmn_port_haicang"?
 * }
 * ```
 */
export function checkQuery(query: RouteQuery, network: Network): CheckedQuery {
  const issues: InputIssue[] = [];
  // The code defaults to `invalid` so that a check added without one still reads; each check here gives its own.
  const bad = (
    field: string,
    value: unknown,
    message: string,
    fix?: string,
    code: InputIssueCode = 'invalid',
    params?: InputIssueParams,
  ) =>
    issues.push({
      file: 'query',
      field,
      value: String(value),
      code,
      ...(params === undefined ? {} : { params }),
      message,
      ...(fix === undefined ? {} : { fix }),
    });
  const objective = query.objective ?? 'time';
  if (!OBJECTIVES.includes(objective))
    bad('objective', objective, 'unknown objective', hint(objective, OBJECTIVES), 'not-allowed', {
      allowed: OBJECTIVES.join(', '),
    });
  if (query.container !== undefined && !CONTAINER_TYPES.includes(query.container))
    bad('container', query.container, 'unknown container type', hint(query.container, CONTAINER_TYPES), 'not-allowed', {
      allowed: CONTAINER_TYPES.join(', '),
    });
  for (const mode of query.modes ?? []) {
    if (!MODES.includes(mode))
      bad('modes', mode, 'unknown mode', hint(mode, MODES), 'not-allowed', { allowed: MODES.join(', ') });
  }
  if (query.modes !== undefined && query.modes.length === 0)
    bad('modes', '', 'no mode allowed', 'allow at least one of sea, rail, road, air', 'too-few', { min: 1 });
  for (const passage of query.avoidPassages ?? []) {
    if (!PASSAGE_IDS.includes(passage))
      bad('avoid', passage, 'unknown passage', hint(passage, PASSAGE_IDS), 'unknown-reference', { kind: 'passage' });
  }
  const terminalIds = network.terminals.map((t) => t.id);
  for (const id of query.avoidTerminals ?? []) {
    if (!terminalIds.includes(id))
      bad(
        'avoidTerminals',
        id,
        'unknown terminal',
        didYouMean(suggest(id, terminalIds)).replace(/^ — /, '') || 'see corridor export --what terminals',
        'unknown-reference',
        { kind: 'terminal' },
      );
  }
  for (const code of query.avoidCountries ?? []) {
    if (!/^[A-Z]{2}$/.test(code))
      bad('avoidCountries', code, 'not an ISO 3166-1 alpha-2 code', 'e.g. RU, BY, EG', 'invalid-format', {
        expected: 'country',
      });
  }
  const maxTransfers = query.maxTransfers ?? Number.POSITIVE_INFINITY;
  if (
    query.maxTransfers !== undefined &&
    !(Number.isInteger(maxTransfers) && maxTransfers >= 0 && maxTransfers <= MAX_TRANSFERS)
  ) {
    bad(
      'maxTransfers',
      query.maxTransfers,
      `must be a whole number from 0 to ${MAX_TRANSFERS}`,
      undefined,
      'out-of-range',
      {
        min: 0,
        max: MAX_TRANSFERS,
      },
    );
  }
  const alternatives = query.alternatives ?? 1;
  if (!(Number.isInteger(alternatives) && alternatives >= 1 && alternatives <= MAX_ALTERNATIVES)) {
    bad(
      'alternatives',
      query.alternatives,
      `must be a whole number from 1 to ${MAX_ALTERNATIVES}`,
      undefined,
      'out-of-range',
      {
        min: 1,
        max: MAX_ALTERNATIVES,
      },
    );
  }
  const departMs = query.depart === undefined ? undefined : parseDepart(query.depart);
  if (query.depart !== undefined && departMs === undefined) {
    bad(
      'depart',
      query.depart,
      'not a date',
      'use YYYY-MM-DD or an ISO 8601 date-time such as 2026-12-01T08:00Z',
      'invalid-format',
      { expected: 'date' },
    );
  }
  if (issues.length > 0) {
    const code = issues.some((i) => i.message.startsWith('unknown')) ? 'unknown-reference' : 'invalid-argument';
    throw new CorridorError(code, 'route: invalid query', issues);
  }
  return {
    objective,
    modes: new Set(query.modes ?? MODES),
    avoidPassages: new Set(query.avoidPassages ?? []),
    avoidTerminals: new Set(query.avoidTerminals ?? []),
    avoidCountries: new Set(query.avoidCountries ?? []),
    maxTransfers,
    alternatives,
    ...(departMs === undefined ? {} : { departMs }),
  };
}
