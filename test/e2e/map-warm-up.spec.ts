import type { Page } from '@playwright/test';
import { CHROMIUM_PATH, GPU_COMPOSITING_ARGS } from '../chromium-args.js';
import { ALL_MAP_WARM_UPS, expect, READY_MAP, test, waitForMapWarmUp } from './dashboard-test';

/**
 * The map compiles the shaders of every view's layers while the page is idle (`map/warm-layer-programs.ts`), so
 * a view's first result links no WebGL program: with software WebGL a link after a click made the main thread wait
 * for the GPU process's queued frames (one task of 130–340 ms). Where every frame is read back on the main thread
 * (software compositing, the e2e flags) the warm-up's own frame would cost more than that, and it is skipped
 * (`map.spec.ts`).
 */

/** Counts the WebGL programs linked, page-wide, from before any script of the page runs. */
async function countProgramLinks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter = { links: 0 };
    Object.assign(window, { programLinks: counter });
    for (const context of [WebGL2RenderingContext, WebGLRenderingContext]) {
      const link = context.prototype.linkProgram;
      context.prototype.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
        counter.links += 1;
        link.call(this, program);
      };
    }
  });
}

const links = (page: Page) =>
  page.evaluate(() => (window as unknown as { programLinks: { links: number } }).programLinks.links);

/** Opens `path` and waits until the map has drawn (or skipped) every view's warm-up. */
async function openWarmed(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForSelector(READY_MAP);
  await waitForMapWarmUp(page);
}

// Composited in the GPU process, as on a machine with a GPU (WebGL still SwiftShader's); see `map.spec.ts` for the
// e2e flags, where the warm-up is skipped.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: GPU_COMPOSITING_ARGS } });
test.beforeEach(async ({ page }) => countProgramLinks(page));

test.describe('composited in the GPU process', () => {
  test('a route query draws its route with the programs compiled while the page was idle', async ({ page, record }) => {
    await openWarmed(page, '/?view=route&lang=en');
    await expect(page.getByTestId('map-warm-up')).toHaveAttribute('data-drawn', String(ALL_MAP_WARM_UPS));
    const before = await links(page);
    expect(before).toBeGreaterThan(0);
    for (const [label, text] of [
      ['Origin', 'Xiamen'],
      ['Destination', 'Duisburg'],
    ] as const) {
      await page.getByRole('combobox', { name: label }).fill(text);
      await page.getByRole('option').first().waitFor();
      await page.getByRole('combobox', { name: label }).press('Enter');
    }
    await page.getByRole('button', { name: 'Find routes' }).click();
    await expect(page.getByTestId('route-view').locator('[data-status="done"]')).toBeVisible({ timeout: 30_000 });
    await page.waitForSelector(READY_MAP);
    expect(await links(page)).toBe(before);
    expect(record.errors).toEqual([]);
    expect(record.warnings).toEqual([]);
  });

  test('a utilization run and a scenario run draw their flow maps with no new program either', async ({
    page,
    record,
  }) => {
    await openWarmed(page, '/?view=utilization&lang=en');
    await expect(page.getByTestId('map-warm-up')).toHaveAttribute('data-drawn', String(ALL_MAP_WARM_UPS));
    const before = await links(page);
    await page.getByTestId('utilization-run').click();
    await expect(page.locator('[data-testid="utilization-results"][data-status="done"]')).toBeVisible({
      timeout: 60_000,
    });
    await page.waitForSelector(READY_MAP);
    expect(await links(page)).toBe(before);

    await page.getByRole('tab', { name: 'Scenarios' }).click();
    const panel = page.getByTestId('panel');
    await panel.locator('input[value="red-sea-closure"]').check();
    await panel.getByRole('checkbox', { name: /assignment/ }).check();
    await panel.getByRole('button', { name: 'Run scenario' }).click();
    await expect(page.getByTestId('scenario-summary')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('delta-legend')).toBeVisible();
    await page.waitForSelector(READY_MAP);
    expect(await links(page)).toBe(before);
    expect(record.errors).toEqual([]);
    expect(record.warnings).toEqual([]);
  });
});
