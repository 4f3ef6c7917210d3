import type { Location, NetworkLookup } from '../load/network-lookup.js';
import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import type { Mode, PassageId } from '../model/network.js';
import { lookupIssue } from './lookup-issue.js';
import { parseRequest, problemsSummary } from './read-request.js';
import { type DistanceRequest, DistanceRequestSchema } from './request-schemas.js';

/** A distance request checked, with its ends found. */
export interface ReadDistanceRequest {
  readonly from: Location;
  readonly to: Location;
  readonly mode: Mode;
  readonly avoidPassages: ReadonlySet<PassageId>;
}

const FILE = 'distance request';

/**
 * Checks a distance request and finds its ends, collecting every problem (the shape, unknown places) into one
 * error, each issue naming its field.
 * @param request - the request as received
 * @param lookup - the network's lookup of places and terminals
 * @returns the ends, the mode and the passages to avoid
 * @throws CorridorError `unknown-reference` when an end is unknown, else `invalid-argument`
 * @example
 * ```ts
 * import { readDistanceRequest } from '@corridor/core/engine';
 * import { createNetworkLookup } from '@corridor/core/load';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const read = readDistanceRequest({ from: 'Xiamen', to: 'Rotterdam' }, createNetworkLookup(fujianNetwork));
 * console.log(read.mode, read.from.kind, read.to.kind === 'place' && read.to.place.id); // → sea place NLRTM
 * ```
 */
export function readDistanceRequest(request: DistanceRequest, lookup: NetworkLookup): ReadDistanceRequest {
  const parsed = parseRequest(DistanceRequestSchema, request, FILE);
  const issues: InputIssue[] = parsed.ok ? [] : [...parsed.issues];
  let unknown = !parsed.ok && parsed.unknown;
  // Ends are looked up even when the shape is wrong, so that every problem is reported at once.
  const record = (request ?? {}) as Record<string, unknown>;
  const find = (field: 'from' | 'to'): Location | undefined => {
    const text = parsed.ok ? parsed.data[field] : record[field];
    if (typeof text !== 'string' || text.trim() === '' || text.length > 200) return undefined; // a long one is the schema's issue
    try {
      return lookup.find(text.trim(), field);
    } catch (error) {
      if (!(error instanceof CorridorError)) throw error;
      unknown ||= error.code === 'unknown-reference';
      issues.push(lookupIssue(error, FILE, field, text));
      return undefined;
    }
  };
  const from = find('from');
  const to = find('to');
  if (!parsed.ok || from === undefined || to === undefined || issues.length > 0) {
    throw new CorridorError(unknown ? 'unknown-reference' : 'invalid-argument', problemsSummary(FILE, issues), issues);
  }
  return {
    from,
    to,
    mode: parsed.data.mode ?? 'sea',
    avoidPassages: new Set(parsed.data.avoidPassages ?? []),
  };
}
