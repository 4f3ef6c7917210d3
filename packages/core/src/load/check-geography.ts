import type { CheckContext } from './check-context.js';
import { distanceToCoastKm, isOnLand } from './coastline.js';

/**
 * A seaport farther than this from the Natural Earth 1:110m coastline is reported. River ports sit far up
 * their estuaries (Hamburg ≈ 100 km up the Elbe), so this catches swapped or mistyped coordinates, not metres.
 */
export const MAX_PORT_DISTANCE_FROM_COAST_KM = 150;
/**
 * A place or land terminal farther than this out at sea is reported. 1:110m leaves out islands such as
 * Pingtan and Xiamen Island, so the margin is wide; the dataset's own tests check sea lanes against 1:10m.
 */
export const MAX_LAND_POINT_OFFSHORE_KM = 100;

/** Ports near the coast; places and land terminals not out at sea. */
export function checkGeography(context: CheckContext): void {
  const { network } = context;
  const offshore = (kind: string, key: string, position: readonly [number, number], what: string) => {
    if (isOnLand(position)) return;
    const km = distanceToCoastKm(position);
    if (km > MAX_LAND_POINT_OFFSHORE_KM) {
      context.report(kind, key, {
        field: 'lon',
        value: position.join(', '),
        code: 'off-coast',
        params: { km: Math.round(km), limitKm: MAX_LAND_POINT_OFFSHORE_KM, atSea: true },
        message: `this ${what} lies ${Math.round(km)} km out at sea`,
        fix: 'check the coordinates (lon before lat, signs of west and south)',
      });
    }
  };
  for (const t of network.terminals) {
    if (t.kind === 'seaport') {
      const km = distanceToCoastKm(t.position);
      if (km > MAX_PORT_DISTANCE_FROM_COAST_KM) {
        context.report('terminal', t.id, {
          field: 'lon',
          value: t.position.join(', '),
          code: 'off-coast',
          params: { km: Math.round(km), limitKm: MAX_PORT_DISTANCE_FROM_COAST_KM },
          message: `this seaport lies ${Math.round(km)} km from the coast (more than ${MAX_PORT_DISTANCE_FROM_COAST_KM} km)`,
          fix: 'put the port on its harbour (lon before lat; check the signs)',
        });
      }
    } else offshore('terminal', t.id, t.position, t.kind);
  }
  for (const p of network.places) offshore('place', p.id, p.position, 'place');
}
