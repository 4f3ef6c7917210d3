import { test as base, expect, type Page } from '@playwright/test';

/** What a page did that a test may want to assert on. */
export interface PageRecord {
  /** Console messages of type `error`, and uncaught page errors. */
  readonly errors: string[];
  /** Console warnings, except Chromium's own WebGL driver notes (see {@link DRIVER_NOISE}). */
  readonly warnings: string[];
  /** Every request URL, in order (including those of workers). */
  readonly requests: string[];
  /** Requests to any host other than the loopback one. */
  readonly foreignRequests: string[];
}

/** Hosts a request may go to: the preview server only. */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Chromium's GL driver reporting on its own software renderer ("GPU stall due to ReadPixels"); printed by the
 * browser under SwiftShader, not by the dashboard, so it is not counted as a warning.
 */
const DRIVER_NOISE = /^\[\.WebGL-[0-9a-fx]+\]GL Driver Message \(OpenGL, Performance,/;

/** Selector of the map once MapLibre reports it idle (first render done, or a move settled). */
export const READY_MAP = '[data-testid="map"][data-ready="true"]';

/** The canonical URL suffix of the default state. */
export const DEFAULT_URL_SUFFIX = '/?view=route&lang=en#map=4.00/24.5000/119.5000';

/**
 * Playwright's `test`, plus `record`: console errors and warnings, page errors and requests of the test's page.
 * After every test it also asserts that there were no errors, no warnings and no request off 127.0.0.1.
 */
export const test = base.extend<{ record: PageRecord }>({
  record: [
    async ({ page }, use) => {
      const record: PageRecord = { errors: [], warnings: [], requests: [], foreignRequests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') record.errors.push(`console.error: ${message.text()}`);
        else if (message.type() === 'warning' && !DRIVER_NOISE.test(message.text()))
          record.warnings.push(message.text());
      });
      page.on('pageerror', (error) => record.errors.push(`pageerror: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        record.requests.push(request.url());
        const local = url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK_HOSTS.has(url.hostname);
        if (!local) record.foreignRequests.push(request.url());
      });
      await use(record);
      expect(record.errors, 'console errors and page errors').toEqual([]);
      expect(record.warnings, 'console warnings').toEqual([]);
      expect(record.foreignRequests, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Opens a dashboard URL and waits until the map has drawn.
 * @param page - the test's page
 * @param path - path and query/fragment, e.g. `/?view=data`
 */
export async function openDashboard(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator(READY_MAP)).toBeVisible();
}

/**
 * Reads the map camera from the URL fragment `#map=zoom/latitude/longitude`.
 * @returns the three numbers, or `null` without a fragment of that form
 */
export function cameraInUrl(url: string): { zoom: number; latitudeDeg: number; longitudeDeg: number } | null {
  const match = /#map=([-\d.]+)\/([-\d.]+)\/([-\d.]+)$/.exec(url);
  if (match === null) return null;
  return { zoom: Number(match[1]), latitudeDeg: Number(match[2]), longitudeDeg: Number(match[3]) };
}

/** Selector of the map legend of the network once a dataset is drawn. */
export const NETWORK_LEGEND = '[data-testid="network-legend"]';

/**
 * Waits until the map has drawn the network of a dataset: the legend names it, and MapLibre is idle after adding
 * or changing its layers.
 * @param page - the test's page
 * @param origin - `bundled` (the Fujian dataset) or `loaded` (one the test loaded)
 */
export async function waitForNetwork(page: Page, origin: 'bundled' | 'loaded' = 'bundled'): Promise<void> {
  await expect(page.locator(`${NETWORK_LEGEND}[data-origin="${origin}"]`)).toBeVisible();
  await expect(page.locator(READY_MAP)).toBeVisible();
}

/** Warm-ups of the four views' map layers: the route; the flow map's legs and terminals; a scenario's changed legs. */
export const ALL_MAP_WARM_UPS = 4;

/**
 * Waits until the map has compiled every view's layers, or skipped it (`map/MapWarmUp.svelte`: one frame of the
 * map's own when the page is first idle, skipped under software compositing), so a test that times the page's
 * tasks measures only what it does itself.
 * @param page - the test's page
 */
export async function waitForMapWarmUp(page: Page): Promise<void> {
  const marker = page.getByTestId('map-warm-up');
  await expect(marker).toHaveAttribute('data-queued', String(ALL_MAP_WARM_UPS), { timeout: 30_000 });
  await expect(marker).toHaveAttribute('data-settled', String(ALL_MAP_WARM_UPS), { timeout: 30_000 });
}

/**
 * Waits until the page stops changing: no DOM mutation for `quietMs` (results drawn over several tasks, a table
 * growing its rows, issue 17's budget), at most `timeoutMs`. Pixel checks that measure text and then take a
 * screenshot need the layout not to move in between.
 */
export async function waitForSettledPage(page: Page, quietMs = 400, timeoutMs = 10_000): Promise<void> {
  await page.evaluate(
    ({ quietMs, timeoutMs }) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, quietMs);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quietMs);
        });
        const deadline = setTimeout(done, timeoutMs);
        function done(): void {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(deadline);
          resolve();
        }
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    { quietMs, timeoutMs },
  );
}
