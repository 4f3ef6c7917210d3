/** The dashboard's views, in switcher order. */
export const VIEW_IDS = ['route', 'utilization', 'scenarios', 'data'] as const;

/** One view of the dashboard: `route` planner, corridor `utilization`, `scenarios`, `data`. */
export type ViewId = (typeof VIEW_IDS)[number];

/** The view shown when the URL names none (or an unknown one). */
export const DEFAULT_VIEW_ID: ViewId = 'route';

/**
 * Tells whether a string is a view id.
 * @param value - any string, e.g. a URL parameter
 * @returns `true` for `route`, `utilization`, `scenarios`, `data`
 * @example
 * isViewId('data'); // true
 * isViewId('Data'); // false
 */
export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}
