/**
 * The dashboard's state as kept in the address bar, so that a reload or a shared link restores it.
 *
 * Format (every part optional):
 *
 *     ?view=utilization&lang=zh#map=5.25/24.4798/118.0894
 *
 * - `view` — a {@link ViewId}: `route` | `utilization` | `scenarios` | `data`.
 * - `lang` — a {@link Locale}: `en` | `zh`.
 * - The Route planner's query, once one has been run (see {@link RouteUrlState}):
 *   `from`, `to` (place or terminal ids, codes or names), `obj` (`time` | `cost` | `co2` | `balanced`), `teu` or
 *   `t` (tonnes), `modes` (comma-separated, left out when all four), `avoid` (passage ids), `depart`
 *   (`YYYY-MM-DD`), `alt` (alternatives, 1–10), `vot` and `cp` (value of time, USD/TEU-day, and carbon price,
 *   USD/t, for `balanced` only) and `sel` (the selected option, 0-based). A query without both ends is dropped;
 *   any other invalid part takes its default.
 * - The Corridor utilization view's last run (see {@link UtilizationUrlState}): `method` (`aon` | `capacity` |
 *   `equilibrium`) and `element`, the element (`service:…`, `terminal:…`, `border-crossing:…`) or corridor
 *   (`corridor:<id>`) whose detail is shown. An element without a valid method is dropped.
 * - The Scenarios view's last run (see {@link ScenariosUrlState}): `scenario` (a preset id, or `user:<id>` for a
 *   scenario the user built, kept in this browser), `assign=1` when it ran an assignment too, and `od` when the
 *   user chose the routes compared (`CNXMN:NLRTM:sea,chengdu:SGSIN`; see {@link parseScenarioRoutes}).
 * - `#map=zoom/latitude/longitude` — the map camera, in the order OpenStreetMap links use: zoom level
 *   (2 decimals), latitude and longitude in decimal degrees WGS 84 (4 decimals, ~11 m).
 *
 * Each part falls back to its default on its own when it is missing or invalid (unknown view, not a plain decimal
 * number, NaN, out of range, garbage); nothing is reported, the URL is simply rewritten in canonical form.
 * Parameters the dashboard does not know are dropped when it rewrites the URL. Pure functions only: reading and
 * writing `window.location` / `history` is the caller's job.
 */
import { ASSIGNMENT_METHODS, type AssignmentMethod } from '@corridor/core/flow';
import { MODES, type Mode } from '@corridor/core/model';
import { MAX_SCENARIO_ROUTES, type ScenarioRoute } from '../engine/scenario-api';
import { isLocale, type Locale } from '../i18n/locale';
import { DEFAULT_VIEW_ID, isViewId, type ViewId } from '../view-id';
import {
  DEFAULT_PLANNER_QUERY,
  isMode,
  isObjective,
  isPassageId,
  PLANNER_LIMITS,
  type PlannerQuery,
} from '../views/route/planner-query';

/** A map camera: where the map looks and how close. */
export interface MapPosition {
  /** Map zoom level (0 = whole world in 512 px). */
  readonly zoom: number;
  /** Latitude of the map centre, degrees north (WGS 84). */
  readonly latitudeDeg: number;
  /** Longitude of the map centre, degrees east (WGS 84), in [-180, 180]. */
  readonly longitudeDeg: number;
}

/** Everything the URL carries. */
export interface UrlState {
  readonly view: ViewId;
  /** `null` when the URL names no valid language (the caller then uses the stored or browser one). */
  readonly lang: Locale | null;
  readonly map: MapPosition;
  /** The Route planner's last query and selected option; absent until a query has been run. */
  readonly route?: RouteUrlState;
  /** The Corridor utilization view's last run and selected element; absent until one has been run. */
  readonly utilization?: UtilizationUrlState;
  /** The Scenarios view's last run; absent until one has been run. */
  readonly scenarios?: ScenariosUrlState;
}

/** The Scenarios view's part of the URL. */
export interface ScenariosUrlState {
  /** A preset id, or `user:<id>`. */
  readonly scenario: string;
  /** Whether the run included an assignment. */
  readonly assign: boolean;
  /** The OD pairs it compared, when the user chose other than the defaults. */
  readonly routes?: readonly ScenarioRoute[];
}

/** The Corridor utilization view's part of the URL. */
export interface UtilizationUrlState {
  readonly method: AssignmentMethod;
  /** An element id or `corridor:<id>`; `null` when none is selected. */
  readonly element: string | null;
}

/** The Route planner's part of the URL. */
export interface RouteUrlState {
  readonly query: PlannerQuery;
  /** Index of the selected option (alternatives first, then other Pareto points). */
  readonly selected: number;
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
 * Reads a plain decimal number within limits (no exponents, hex, blanks or `Infinity`).
 * @returns the number, or `null` when `text` is not one
 */
function parseDecimal(text: string | undefined, limits: { readonly min: number; readonly max: number }): number | null {
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
  const zoom = parseDecimal(parts[0], MAP_POSITION_LIMITS.zoom);
  const latitudeDeg = parseDecimal(parts[1], MAP_POSITION_LIMITS.latitudeDeg);
  const longitudeDeg = parseDecimal(parts[2], MAP_POSITION_LIMITS.longitudeDeg);
  if (zoom === null || latitudeDeg === null || longitudeDeg === null) return null;
  return { zoom, latitudeDeg, longitudeDeg };
}

/**
 * Reads the dashboard state from a URL's query and fragment; never throws.
 * @param search - `location.search`, with or without the leading `?`
 * @param hash - `location.hash`, with or without the leading `#`
 * @returns the state, each invalid or missing part replaced by its default
 * @example
 * parseUrlState('?view=data&lang=zh', '#map=4.00/24.5000/119.5000');
 * // { view: 'data', lang: 'zh', map: { zoom: 4, latitudeDeg: 24.5, longitudeDeg: 119.5 } }
 */
export function parseUrlState(search: string, hash: string): UrlState {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const fragment = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const view = query.get('view');
  const lang = query.get('lang');
  const map = fragment.get('map');
  const route = parseRouteState(query);
  const utilization = parseUtilizationState(query);
  const scenarios = parseScenariosState(query);
  return {
    view: view !== null && isViewId(view) ? view : DEFAULT_VIEW_ID,
    lang: lang !== null && isLocale(lang) ? lang : null,
    map: (map !== null ? parseMapPosition(map) : null) ?? DEFAULT_MAP_POSITION,
    ...(route === null ? {} : { route }),
    ...(utilization === null ? {} : { utilization }),
    ...(scenarios === null ? {} : { scenarios }),
  };
}

/** A scenario key as the URL may carry it: an id, optionally after `user:`. */
const SCENARIO_KEY = /^(user:)?[a-z0-9][a-z0-9_-]{0,99}$/;

/**
 * Reads the Scenarios view's run from the URL's parameters; never throws.
 * @param params - the URL's query
 * @returns the scenario and toggle, or `null` without a valid `scenario`
 * @example
 * parseScenariosState(new URLSearchParams('scenario=user:mine&assign=1')); // { scenario: 'user:mine', assign: true }
 */
export function parseScenariosState(params: URLSearchParams): ScenariosUrlState | null {
  const scenario = params.get('scenario');
  if (scenario === null || !SCENARIO_KEY.test(scenario)) return null;
  const od = params.get('od');
  const routes = od === null ? null : parseScenarioRoutes(od);
  return { scenario, assign: params.get('assign') === '1', ...(routes === null ? {} : { routes }) };
}

/** One OD pair in `od`: two place ids and an optional mode. */
const OD_PAIR = /^([A-Za-z0-9_-]{1,100}):([A-Za-z0-9_-]{1,100})(?::([a-z]+))?$/;

/**
 * Reads `od` — comma-separated `FROM:TO` or `FROM:TO:MODE` with place ids (`CNXMN:NLRTM:sea,chengdu:SGSIN`); an
 * empty value is no routes. Never throws.
 * @returns the pairs, or `null` when any is malformed or there are more than {@link MAX_SCENARIO_ROUTES}
 */
export function parseScenarioRoutes(od: string): ScenarioRoute[] | null {
  if (od === '') return [];
  const parts = od.split(',');
  if (parts.length > MAX_SCENARIO_ROUTES) return null;
  const routes: ScenarioRoute[] = [];
  for (const part of parts) {
    const match = OD_PAIR.exec(part);
    if (match === null) return null;
    const [, from = '', to = '', mode] = match;
    if (mode !== undefined && !(MODES as readonly string[]).includes(mode)) return null;
    routes.push({ from, to, mode: (mode as Mode | undefined) ?? null });
  }
  return routes;
}

/** Writes OD pairs as `od` reads them. */
export function formatScenarioRoutes(routes: readonly ScenarioRoute[]): string {
  return routes.map((r) => `${r.from}:${r.to}${r.mode === null ? '' : `:${r.mode}`}`).join(',');
}

/** Writes the Scenarios view's run: `scenario`, then `assign=1` when an assignment ran, then `od` when chosen. */
export function writeScenariosState(params: URLSearchParams, scenarios: ScenariosUrlState): void {
  params.set('scenario', scenarios.scenario);
  if (scenarios.assign) params.set('assign', '1');
  if (scenarios.routes !== undefined) params.set('od', formatScenarioRoutes(scenarios.routes));
}

/** An element id as the URL may carry it: letters, digits and `_ : . # -`, at most 200 characters. */
const ELEMENT_ID = /^[A-Za-z0-9_:.#-]{1,200}$/;

/**
 * Reads the Corridor utilization view's run from the URL's parameters; never throws.
 * @param params - the URL's query
 * @returns the method and element, or `null` without a valid `method`
 * @example
 * parseUtilizationState(new URLSearchParams('method=capacity&element=border-crossing:brest_malaszewicze'));
 * // { method: 'capacity', element: 'border-crossing:brest_malaszewicze' }
 */
export function parseUtilizationState(params: URLSearchParams): UtilizationUrlState | null {
  const method = params.get('method');
  if (method === null || !(ASSIGNMENT_METHODS as readonly string[]).includes(method)) return null;
  const element = params.get('element');
  return {
    method: method as AssignmentMethod,
    element: element !== null && ELEMENT_ID.test(element) ? element : null,
  };
}

/**
 * Writes the Corridor utilization view's run into URL parameters: `method`, then `element` when one is selected.
 */
export function writeUtilizationState(params: URLSearchParams, utilization: UtilizationUrlState): void {
  params.set('method', utilization.method);
  if (utilization.element !== null) params.set('element', utilization.element);
}

/** Longest place name or code kept from the URL. */
const MAX_END_LENGTH = 100;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INTEGER = /^\d{1,4}$/;

/**
 * Reads the Route planner's query from the URL's parameters; never throws.
 * @param params - the URL's query
 * @returns the query and selection, or `null` unless both `from` and `to` are given
 * @example
 * parseRouteState(new URLSearchParams('from=CNXMN&to=DEDUI&teu=2&sel=1'))?.query.size; // 2
 */
export function parseRouteState(params: URLSearchParams): RouteUrlState | null {
  const from = params.get('from')?.trim() ?? '';
  const to = params.get('to')?.trim() ?? '';
  if (from === '' || to === '' || from.length > MAX_END_LENGTH || to.length > MAX_END_LENGTH) return null;
  const defaults = DEFAULT_PLANNER_QUERY;
  const objective = params.get('obj') ?? undefined;
  const tonnes = parseDecimal(params.get('t') ?? undefined, PLANNER_LIMITS.size);
  const teu = parseDecimal(params.get('teu') ?? undefined, PLANNER_LIMITS.size);
  const modes = (params.get('modes') ?? '').split(',').filter(isMode);
  const avoid = (params.get('avoid') ?? '').split(',').filter(isPassageId);
  const depart = params.get('depart') ?? '';
  const alternatives = parseInteger(params.get('alt'), PLANNER_LIMITS.alternatives);
  const valueOfTime = parseDecimal(params.get('vot') ?? undefined, PLANNER_LIMITS.valueOfTime);
  const carbonPrice = parseDecimal(params.get('cp') ?? undefined, PLANNER_LIMITS.carbonPrice);
  const selected = parseInteger(params.get('sel'), { min: 0, max: 99 });
  return {
    query: {
      from,
      to,
      objective: isObjective(objective) ? objective : defaults.objective,
      sizeUnit: teu === null && tonnes !== null ? 'tonnes' : 'teu',
      size: teu ?? tonnes ?? defaults.size,
      modes: modes.length === 0 ? defaults.modes : MODES.filter((mode) => modes.includes(mode)),
      avoidPassages: [...new Set(avoid)],
      depart: DATE.test(depart) && !Number.isNaN(Date.parse(depart)) ? depart : null,
      alternatives: alternatives ?? defaults.alternatives,
      valueOfTime: valueOfTime ?? defaults.valueOfTime,
      carbonPrice: carbonPrice ?? defaults.carbonPrice,
    },
    selected: selected ?? 0,
  };
}

function parseInteger(text: string | null, limits: { readonly min: number; readonly max: number }): number | null {
  if (text === null || !INTEGER.test(text)) return null;
  const value = Number(text);
  return value >= limits.min && value <= limits.max ? value : null;
}

/**
 * Writes the Route planner's query into URL parameters, in a fixed order, leaving out what is at its default
 * where the default is "everything" (modes) or "nothing" (avoid, depart), and the weights unless balanced.
 * @param params - the parameters to add to
 * @param route - the query and selection
 */
export function writeRouteState(params: URLSearchParams, route: RouteUrlState): void {
  const { query } = route;
  params.set('from', query.from);
  params.set('to', query.to);
  params.set('obj', query.objective);
  params.set(query.sizeUnit === 'teu' ? 'teu' : 't', String(query.size));
  if (query.modes.length !== MODES.length) params.set('modes', query.modes.join(','));
  if (query.avoidPassages.length > 0) params.set('avoid', query.avoidPassages.join(','));
  if (query.depart !== null) params.set('depart', query.depart);
  params.set('alt', String(query.alternatives));
  if (query.objective === 'balanced') {
    params.set('vot', String(query.valueOfTime));
    params.set('cp', String(query.carbonPrice));
  }
  params.set('sel', String(route.selected));
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
 * @param state - the state; a `null` language is left out
 * @returns `?view=…&lang=…#map=…`, to append to the page's path
 * @example
 * serializeUrlState({ view: 'route', lang: 'en', map: DEFAULT_MAP_POSITION });
 * // '?view=route&lang=en#map=4.00/24.5000/119.5000'
 */
export function serializeUrlState(state: UrlState): string {
  const query = new URLSearchParams({ view: state.view });
  if (state.lang !== null) query.set('lang', state.lang);
  if (state.route !== undefined) writeRouteState(query, state.route);
  if (state.utilization !== undefined) writeUtilizationState(query, state.utilization);
  if (state.scenarios !== undefined) writeScenariosState(query, state.scenarios);
  // The fragment is written by hand: URLSearchParams would escape the slashes.
  return `?${query.toString()}#map=${formatMapPosition(state.map)}`;
}
