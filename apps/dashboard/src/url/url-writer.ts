/** Runs a callback later, in a task of its own (`setTimeout(…, 0)` in the page). */
export type ScheduleTask = (run: () => void) => void;

/** Writes the address bar: `history.replaceState` with the new path, query and fragment. */
export type WriteUrl = (url: string) => void;

/** Coalesces URL writes; see {@link createUrlWriter}. */
export interface UrlWriter {
  /** Asks for `url` to be written; only the last URL asked for before the write runs is written. */
  request(url: string): void;
  /** Writes the pending URL now, if any (before the page is hidden, so a reload keeps the latest state). */
  flush(): void;
}

/**
 * Coalesces the shell's URL writes: any number of state changes in one task cost one `history.replaceState`,
 * run in a task of its own. `replaceState` cost 26–30 ms of the main thread in Chromium per call (a same-document
 * navigation), and the shell asked for one on every state change, inside the task that drew a route's result.
 * @param write - writes a URL (`history.replaceState`)
 * @param schedule - runs the write later (`setTimeout(…, 0)`)
 * @param current - reads the URL now in the address bar (a request for it writes nothing)
 * @returns the writer
 * @example
 * const writer = createUrlWriter((url) => history.replaceState(history.state, '', url), (run) => setTimeout(run, 0), () => location.pathname + location.search + location.hash);
 * writer.request('/?view=data'); writer.request('/?view=route'); // one write, of '/?view=route'
 */
export function createUrlWriter(write: WriteUrl, schedule: ScheduleTask, current: () => string): UrlWriter {
  let pending: string | null = null;
  const flush = () => {
    const next = pending;
    pending = null;
    if (next === null || next === current()) return;
    write(next);
  };
  return {
    request(url) {
      const scheduled = pending !== null;
      pending = url;
      if (!scheduled) schedule(flush);
    },
    flush,
  };
}
