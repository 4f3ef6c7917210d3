/**
 * The shell's part of the address bar, so that a reload or a shared link restores the dashboard.
 *
 * Format (every part optional):
 *
 *     ?view=utilization&lang=zh&method=capacity#map=5.25/24.4798/118.0894
 *
 * - `view` — the id of a view in `views/registry.ts`: `route` | `utilization` | `scenarios` | `data`.
 * - `lang` — a {@link Locale}: `en` | `zh`.
 * - Each view's own keys after these, in registry order, written and read by the view (its `*-url.ts`: e.g.
 *   `views/route/route-url.ts`).
 * - `#map=zoom/latitude/longitude` — the map camera, in the order OpenStreetMap links use: zoom level
 *   (2 decimals), latitude and longitude in decimal degrees WGS 84 (4 decimals, ~11 m).
 *
 * Each part falls back to its default on its own when it is missing or invalid (unknown view, not a plain decimal
 * number, NaN, out of range, garbage); nothing is reported, the URL is simply rewritten in canonical form.
 * Parameters the dashboard does not know are dropped when it rewrites the URL. Pure functions only: reading and
 * writing `window.location` / `history` is the caller's job.
 */
import { isLocale, type Locale } from '../i18n/locale';

/** A map camera: where the map looks and how close. */
export interface MapPosition {
  /** Map zoom level (0 = whole world in 512 px). */
  readonly zoom: number;
  /** Latitude of the map centre, degrees north (WGS 84). */
  readonly latitudeDeg: number;
  /** Longitude of the map centre, degrees east (WGS 84), in [-180, 180]. */
  readonly longitudeDeg: number;
}

/** What the shell keeps in the URL (each view keeps its own keys, see `views/view-module.ts`). */
export interface UrlState<ViewId extends string = string> {
  /** The view shown. */
  readonly view: ViewId;
  /** `null` when the URL names no valid language (the caller then uses the stored or browser one). */
  readonly lang: Locale | null;
  readonly map: MapPosition;
}

/** Default camera: Fujian and the Taiwan Strait at a regional zoom, with plenty of both sea and land. */
export const DEFAULT_MAP_POSITION: MapPosition = { zoom: 4, latitudeDeg: 24.5, longitudeDeg: 119.5 };

/** Accepted ranges; a value outside makes the whole camera fall back to {@link DEFAULT_MAP_POSITION}. */
export const MAP_POSITION_LIMITS = {
  zoom: { min: 0, max: 22 },
  // Web Mercator cannot show the poles; MapLibre clamps to ±85.051129°.
  latitudeDeg: { min: -85.051129, max: 85.051129 },
  longitudeDeg: { min: -180, max: 180 },
} as const;

const PLAIN_DECIMAL = /^[+-]?\d{1,4}(\.\d{1,12})?$/;

/**
 * Reads a plain decimal number within limits (no exponents, hex, blanks or `Infinity`), as every number in the
 * URL is read.
 * @param text - the parameter's value, `undefined` when absent
 * @param limits - the accepted range, inclusive
 * @returns the number, or `null` when `text` is not one
 * @example
 * parsePlainDecimal('2.5', { min: 0, max: 10 }); // 2.5
 * parsePlainDecimal('1e3', { min: 0, max: 10 }); // null
 */
export function parsePlainDecimal(
  text: string | undefined,
  limits: { readonly min: number; readonly max: number },
): number | null {
  if (text === undefined || !PLAIN_DECIMAL.test(text)) return null;
  const value = Number(text);
  return value >= limits.min && value <= limits.max ? value : null;
}

/**
 * Reads the `map=zoom/latitude/longitude` camera.
 * @param text - the value after `map=`, e.g. `4.00/24.5000/119.5000`
 * @returns the camera, or `null` unless all three parts are valid
 * @example
 * parseMapPosition('6/25.1/121.5'); // { zoom: 6, latitudeDeg: 25.1, longitudeDeg: 121.5 }
 */
export function parseMapPosition(text: string): MapPosition | null {
  const parts = text.split('/');
  if (parts.length !== 3) return null;
  const zoom = parsePlainDecimal(parts[0], MAP_POSITION_LIMITS.zoom);
  const latitudeDeg = parsePlainDecimal(parts[1], MAP_POSITION_LIMITS.latitudeDeg);
  const longitudeDeg = parsePlainDecimal(parts[2], MAP_POSITION_LIMITS.longitudeDeg);
  if (zoom === null || latitudeDeg === null || longitudeDeg === null) return null;
  return { zoom, latitudeDeg, longitudeDeg };
}

/**
 * Reads the shell's state from a URL's query and fragment; never throws.
 * @param search - `location.search`, with or without the leading `?`
 * @param hash - `location.hash`, with or without the leading `#`
 * @param viewIds - the views there are, the first being the default
 * @returns the state, each invalid or missing part replaced by its default
 * @example
 * parseUrlState('?view=data&lang=zh', '#map=4.00/24.5000/119.5000', ['route', 'data']);
 * // { view: 'data', lang: 'zh', map: { zoom: 4, latitudeDeg: 24.5, longitudeDeg: 119.5 } }
 */
export function parseUrlState<ViewId extends string>(
  search: string,
  hash: string,
  viewIds: readonly [ViewId, ...ViewId[]],
): UrlState<ViewId> {
  const query = readQuery(search);
  const fragment = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const view = viewIds.find((id) => id === query.get('view')) ?? viewIds[0];
  const lang = query.get('lang');
  const map = fragment.get('map');
  return {
    view,
    lang: lang !== null && isLocale(lang) ? lang : null,
    map: (map !== null ? parseMapPosition(map) : null) ?? DEFAULT_MAP_POSITION,
  };
}

/**
 * Reads a URL's query, where the views find their keys.
 * @param search - `location.search`, with or without the leading `?`
 */
export function readQuery(search: string): URLSearchParams {
  return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
}

/**
 * Rounds a camera to the precision the URL keeps (zoom 2 decimals, degrees 4), wrapping the longitude into
 * [-180, 180] and clamping the rest into {@link MAP_POSITION_LIMITS}, so that it round-trips through the URL.
 * @param position - any camera, e.g. straight from MapLibre
 * @returns the camera as the URL will hold it
 */
export function roundMapPosition(position: MapPosition): MapPosition {
  const clamp = (value: number, limits: { readonly min: number; readonly max: number }): number =>
    Math.min(limits.max, Math.max(limits.min, value));
  const wrapped = ((((position.longitudeDeg + 180) % 360) + 360) % 360) - 180;
  const longitudeDeg = wrapped === -180 && position.longitudeDeg > 0 ? 180 : wrapped;
  return {
    zoom: Number(clamp(position.zoom, MAP_POSITION_LIMITS.zoom).toFixed(2)),
    latitudeDeg: Number(clamp(position.latitudeDeg, MAP_POSITION_LIMITS.latitudeDeg).toFixed(4)),
    longitudeDeg: Number(longitudeDeg.toFixed(4)) || 0,
  };
}

/**
 * Writes the camera as `zoom/latitude/longitude` with fixed decimals.
 * @example
 * formatMapPosition({ zoom: 4, latitudeDeg: 24.5, longitudeDeg: 119.5 }); // '4.00/24.5000/119.5000'
 */
export function formatMapPosition(position: MapPosition): string {
  const { zoom, latitudeDeg, longitudeDeg } = roundMapPosition(position);
  return `${zoom.toFixed(2)}/${latitudeDeg.toFixed(4)}/${longitudeDeg.toFixed(4)}`;
}

/**
 * Writes the dashboard state as the query and fragment of a URL, in canonical form.
 * @param state - the shell's state; a `null` language is left out
 * @param writeViews - adds the views' keys, after `view` and `lang`
 * @returns `?view=…&lang=…#map=…`, to append to the page's path
 * @example
 * serializeUrlState({ view: 'route', lang: 'en', map: DEFAULT_MAP_POSITION });
 * // '?view=route&lang=en#map=4.00/24.5000/119.5000'
 */
export function serializeUrlState(state: UrlState, writeViews?: (query: URLSearchParams) => void): string {
  const query = new URLSearchParams({ view: state.view });
  if (state.lang !== null) query.set('lang', state.lang);
  writeViews?.(query);
  // The fragment is written by hand: URLSearchParams would escape the slashes.
  return `?${query.toString()}#map=${formatMapPosition(state.map)}`;
}
