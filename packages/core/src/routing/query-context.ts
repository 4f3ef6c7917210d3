import { type Costing, resolveCosting } from '../costing/costing-defaults.js';
import { resolveShipment, type Shipment } from '../costing/shipment.js';
import { CorridorError } from '../model/corridor-error.js';
import type { RouteQuery } from '../model/itinerary.js';
import { type CheckedQuery, checkQuery } from './check-query.js';
import type { QueryOptions } from './create-router.js';
import { type ResolvedEndpoint, resolveEndpoint } from './resolve-endpoint.js';
import type { RouterSession } from './router-session.js';

/** Everything one query needs, resolved. */
export interface QueryContext {
  readonly checked: CheckedQuery;
  readonly shipment: Shipment;
  readonly costing: Costing;
  /** Identifies the costing in caches: empty for the router's own. */
  readonly costingKey: string;
  readonly from: ResolvedEndpoint;
  readonly to: ResolvedEndpoint;
  /** Terminal ids of the via place (or the via terminal alone). */
  readonly via?: readonly string[];
  /** Whether itineraries get their legs' lines (`QueryOptions.lines`). */
  readonly lines: boolean;
}

/**
 * Checks a query and resolves it once: constraints, the costing with the query's overrides on the router's,
 * the shipment, both ends and the via terminals.
 *
 * @param session - the router's session (network, lookup, costing)
 * @param query - the query as asked
 * @param options - the query's costing overrides, and whether its itineraries get lines
 * @returns the resolved query
 * @throws CorridorError (`invalid-argument`) when the query is malformed, an end is unknown, or from is to
 * @example
 * ```ts
 * import { queryContext, routerSession } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const session = routerSession(fujianNetwork, {});
 * const context = queryContext(session, { from: { position: [118.1, 24.5] }, to: 'Duisburg', teu: 2 }, {});
 * console.log(context.from.stop.id, context.from.snap?.distanceKm.toFixed(1), context.to.nodeKey); // → CNXMN 2.5 place-in:DEDUI
 * console.log(context.shipment, context.checked.objective); // → { teu: 2, tonnes: 20 } time
 * ```
 */
export function queryContext(session: RouterSession, query: RouteQuery, options: QueryOptions): QueryContext {
  const { network, lookup, overrides: routerOverrides } = session;
  const checked = checkQuery(query, network);
  const overrides = options.costing;
  const costing =
    overrides === undefined
      ? session.costing
      : resolveCosting({
          ...routerOverrides,
          ...overrides,
          emissionGPerTonneKm: { ...routerOverrides.emissionGPerTonneKm, ...overrides.emissionGPerTonneKm },
          ttwShareOfWtw: { ...routerOverrides.ttwShareOfWtw, ...overrides.ttwShareOfWtw },
        });
  const costingKey = overrides === undefined ? '' : JSON.stringify(costing);
  const shipment = resolveShipment(
    {
      ...(query.teu === undefined ? {} : { teu: query.teu }),
      ...(query.tonnes === undefined ? {} : { tonnes: query.tonnes }),
      ...(query.container === undefined ? {} : { container: query.container }),
    },
    costing,
  );
  const from = resolveEndpoint(query.from, 'from', network, lookup);
  const to = resolveEndpoint(query.to, 'to', network, lookup);
  if (from.stop.id === to.stop.id) {
    throw new CorridorError('invalid-argument', `route: from and to are both ${from.stop.nameEn}`, [
      {
        file: 'query',
        field: 'to',
        value: to.stop.id,
        code: 'self-loop',
        params: { from: from.stop.id },
        message: 'the destination is the origin',
        fix: 'choose another destination',
      },
    ]);
  }
  let via: string[] | undefined;
  if (query.via !== undefined) {
    const location = lookup.find(query.via, 'via');
    via =
      location.kind === 'terminal'
        ? [location.terminal.id]
        : network.terminals.filter((t) => t.placeId === location.place.id).map((t) => t.id);
  }
  return {
    checked,
    shipment,
    costing,
    costingKey,
    from,
    to,
    ...(via === undefined ? {} : { via }),
    lines: options.lines !== false,
  };
}
