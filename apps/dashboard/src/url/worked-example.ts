/**
 * The first screen's worked example: Xiamen → Duisburg, one TEU, balanced, three alternatives — which the bundled
 * dataset answers by rail, by sea and by air, side by side in the Route planner. It is a deep link like any other
 * (the planner's own URL keys, `views/route/route-url.ts`), so it can be opened in a new tab, copied or shared.
 */
import type { Locale } from '../i18n/locale';
import { DEFAULT_PLANNER_QUERY, type PlannerQuery } from '../views/route/planner-query';
import { writeRouteState } from '../views/route/route-url';
import { type MapPosition, parseUrlState, readQuery, serializeUrlState } from './url-state';

/** The example's query: the planner's defaults from Xiamen to Duisburg (balanced, 1 TEU, every mode, 3 options). */
export const WORKED_EXAMPLE_QUERY: PlannerQuery = { ...DEFAULT_PLANNER_QUERY, from: 'CNXMN', to: 'DEDUI' };

/**
 * The example's link, in the page's language and at the map's current camera (the planner then fits the route).
 * @param lang - the page's language
 * @param map - the map's camera
 * @returns `?view=route&lang=…&from=CNXMN&to=DEDUI&…#map=…`, to append to the page's path
 * @example
 * workedExampleLink('en', DEFAULT_MAP_POSITION);
 * // '?view=route&lang=en&from=CNXMN&to=DEDUI&obj=balanced&teu=1&alt=3&vot=50&cp=100&sel=0#map=4.00/24.5000/119.5000'
 */
export function workedExampleLink(lang: Locale, map: MapPosition): string {
  return serializeUrlState({ view: 'route', lang, map }, (query) =>
    writeRouteState(query, { query: WORKED_EXAMPLE_QUERY, selected: 0 }),
  );
}

/** Where a link inside the dashboard leads: the view it names and the query that view reads its keys from. */
export interface InternalLink<ViewId extends string> {
  readonly view: ViewId;
  readonly query: URLSearchParams;
}

/**
 * Reads a dashboard link (as {@link workedExampleLink} writes it) so the shell can open it without reloading:
 * the view it names (the first when it names none) and its query.
 * @param href - `?…#…`, or a whole URL
 * @param viewIds - the views there are, the first being the default
 * @example
 * internalLink('?view=route&from=CNXMN&to=DEDUI', ['route', 'data']).view; // 'route'
 */
export function internalLink<ViewId extends string>(
  href: string,
  viewIds: readonly [ViewId, ...ViewId[]],
): InternalLink<ViewId> {
  const url = new URL(href, 'http://dashboard.invalid/');
  return { view: parseUrlState(url.search, '', viewIds).view, query: readQuery(url.search) };
}
