// `pnpm bench:ui`: the dashboard's main-thread budget (issue 17, point 6), measured in Debian's Chromium with
// software WebGL, never asserted by a test. The built dashboard is served by `vite preview` on 127.0.0.1 (a free
// port); each sample is a fresh browser context, so every figure includes what a user meets on a first visit.
//   - cold load: navigation → the map idle with its first frame (`data-ready`), and the long tasks until then;
//   - a route query, a utilization run and a scenario run: a click → the result drawn (the frame after the view
//     reports it done), and the long tasks from the click until one second after it, when the map and the charts
//     have had their turn.
// The page records everything itself (PerformanceObserver `longtask`, a MutationObserver, requestAnimationFrame):
// a benchmark that polled the DOM from outside would make long tasks of its own. Medians and the worst case are
// printed beside the budget; figures go to .reports/bench-ui.json. BENCH_UI_RUNS=N sets the samples (default 7);
// BENCH_UI_OUT_DIR=/abs/dist measures another build of the dashboard; BENCH_UI_ONLY=word,word keeps only the figures whose name holds one of the words ("load", "route", …).
// BENCH_UI_COMPOSITING=gpu drops `--disable-gpu`: WebGL is still SwiftShader's, but the page is composited in the
// GPU process, so a WebGL frame is no longer read back on the main thread (GLES2::ReadPixels in a trace, 55–300 ms
// per map frame with the e2e flags, the default). BENCH_UI_TRACE=1 also records a Chrome trace of each sample and
// splits its long tasks into map frames (mostly `Commit`: the read back) and the page's own (trace-tasks.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { preview } from 'vite';
import { median } from './timing.js';
import { mainThreadLongTasks, TASK_TRACE_CATEGORIES, type TracedTask } from './trace-tasks.js';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(benchDir, '..');
const runs = Number(process.env.BENCH_UI_RUNS ?? 7);
const only = (process.env.BENCH_UI_ONLY ?? '').split(',').filter((word) => word !== '');
const wanted = (name: string) => only.length === 0 || only.some((word) => name.includes(word));
const gpuCompositing = process.env.BENCH_UI_COMPOSITING === 'gpu';
const tracing = process.env.BENCH_UI_TRACE === '1';

/** Issue 17's budget on this machine. */
const BUDGET = { longTaskMs: 50, clickToResultP50Ms: 200, coldLoadMapReadyMs: 1500 } as const;

/** How long after the click the long tasks still count: the map's and the charts' work after the result. */
const SETTLE_MS = 1000;

interface ActionSample {
  /** Click → the frame after the view reported its result, ms. */
  readonly clickToResultMs: number;
  /** Long tasks from the click until SETTLE_MS after the result, ms each. */
  readonly longTasksMs: readonly number[];
  /** With BENCH_UI_TRACE=1: the long tasks of a trace of the same stretch, classified. */
  readonly traced?: readonly TracedTask[];
}

interface LoadSample {
  /** Navigation start → the map idle with its first frame, ms. */
  readonly mapReadyMs: number;
  readonly longTasksMs: readonly number[];
  /** With BENCH_UI_TRACE=1: the long tasks of a trace of the load, classified. */
  readonly traced?: readonly TracedTask[];
}

/** The recorder the page installs before any of its own scripts run (serialised by Playwright). */
function installRecorder(): void {
  interface Recorder {
    longTasks: [number, number][];
    mapReadyAt: number | undefined;
    armed: { selector: string; clickedAt: number; doneAt: number | undefined } | undefined;
  }
  const recorder: Recorder = { longTasks: [], mapReadyAt: undefined, armed: undefined };
  Object.assign(window, { benchRecorder: recorder });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) recorder.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (recorder.mapReadyAt === undefined && document.querySelector('[data-testid="map"][data-ready="true"]')) {
      recorder.mapReadyAt = performance.now();
    }
    const armed = recorder.armed;
    if (armed !== undefined && armed.doneAt === undefined && document.querySelector(armed.selector)) {
      armed.doneAt = -1;
      // Drawn: the frame after the DOM says done.
      requestAnimationFrame(() => {
        armed.doneAt = performance.now();
      });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  // A click on the armed button starts the clock (capturing, before the app's own handler runs).
  document.addEventListener(
    'click',
    (event) => {
      const armed = recorder.armed;
      if (armed !== undefined && armed.clickedAt < 0 && (event.target as Element).closest('[data-bench-click]')) {
        armed.clickedAt = performance.now();
      }
    },
    true,
  );
}

interface RecorderState {
  longTasks: [number, number][];
  mapReadyAt: number | undefined;
  armed: { selector: string; clickedAt: number; doneAt: number | undefined } | undefined;
}

const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { benchRecorder: RecorderState }).benchRecorder);

/** A fresh page, with the recorder, opened at `path` and waited on until the map is ready. */
async function freshPage(
  browser: Browser,
  origin: string,
  path: string,
  traceLoad = false,
): Promise<{ page: Page; load: LoadSample }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(installRecorder);
  if (traceLoad) await browser.startTracing(page, { categories: [...TASK_TRACE_CATEGORIES] });
  await page.goto(`${origin}${path}`);
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
  const traced = traceLoad ? mainThreadLongTasks(await browser.stopTracing()) : undefined;
  const recorded = await state(page);
  const mapReadyMs = recorded.mapReadyAt ?? Number.NaN;
  return {
    page,
    load: {
      mapReadyMs,
      longTasksMs: recorded.longTasks.filter(([start]) => start <= mapReadyMs).map(([, duration]) => duration),
      ...(traced === undefined ? {} : { traced }),
    },
  };
}

/**
 * Clicks `button`, marked for the recorder, and waits until `doneSelector` matches, then SETTLE_MS more.
 * `doneSelector` must not match before the click (each action starts on a fresh page, where it does not).
 */
async function timeClick(page: Page, button: Locator, doneSelector: string): Promise<ActionSample> {
  await button.evaluate((element) => element.setAttribute('data-bench-click', ''));
  await page.evaluate((selector) => {
    const recorder = (window as unknown as { benchRecorder: RecorderState }).benchRecorder;
    recorder.armed = { selector, clickedAt: -1, doneAt: undefined };
  }, doneSelector);
  const browser = page.context().browser();
  if (tracing && browser !== null) await browser.startTracing(page, { categories: [...TASK_TRACE_CATEGORIES] });
  await button.click();
  await page.waitForFunction(
    () => ((window as unknown as { benchRecorder: RecorderState }).benchRecorder.armed?.doneAt ?? -1) > 0,
    null,
    { timeout: 60_000, polling: 250 },
  );
  await page.waitForTimeout(SETTLE_MS);
  const traced = tracing && browser !== null ? mainThreadLongTasks(await browser.stopTracing()) : undefined;
  const recorded = await state(page);
  const armed = recorded.armed as NonNullable<RecorderState['armed']>;
  const doneAt = armed.doneAt as number;
  return {
    clickToResultMs: doneAt - armed.clickedAt,
    longTasksMs: recorded.longTasks
      .filter(([start, duration]) => start + duration >= armed.clickedAt && start <= doneAt + SETTLE_MS)
      .map(([, duration]) => duration),
    ...(traced === undefined ? {} : { traced }),
  };
}

/** The three actions, each on a page of its own (so the first, cold, query of each is what is timed). */
const ACTIONS = {
  'route query (Xiamen → Duisburg)': async (browser: Browser, origin: string) => {
    const { page } = await freshPage(browser, origin, '/?view=route&lang=en');
    const box = (label: string) => page.getByRole('combobox', { name: label });
    for (const [label, text] of [
      ['Origin', 'Xiamen'],
      ['Destination', 'Duisburg'],
    ] as const) {
      await box(label).fill(text);
      await page.getByRole('option').first().waitFor();
      await box(label).press('Enter');
    }
    const sample = await timeClick(
      page,
      page.getByRole('button', { name: 'Find routes' }),
      '[data-testid="route-view"] [data-status="done"]',
    );
    await page.context().close();
    return sample;
  },
  'utilization run (equilibrium)': async (browser: Browser, origin: string) => {
    const { page } = await freshPage(browser, origin, '/?view=utilization&lang=en');
    const sample = await timeClick(
      page,
      page.getByTestId('utilization-run'),
      '[data-testid="utilization-results"][data-status="done"]',
    );
    await page.context().close();
    return sample;
  },
  'scenario run (Red Sea closure, with assignment)': async (browser: Browser, origin: string) => {
    const { page } = await freshPage(browser, origin, '/?view=scenarios&lang=en');
    const panel = page.getByTestId('panel');
    await panel.locator('input[value="red-sea-closure"]').check();
    await panel.getByRole('checkbox', { name: /assignment/ }).check();
    const sample = await timeClick(
      page,
      panel.getByRole('button', { name: 'Run scenario' }),
      '[data-testid="scenario-summary"]',
    );
    await page.context().close();
    return sample;
  },
} as const;

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);

/** With BENCH_UI_TRACE=1, the traced long tasks' split: map frames and the page's own, medians per sample. */
function tracedLine(samples: readonly { readonly traced?: readonly TracedTask[] }[]): string {
  const traces = samples.map((s) => s.traced).filter((t): t is readonly TracedTask[] => t !== undefined);
  if (traces.length === 0) return '';
  const count = (kind: TracedTask['kind']) => median(traces.map((t) => t.filter((task) => task.kind === kind).length));
  const own = traces.flat().filter((task) => task.kind === 'page');
  const longestOwn = Math.max(0, ...own.map((task) => task.durationMs));
  const frames = traces.flat().filter((task) => task.kind === 'frame');
  const longestFrame = Math.max(0, ...frames.map((task) => task.durationMs));
  return (
    `\n      traced: ${count('frame')} map frames over 50 ms (longest ${longestFrame.toFixed(0)} ms), ` +
    `${count('page')} tasks of the page's own over 50 ms (longest ${longestOwn.toFixed(0)} ms), medians per sample`
  );
}
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

const { CHROMIUM_ARGS, CHROMIUM_PATH, GPU_COMPOSITING_ARGS } = (await import(
  pathToFileURL(join(repoRoot, 'test', 'chromium-args.js')).href
)) as { CHROMIUM_ARGS: string[]; CHROMIUM_PATH: string; GPU_COMPOSITING_ARGS: string[] };

const server = await preview({
  root: join(repoRoot, 'apps', 'dashboard'),
  // Another build of the dashboard to measure (an absolute path), e.g. a copy of main's, for a before/after.
  ...(process.env.BENCH_UI_OUT_DIR === undefined ? {} : { build: { outDir: process.env.BENCH_UI_OUT_DIR } }),
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const address = server.httpServer.address();
if (address === null || typeof address === 'string') throw new Error('ui-budget: vite preview gave no port');
const origin = `http://127.0.0.1:${address.port}`;
const args = gpuCompositing ? GPU_COMPOSITING_ARGS : CHROMIUM_ARGS;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });

try {
  const compositing = gpuCompositing ? 'GPU-process compositing' : 'software compositing, the e2e flags';
  console.log(
    `Dashboard main-thread budget, ${runs} fresh pages per figure (Chromium, SwiftShader WebGL, ${compositing}, 1440×900)`,
  );
  const loads: LoadSample[] = [];
  for (let i = 0; i < (wanted('cold load') ? runs : 0); i++) {
    const { page, load } = await freshPage(browser, origin, '/?lang=en', tracing);
    loads.push(load);
    await page.context().close();
  }
  const report: Record<string, unknown> = { runs, budget: BUDGET, compositing, traced: tracing };
  if (loads.length > 0) {
    const loadLongest = Math.max(0, ...loads.flatMap((l) => l.longTasksMs));
    const mapReady = median(loads.map((l) => l.mapReadyMs));
    console.log(
      `  cold load → map ready     median ${ms(mapReady)}  budget ≤ ${BUDGET.coldLoadMapReadyMs} ms: ` +
        `${verdict(mapReady <= BUDGET.coldLoadMapReadyMs)}; long tasks until then: median ` +
        `${median(loads.map((l) => l.longTasksMs.length))} per load, longest ${loadLongest.toFixed(0)} ms` +
        tracedLine(loads),
    );
    report.coldLoad = { mapReadyMedianMs: mapReady, longestTaskMs: loadLongest, samples: loads };
  }
  for (const [name, action] of Object.entries(ACTIONS)) {
    if (!wanted(name)) continue;
    const samples: ActionSample[] = [];
    for (let i = 0; i < runs; i++) samples.push(await action(browser, origin));
    const p50 = median(samples.map((s) => s.clickToResultMs));
    const longest = Math.max(0, ...samples.flatMap((s) => s.longTasksMs));
    const over = median(samples.map((s) => s.longTasksMs.filter((d) => d > BUDGET.longTaskMs).length));
    console.log(
      `  ${name.padEnd(48)} click → result p50 ${ms(p50)} (≤ ${BUDGET.clickToResultP50Ms}: ` +
        `${verdict(p50 <= BUDGET.clickToResultP50Ms)}); longest task ${ms(longest)} (≤ ${BUDGET.longTaskMs}: ` +
        `${verdict(longest <= BUDGET.longTaskMs)}), ${over} over ${BUDGET.longTaskMs} ms per run (median)` +
        tracedLine(samples),
    );
    report[name] = { clickToResultP50Ms: p50, longestTaskMs: longest, tasksOverBudgetMedian: over, samples };
  }
  mkdirSync(join(repoRoot, '.reports'), { recursive: true });
  writeFileSync(join(repoRoot, '.reports', 'bench-ui.json'), `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
