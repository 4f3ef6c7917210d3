/**
 * Prefetches the views whose components are loaded on demand, once the page has nothing better to do: after the
 * map's first idle (so the cold load is not slowed), one view per idle period (so each chunk's evaluation is a
 * short task of its own), in tab order. A tab clicked later then opens as fast as if it were in the entry script.
 */
import type { WhenIdle } from '../ui/browser-idle';

/** What the prefetch needs of a view module (see `ViewModule`). */
export interface PrefetchableView {
  /** Whether its components are still to be loaded. */
  readonly pending: boolean;
  prefetch(): Promise<void>;
}

/**
 * Loads the pending views' components one by one, each when the browser is next idle. A failed load is left for
 * the view's tab to retry (the shell shows its own message then); the next view is still prefetched.
 * @param views - the view modules, in the order to load them
 * @param whenIdle - schedules a callback for the browser's next idle period
 * @returns a promise settled when every pending view has been tried
 * @example
 * prefetchViews(VIEWS, browserIdle);
 */
export async function prefetchViews(views: readonly PrefetchableView[], whenIdle: WhenIdle): Promise<void> {
  for (const view of views) {
    if (!view.pending) continue;
    await new Promise<void>((resolve) => whenIdle(resolve));
    await view.prefetch().catch(() => undefined);
  }
}
