import { greatCirclePath } from '../geo/great-circle-path.js';
import type { ServiceLegGeometry } from '../geo/service-legs.js';
import { greatCircleKm } from '../model/great-circle-km.js';
import type { LonLat, Service } from '../model/network.js';

/**
 * How close a re-routed leg may pass another call of its own service, km. Closer, and the ship would be sailing
 * back past a port it calls at anyway — the carrier would re-order the rotation, not sail it (X133).
 */
export const BACKTRACK_KM = 300;

/**
 * The legs of a sea service that closures re-route back past the service's other calls: Singapore → Antwerp
 * with Suez and the Cape closed sails north through the Taiwan Strait, past Xiamen and Hong Kong where the ship
 * called days before, to cross the Pacific to Panama. No carrier sails that; such a service is suspended (and
 * listed) rather than run, so a route never shows the loop. Legs the closures leave as they were are never
 * checked: the open network is what the carriers publish.
 *
 * @param service - a sea service
 * @param legs - its legs under the closures
 * @param openLegs - its legs with every passage open (same order)
 * @param positionOf - a terminal's position
 * @returns the stop pairs of the legs that backtrack (empty when none)
 */
export function backtrackingLegs(
  service: Service,
  legs: readonly ServiceLegGeometry[],
  openLegs: readonly ServiceLegGeometry[],
  positionOf: (terminalId: string) => LonLat | undefined,
): [string, string][] {
  const out: [string, string][] = [];
  legs.forEach((leg, i) => {
    const open = openLegs[i];
    if (open === undefined || leg.distanceKm <= open.distanceKm * 1.01) return;
    const ends = [positionOf(leg.fromTerminalId), positionOf(leg.toTerminalId)].filter(
      (position): position is LonLat => position !== undefined,
    );
    // Calls near the leg's own ends (Rotterdam on the approach to Antwerp) are on the way, not behind.
    const others = service.stops
      .map((stop) => positionOf(stop.terminalId))
      .filter((position): position is LonLat => position !== undefined)
      .filter((port) => ends.every((end) => greatCircleKm(port, end) >= BACKTRACK_KM));
    const line = greatCirclePath(leg.points);
    if (others.some((port) => line.some((point) => greatCircleKm(point, port) < BACKTRACK_KM))) {
      out.push([leg.fromTerminalId, leg.toTerminalId]);
    }
  });
  return out;
}
