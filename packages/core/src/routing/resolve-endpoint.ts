import { routingNodeKey } from '../graph/build-routing-graph.js';
import type { NetworkLookup } from '../load/network-lookup.js';
import { CorridorError } from '../model/corridor-error.js';
import { greatCircleKm } from '../model/great-circle-km.js';
import type { Endpoint, ItineraryStop, Snap } from '../model/itinerary.js';
import type { LonLat, Network, Place } from '../model/network.js';

/** An end of a query resolved to a routing-graph node. */
export interface ResolvedEndpoint {
  /** Routing-graph node key: the place's out-node (origin) or in-node (destination), or the terminal. */
  readonly nodeKey: string;
  readonly stop: ItineraryStop;
  readonly snap?: Snap;
}

/**
 * The place nearest a position, by great circle: where a query given coordinates starts or ends.
 *
 * @param network - the network
 * @param position - `[lon, lat]`
 * @returns the place and its distance, km
 * @throws CorridorError `invalid-argument` when the network has no places
 * @example
 * ```ts
 * import { nearestPlace } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const { place, distanceKm } = nearestPlace(fujianNetwork, [118.1, 24.5]);
 * console.log(place.id, place.nameEn, distanceKm.toFixed(1)); // → CNXMN Xiamen 2.5
 * ```
 */
export function nearestPlace(network: Network, position: LonLat): { place: Place; distanceKm: number } {
  let best: Place | undefined;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const place of network.places) {
    const km = greatCircleKm(position, place.position);
    if (km < bestKm) {
      best = place;
      bestKm = km;
    }
  }
  if (best === undefined) throw new CorridorError('invalid-argument', 'route: the network has no places');
  return { place: best, distanceKm: bestKm };
}

/**
 * Resolves a query end: a place or terminal by id, UN/LOCODE, IATA code or name; or a position, snapped
 * to the nearest place (great circle), with the snap distance reported.
 *
 * @param endpoint - what the caller gave
 * @param end - `from` or `to`
 * @throws CorridorError `unknown-reference` with a "did you mean", or `invalid-argument` for a bad position
 *   or a border crossing (not a place freight starts or ends at)
 * @example
 * ```ts
 * import { createNetworkLookup } from '@corridor/core/load';
 * import { resolveEndpoint } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const lookup = createNetworkLookup(fujianNetwork);
 * console.log(resolveEndpoint('厦门', 'from', fujianNetwork, lookup).nodeKey); // → place-out:CNXMN
 * const snapped = resolveEndpoint({ position: [6.8, 51.4] }, 'to', fujianNetwork, lookup);
 * console.log(snapped.stop.nameEn, snapped.snap?.distanceKm.toFixed(1)); // → Duisburg 4.3
 * ```
 */
export function resolveEndpoint(
  endpoint: Endpoint,
  end: 'from' | 'to',
  network: Network,
  lookup: NetworkLookup,
): ResolvedEndpoint {
  const placeNode = (id: string) => (end === 'from' ? routingNodeKey.placeOut(id) : routingNodeKey.placeIn(id));
  if (typeof endpoint !== 'string') {
    const [lon, lat] = endpoint.position;
    if (!(Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
      throw new CorridorError('invalid-argument', `route: ${end} position out of range`, [
        {
          file: 'query',
          field: end,
          value: `${lon},${lat}`,
          code: 'out-of-range',
          params: { expected: 'lon-lat' },
          message: 'not a longitude, latitude pair',
          fix: 'use lon in −180..180 and lat in −90..90',
        },
      ]);
    }
    const { place: best, distanceKm: bestKm } = nearestPlace(network, endpoint.position);
    const stop: ItineraryStop = {
      id: best.id,
      nameEn: best.nameEn,
      nameZh: best.nameZh,
      kind: 'place',
      position: best.position,
    };
    return {
      nodeKey: placeNode(best.id),
      stop,
      snap: { end, position: endpoint.position, snappedTo: stop, distanceKm: bestKm },
    };
  }
  const location = lookup.find(endpoint, end === 'from' ? 'origin' : 'destination');
  if (location.kind === 'place') {
    const p = location.place;
    return {
      nodeKey: placeNode(p.id),
      stop: { id: p.id, nameEn: p.nameEn, nameZh: p.nameZh, kind: 'place', position: p.position },
    };
  }
  const t = location.terminal;
  if (t.kind === 'border-crossing') {
    throw new CorridorError('invalid-argument', `route: ${end} "${endpoint}" is a border crossing`, [
      {
        file: 'query',
        field: end,
        value: endpoint,
        code: 'wrong-kind',
        params: { kind: 'border-crossing', expected: 'place-or-terminal' },
        message: 'a border crossing is passed on a train, not a start or end',
        fix: 'give the place or terminal on either side',
      },
    ]);
  }
  return {
    nodeKey: routingNodeKey.terminal(t.id),
    stop: { id: t.id, nameEn: t.nameEn, nameZh: t.nameZh, kind: 'terminal', position: t.position },
  };
}
