import type { Location } from '../load/network-lookup.js';
import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import { excerpt } from '../model/excerpt.js';
import type { Endpoint, ItineraryStop, RouteQuery } from '../model/itinerary.js';
import type { LonLat } from '../model/network.js';
import { checkQuery } from '../routing/check-query.js';
import type { Router } from '../routing/create-router.js';
import { nearestPlace } from '../routing/resolve-endpoint.js';
import { lookupIssue } from './lookup-issue.js';
import { parseRequest, problemsSummary } from './read-request.js';
import { type RouteRequest, RouteRequestSchema } from './request-schemas.js';
import type { RouteEnds } from './route-answer.js';

/** A route request checked and resolved: the library query (ends as ids or positions) and the ends' names. */
export interface ReadRouteRequest {
  readonly query: RouteQuery;
  readonly ends: RouteEnds;
  readonly geometry: boolean;
}

/** `lon,lat` typed as text: a position, which the router snaps to the nearest place. */
const LON_LAT = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;

/**
 * A place or terminal as an itinerary names it.
 *
 * @example
 * ```ts
 * import { stopOf } from '@corridor/core/engine';
 * import { createNetworkLookup } from '@corridor/core/load';
 * import { fujianNetwork } from '@corridor/data';
 *
 * console.log(stopOf(createNetworkLookup(fujianNetwork).find('XMN'))); // → { id: 'apt_xmn', nameEn: 'Xiamen Gaoqi International Airport', nameZh: '厦门高崎国际机场', kind: 'terminal', position: [ 118.128, 24.544 ] }
 * ```
 */
export function stopOf(location: Location): ItineraryStop {
  const item = location.kind === 'place' ? location.place : location.terminal;
  return { id: item.id, nameEn: item.nameEn, nameZh: item.nameZh, kind: location.kind, position: item.position };
}

/**
 * Checks a route request and resolves its ends once, collecting every problem (schema, unknown or ambiguous
 * places, the router's own checks of terminals, countries and dates) into one error, so a user fixes them all at
 * once.
 *
 * @param request - the request as received
 * @param router - the engine's router (its lookup and network)
 * @param what - `route` or `pareto`, for the error
 * @returns the library query and the resolved ends
 * @throws CorridorError `unknown-reference` or `invalid-argument`, one issue per problem, `field` naming the
 *   request field (`from`, `modes[1]`, …)
 * @example
 * ```ts
 * import { readRouteRequest } from '@corridor/core/engine';
 * import { createRouter } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const router = createRouter(fujianNetwork);
 * const { query, ends } = readRouteRequest({ from: 'XMN', to: '杜伊斯堡', teu: 2 }, router, 'route');
 * console.log(query.from, query.to, ends.from.nameEn, ends.to.nameEn); // → apt_xmn DEDUI Xiamen Gaoqi International Airport Duisburg
 * ```
 */
export function readRouteRequest(request: RouteRequest, router: Router, what: string): ReadRouteRequest {
  const file = `${what} request`;
  const parsed = parseRequest(RouteRequestSchema, request, file);
  const issues: InputIssue[] = parsed.ok ? [] : [...parsed.issues];
  let unknown = !parsed.ok && parsed.unknown;
  // A request whose shape is wrong still has its ends looked up, so every problem is reported at once.
  const read = parsed.ok ? parsed.data : looseEnds(request);
  const resolve = (endpoint: Endpoint, field: 'from' | 'to' | 'via'): { end?: Endpoint; stop?: ItineraryStop } => {
    const text = typeof endpoint === 'string' ? endpoint : undefined;
    const match = text === undefined ? null : LON_LAT.exec(text);
    const position: LonLat | undefined =
      typeof endpoint !== 'string'
        ? endpoint.position
        : match === null
          ? undefined
          : [Number(match[1]), Number(match[2])];
    if (position !== undefined) {
      if (Math.abs(position[0]) > 180 || Math.abs(position[1]) > 90 || field === 'via') {
        issues.push({
          file,
          field,
          value: text ?? JSON.stringify(position),
          ...(field === 'via'
            ? { code: 'wrong-kind' as const, params: { expected: 'place-or-terminal' } }
            : { code: 'out-of-range' as const, params: { expected: 'lon-lat' } }),
          message:
            field === 'via' ? 'a via must be a place or terminal, not a position' : 'not a longitude,latitude pair',
          fix: field === 'via' ? 'give a name, code or id' : 'use lon in -180..180 and lat in -90..90',
        });
        return { end: endpoint };
      }
      return {
        end: { position },
        stop: stopOf({ kind: 'place', place: nearestPlace(router.network, position).place }),
      };
    }
    try {
      const location = router.lookup.find(text as string, field);
      return { end: stopOf(location).id, stop: stopOf(location) };
    } catch (error) {
      if (!(error instanceof CorridorError)) throw error;
      unknown ||= error.code === 'unknown-reference';
      issues.push(lookupIssue(error, file, field, text as string));
      return { end: endpoint };
    }
  };
  const from = read.from === undefined ? {} : resolve(read.from, 'from');
  const to = read.to === undefined ? {} : resolve(read.to, 'to');
  const via = read.via === undefined ? undefined : resolve(read.via, 'via');
  if (!parsed.ok)
    throw new CorridorError(unknown ? 'unknown-reference' : 'invalid-argument', problemsSummary(file, issues), issues);
  const { data } = parsed;
  const { geometry, from: _from, to: _to, via: _via, ...options } = data;
  const query: RouteQuery = {
    ...options,
    from: from.end ?? data.from,
    to: to.end ?? data.to,
    ...(via === undefined ? {} : { via: typeof via.end === 'string' ? via.end : (data.via as string) }),
  };
  if (from.stop !== undefined && to.stop !== undefined && from.stop.id === to.stop.id) {
    issues.push({
      file,
      field: 'to',
      value: typeof data.to === 'string' ? excerpt(data.to) : to.stop.id,
      code: 'self-loop',
      params: { from: from.stop.id },
      message: 'the destination is the origin',
      fix: 'choose another destination',
    });
  }
  try {
    checkQuery(query, router.network);
  } catch (error) {
    if (!(error instanceof CorridorError)) throw error;
    unknown ||= error.code === 'unknown-reference';
    issues.push(...error.issues.map((issue) => ({ ...issue, file })));
  }
  if (issues.length > 0 || from.stop === undefined || to.stop === undefined) {
    throw new CorridorError(unknown ? 'unknown-reference' : 'invalid-argument', problemsSummary(file, issues), issues);
  }
  return {
    query,
    ends: { from: from.stop, to: to.stop, ...(via?.stop === undefined ? {} : { via: via.stop }) },
    geometry: geometry === true,
  };
}

/** The ends of a request whose shape failed its check, where they are text (to look them up all the same). */
function looseEnds(request: unknown): { from?: string; to?: string; via?: string } {
  const record = (request ?? {}) as Record<string, unknown>;
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' && value.length <= 200 ? value.trim() : undefined;
  const from = text(record.from);
  const to = text(record.to);
  const via = text(record.via);
  return {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(via === undefined ? {} : { via }),
  };
}
