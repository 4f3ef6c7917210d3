import { greatCircleKm } from '../model/great-circle-km.js';
import type { LonLat, RailTrack } from '../model/network.js';
import type { CheckContext } from './check-context.js';

/**
 * Bounds of a track's `route_km` against its drawn line (ends and shape points). Railway kilometres run
 * longer than a line drawn through a few towns — curves, grades and station throats the drawing leaves
 * out; the Fujian tracks' published lengths run 1.05–1.25 × their polylines (sources.csv X80) — but a
 * figure below 0.9 × or above 1.6 × the line is far more likely a typo, a figure for another section or
 * a line drawn to the wrong node than a real railway.
 */
export const ROUTE_KM_PER_DRAWN_KM = { min: 0.9, max: 1.6 } as const;

/** Length of a track's drawn line, km, or `undefined` when an end is unknown (reported elsewhere). */
export function drawnTrackKm(context: CheckContext, track: RailTrack): number | undefined {
  const position = (id: string): LonLat | undefined =>
    context.junctions.get(id)?.position ?? context.terminals.get(id)?.position;
  const from = position(track.from);
  const to = position(track.to);
  if (from === undefined || to === undefined) return undefined;
  const points = [from, ...track.via, to];
  let km = 0;
  for (let i = 1; i < points.length; i++) km += greatCircleKm(points[i - 1] as LonLat, points[i] as LonLat);
  return km;
}

/** A track's `route_km`, when given, lies within {@link ROUTE_KM_PER_DRAWN_KM} of its drawn line. */
export function checkRouteKm(context: CheckContext): void {
  const { min, max } = ROUTE_KM_PER_DRAWN_KM;
  for (const track of context.network.railTracks) {
    if (track.routeKm === undefined) continue;
    const drawnKm = drawnTrackKm(context, track);
    if (drawnKm === undefined || drawnKm === 0) continue;
    const ratio = track.routeKm / drawnKm;
    if (ratio >= min && ratio <= max) continue;
    const drawn = Math.round(drawnKm);
    context.report('track', track.id, {
      field: 'route_km',
      value: String(track.routeKm),
      code: 'inconsistent',
      params: {
        rule: 'route-length',
        drawnKm: drawn,
        min: Math.ceil(drawnKm * min),
        max: Math.floor(drawnKm * max),
      },
      message: `is ${ratio.toFixed(2)} × the drawn line of ${drawn} km (a route length lies within ${min}–${max} × it)`,
      fix: `check the figure is this segment's route km (about ${Math.ceil(drawnKm * min)}–${Math.floor(drawnKm * max)} km), or correct the track's via points or ends`,
    });
  }
}
