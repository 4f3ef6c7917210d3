import type { LonLat } from '@corridor/core/model';
import type { LonLatBounds } from '../engine/engine-api';

/** Where to move the map: to a point at a zoom, or to fit a box. */
export type MapFocusTarget =
  | { readonly kind: 'point'; readonly center: LonLat; readonly zoom: number }
  | { readonly kind: 'bounds'; readonly bounds: LonLatBounds };

/**
 * A request to move the map. `serial` grows with every request, of any view (see {@link nextFocusSerial}), so
 * asking twice for the same target (clicking a row again after panning away) moves the map again, and a request
 * already served is never served again when another view's requests take over.
 */
export interface MapFocus {
  readonly serial: number;
  readonly target: MapFocusTarget;
}

/** Zoom the map flies to when a terminal is shown: the port or station and its city. */
export const TERMINAL_FOCUS_ZOOM = 8;

let lastSerial = 0;

/** The serial of a new map request: larger than any given before on this page. */
export function nextFocusSerial(): number {
  lastSerial += 1;
  return lastSerial;
}
