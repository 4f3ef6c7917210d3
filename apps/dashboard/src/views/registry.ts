/**
 * The dashboard's views, in tab order; the first is shown when the URL names none. The shell (`App.svelte`, the
 * tabs, the URL, the map) renders whatever is listed here: adding a view is adding its folder and one line below.
 */
import { dataView } from './data/data-view';
import { routeView } from './route/route-view';
import { scenariosView } from './scenarios/scenarios-view';
import { utilizationView } from './utilization/utilization-view';

/** Every view, in tab order. */
export const VIEWS = [routeView, utilizationView, scenariosView, dataView] as const;

/** One view of the dashboard: `route` planner, corridor `utilization`, `scenarios`, `data`. */
export type ViewId = (typeof VIEWS)[number]['id'];

/** The views' ids, in tab order; the first is the default. */
export const VIEW_IDS = VIEWS.map((view) => view.id) as [ViewId, ...ViewId[]];
