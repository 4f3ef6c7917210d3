// The long tasks of a Chrome trace's page main thread, each told apart as a map frame (software compositing's read
// back of the WebGL canvas, `Commit` in the trace) or the page's own work (script, style, layout, paint): the
// `longtask` entries that ui-budget.ts records do not say which is which.

/** One event of a Chrome trace (the `traceEvents` of `browser.stopTracing()`), the fields read here. */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

/** A main-thread task over the threshold. */
export interface TracedTask {
  /** The whole task, ms. */
  readonly durationMs: number;
  /** Of which `Commit`: the compositor waiting on the WebGL frame's read back, ms. */
  readonly commitMs: number;
  /** Of which animation-frame callbacks: MapLibre drawing the frame (WebGL calls, shader compiles), ms. */
  readonly animationFrameMs: number;
  /**
   * `frame` when the map's frame (its drawing in an animation frame, then the read back) is most of it, else
   * `page` (the page's own script, style, layout, paint).
   */
  readonly kind: 'frame' | 'page';
}

/** Trace categories that hold what {@link mainThreadLongTasks} reads. */
export const TASK_TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'] as const;

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * Finds the page's main thread in a trace (the renderer main thread with the most events) and returns its
 * top-level tasks longer than `thresholdMs`, in order, each classified.
 * @param traceJson - the buffer `browser.stopTracing()` returned
 * @param thresholdMs - a long task's least duration (the Long Tasks API's is 50 ms)
 * @returns the long tasks; empty when the trace has no renderer main thread
 * @example
 * await browser.startTracing(page, { categories: [...TASK_TRACE_CATEGORIES] });
 * // … the action …
 * const tasks = mainThreadLongTasks(await browser.stopTracing(), 50);
 * console.log(tasks.filter((task) => task.kind === 'page').length); // → 0
 */
export function mainThreadLongTasks(traceJson: Buffer | string, thresholdMs = 50): TracedTask[] {
  const parsed = JSON.parse(traceJson.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const counts = new Map<string, number>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (mainThreads.has(thread)) counts.set(thread, (counts.get(thread) ?? 0) + 1);
  }
  const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (busiest === undefined) return [];
  const onMain = events
    .filter((event) => event.ph === 'X' && `${event.pid}:${event.tid}` === busiest && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: TracedTask[] = [];
  let taskEnd = -Infinity;
  for (const task of onMain) {
    // Top-level only: a task nested in the one before (the scheduler's RunTask inside the thread's) is the same.
    if (!TASK_NAMES.has(task.name) || task.ts < taskEnd) continue;
    const end = task.ts + (task.dur ?? 0);
    taskEnd = end;
    const durationMs = (task.dur ?? 0) / 1000;
    if (durationMs <= thresholdMs) continue;
    const within = (name: string) =>
      onMain
        .filter((event) => event.name === name && event.ts >= task.ts && event.ts < end)
        .reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0);
    const commitMs = within('Commit');
    const animationFrameMs = within('FireAnimationFrame');
    const kind = commitMs + animationFrameMs >= durationMs / 2 ? 'frame' : 'page';
    tasks.push({ durationMs, commitMs, animationFrameMs, kind });
  }
  return tasks;
}
