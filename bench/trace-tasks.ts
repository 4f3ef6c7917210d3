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
 * Returns the tasks of the trace's page renderers' main threads (process "Renderer") longer than `thresholdMs` (the innermost of nested task
 * events), thread by thread in order, each classified.
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
  // Pages' renderers only: headless Chromium also runs a "WebUI Top Renderer", busy with its own modules.
  const renderers = new Set(
    events
      .filter((event) => event.name === 'process_name' && event.args?.name === 'Renderer')
      .map((event) => event.pid),
  );
  const mainThreads = new Set(
    events
      .filter(
        (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && renderers.has(event.pid),
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  if (mainThreads.size === 0) return [];
  // Every page renderer's main thread: the other pages of the run are closed and idle.
  const onMain = events
    .filter((event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`) && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: TracedTask[] = [];
  for (const thread of mainThreads) {
    const onThread = onMain.filter((event) => `${event.pid}:${event.tid}` === thread);
    tasks.push(...threadLongTasks(onThread, thresholdMs));
  }
  return tasks;
}

/** The long tasks of one thread's complete events, sorted by start. */
function threadLongTasks(onThread: readonly TraceEvent[], thresholdMs: number): TracedTask[] {
  const taskEvents = onThread.filter((event) => TASK_NAMES.has(event.name));
  const tasks: TracedTask[] = [];
  for (const [index, task] of taskEvents.entries()) {
    const end = task.ts + (task.dur ?? 0);
    // The innermost task only: the thread's RunTask wraps the scheduler's, and a navigation's task can span a whole
    // load; sorted by start, a task that holds another is followed by it.
    const next = taskEvents[index + 1];
    if (next !== undefined && next.ts < end) continue;
    const durationMs = (task.dur ?? 0) / 1000;
    if (durationMs <= thresholdMs) continue;
    const within = (name: string) =>
      onThread
        .filter((event) => event.name === name && event.ts >= task.ts && event.ts < end)
        .reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0);
    const commitMs = within('Commit');
    const animationFrameMs = within('FireAnimationFrame');
    const kind = commitMs + animationFrameMs >= durationMs / 2 ? 'frame' : 'page';
    tasks.push({ durationMs, commitMs, animationFrameMs, kind });
  }
  return tasks;
}
