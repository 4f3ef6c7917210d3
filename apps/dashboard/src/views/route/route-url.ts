/**
 * The Route planner's keys in the URL, once a query has been run: `from`, `to` (place or terminal ids, codes or
 * names), `via` (a place or terminal to pass through), `obj` (`time` | `cost` | `co2` | `balanced`), `teu`, `feu`
 * (40-foot boxes) or `t` (tonnes), `box` (`reefer`; left out for dry boxes), `modes` (comma-separated, left out
 * when all four), `avoid` (passage ids), `depart` (`YYYY-MM-DD`), `alt` (alternatives, 1–10), `vot` and `cp` (value
 * of time, USD/TEU-day, and carbon price, USD/t, for `balanced` only) and `sel` (the selected option, 0-based). A
 * query without both ends is dropped; any other invalid part takes its default. Pure functions; see
 * `url/url-state.ts` for the rest of the URL.
 */
import { MODES, parseDepart } from '@corridor/core/model';
import { parsePlainDecimal as parseDecimal } from '../../url/url-state';
import type { ViewUrlKeys } from '../view-module';
import {
  DEFAULT_PLANNER_QUERY,
  isContainerType,
  isMode,
  isObjective,
  isPassageId,
  PLANNER_LIMITS,
  type PlannerQuery,
} from './planner-query';

/** The Route planner's part of the URL. */
export interface RouteUrlState {
  readonly query: PlannerQuery;
  /** Index of the selected option (alternatives first, then other Pareto points). */
  readonly selected: number;
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
  const via = params.get('via')?.trim() ?? '';
  const defaults = DEFAULT_PLANNER_QUERY;
  const objective = params.get('obj') ?? undefined;
  const tonnes = parseDecimal(params.get('t') ?? undefined, PLANNER_LIMITS.size);
  const teu = parseDecimal(params.get('teu') ?? undefined, PLANNER_LIMITS.size);
  const feu = parseDecimal(params.get('feu') ?? undefined, PLANNER_LIMITS.feu);
  const box = params.get('box') ?? undefined;
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
      via: via.length > MAX_END_LENGTH ? '' : via,
      objective: isObjective(objective) ? objective : defaults.objective,
      // One size: TEU first, then FEU, then tonnes, as the writer never sets two.
      sizeUnit: teu !== null ? 'teu' : feu !== null ? 'feu' : tonnes !== null ? 'tonnes' : 'teu',
      size: teu ?? feu ?? tonnes ?? defaults.size,
      container: isContainerType(box) ? box : defaults.container,
      modes: modes.length === 0 ? defaults.modes : MODES.filter((mode) => modes.includes(mode)),
      avoidPassages: [...new Set(avoid)],
      // The library's strict parser: an impossible date (2026-02-30) is dropped, never rolled forward.
      depart: DATE.test(depart) && parseDepart(depart) !== undefined ? depart : null,
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
 * where the default is "everything" (modes) or "nothing" (via, avoid, depart), and the weights unless balanced.
 * @param params - the parameters to add to
 * @param route - the query and selection
 */
export function writeRouteState(params: URLSearchParams, route: RouteUrlState): void {
  const { query } = route;
  params.set('from', query.from);
  params.set('to', query.to);
  if (query.via !== '') params.set('via', query.via);
  params.set('obj', query.objective);
  params.set(query.sizeUnit === 'tonnes' ? 't' : query.sizeUnit, String(query.size));
  if (query.container !== 'dry') params.set('box', query.container);
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

/** The Route planner's URL keys, for its view module. */
export const ROUTE_URL_KEYS: ViewUrlKeys<RouteUrlState> = {
  read: parseRouteState,
  write: writeRouteState,
};
