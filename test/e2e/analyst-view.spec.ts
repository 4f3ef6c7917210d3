import type { Locator, Page } from '@playwright/test';
import { DELTA_GREW, DELTA_SHRANK } from '../../apps/dashboard/src/map/delta-colors';
import { UTILIZATION_CLASSES } from '../../apps/dashboard/src/views/utilization/utilization-colors';
import { cameraInUrl, expect, openDashboard, READY_MAP, test } from './dashboard-test';
import { colourShare, percent } from './pixels';

/** The Cape of Good Hope, [lon, lat]: where a Red Sea closure sends the Asia–Europe ships. */
const CAPE = [18.47, -34.36] as const;
/** MapLibre's world width at zoom 0, px. */
const WORLD_PX = 512;

/** The box the map shows, from the camera in the URL and the map's size (Web Mercator). */
async function visibleBounds(page: Page): Promise<{ west: number; south: number; east: number; north: number }> {
  const camera = cameraInUrl(page.url());
  if (camera === null) throw new Error(`no camera in ${page.url()}`);
  const box = await page.getByTestId('map').boundingBox();
  if (box === null) throw new Error('the map has no box');
  const worldPx = WORLD_PX * 2 ** camera.zoom;
  const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const latOf = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
  const halfLon = (box.width / 2 / worldPx) * 360;
  const centreY = mercatorY(camera.latitudeDeg);
  const halfY = (box.height / 2 / worldPx) * 2 * Math.PI;
  return {
    west: camera.longitudeDeg - halfLon,
    east: camera.longitudeDeg + halfLon,
    south: latOf(centreY - halfY),
    north: latOf(centreY + halfY),
  };
}

/** Where a [lon, lat] point is drawn on the page, from the camera in the URL and the map's box (Web Mercator). */
async function pagePointOf(page: Page, [lon, lat]: readonly [number, number]): Promise<{ x: number; y: number }> {
  const camera = cameraInUrl(page.url());
  const box = await page.getByTestId('map').boundingBox();
  if (camera === null || box === null) throw new Error('no camera or no map box');
  const worldPx = WORLD_PX * 2 ** camera.zoom;
  const mercatorY = (latDeg: number) => Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
  return {
    x: box.x + box.width / 2 + ((lon - camera.longitudeDeg) / 360) * worldPx,
    y: box.y + box.height / 2 - ((mercatorY(lat) - mercatorY(camera.latitudeDeg)) / (2 * Math.PI)) * worldPx,
  };
}

/** The number a cell shows: "1,234 TEU" → 1234, "102 %" → 102, "—" → NaN. */
async function cellNumber(row: Locator, column: string): Promise<number> {
  const text = ((await row.locator(`td[data-col="${column}"]`).textContent()) ?? '').trim();
  return Number.parseFloat(text.replaceAll(',', ''));
}

async function runScenario(page: Page, preset: string): Promise<void> {
  const panel = page.getByTestId('panel');
  await panel.locator(`input[value="${preset}"]`).check();
  await panel.getByRole('checkbox', { name: /assignment/ }).check();
  const runs = await panel.getByTestId('compare-pick').count();
  await panel.getByRole('button', { name: 'Run scenario' }).click();
  await expect(panel.getByTestId('compare-pick')).toHaveCount(runs + 1, { timeout: 45_000 });
}

test('a port analyst searches, filters and sorts every element, and sees over capacity in red on the map', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openDashboard(page, '/?view=utilization&lang=en#map=2.00/35.0000/60.0000');
  const view = page.getByTestId('utilization-view');
  const map = page.getByTestId('map');
  const over = UTILIZATION_CLASSES.find((c) => c.id === 'over');
  if (over === undefined) throw new Error('no over-capacity class');
  const redBefore = colourShare(await map.screenshot(), over.color);

  // Unconstrained demand lets trains run over 100 %: an over-capacity class for sure.
  await view.getByRole('radio', { name: /Unconstrained demand/ }).check();
  await view.getByTestId('utilization-run').click();
  await expect(view.getByTestId('utilization-results')).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  await expect(page.locator(READY_MAP)).toBeVisible();

  const table = view.getByTestId('element-table');
  const rows = table.locator('tbody tr');
  const count = view.getByTestId('element-count');
  await expect(count).toContainText('Showing');
  const total = Number(/of ([\d,]+)/.exec((await count.textContent()) ?? '')?.[1]?.replaceAll(',', ''));
  expect(total, 'terminals, crossings and service legs').toBeGreaterThan(50);
  test.info().annotations.push({ type: 'elements', description: String(total) });
  // Every kind of element is in the one table.
  for (const kind of ['terminal', 'border-crossing', 'service-leg'])
    expect(await table.locator(`tbody tr[data-kind="${kind}"]`).count(), kind).toBeGreaterThan(0);

  // The Use header sorts the whole list, largest first: the top row is over capacity, its swatch red.
  const useHeader = table.locator('thead th').nth(2);
  await useHeader.getByRole('button').click();
  await expect(useHeader).toHaveAttribute('aria-sort', 'descending');
  const uses = await Promise.all((await rows.all()).slice(0, 20).map((row) => cellNumber(row, 'use')));
  expect([...uses].sort((a, b) => b - a)).toEqual(uses);
  expect(uses[0], 'the fullest element').toBeGreaterThan(100);
  await expect(rows.first().locator('td[data-col="use"] .swatch')).toHaveCSS('background-color', 'rgb(215, 48, 39)');

  // Over capacity is red on the map (the legend masked out) and in the legend.
  const redAfter = colourShare(await map.screenshot({ mask: [page.getByTestId('flow-legend')] }), over.color);
  test.info().annotations.push({ type: 'pixels', description: `over ${percent(redBefore)} → ${percent(redAfter)}` });
  await test.info().attach('over-capacity-red', { body: await page.screenshot(), contentType: 'image/png' });
  expect(redAfter - redBefore, 'red over-capacity pixels added').toBeGreaterThan(0.0001);

  // The kind filter keeps border crossings only; the search narrows them to one.
  await view.getByTestId('element-kind').selectOption('border-crossing');
  expect(await table.locator('tbody tr:not([data-kind="border-crossing"])').count()).toBe(0);
  await view.getByLabel('Search ports, terminals, crossings and service legs').fill('alashankou');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-id', 'border-crossing:alashankou_dostyk');
  await expect(count).toContainText('Showing 1 of');
  // A search that matches nothing says so.
  await view.getByLabel('Search ports, terminals, crossings and service legs').fill('no such place');
  await expect(view.getByText('No element matches “no such place”.')).toBeVisible();
});

test('a Red Sea run fits the map to the Cape; three scenarios compare side by side and trend in the element table', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Zoomed on Xiamen, as a planner leaves the map.
  await openDashboard(page, '/?view=scenarios&lang=en#map=6.00/24.5000/118.1000');
  await runScenario(page, 'red-sea-closure');
  // The map fits what changed: the Cape of Good Hope is on screen, and the camera is in the URL.
  await expect
    .poll(
      async () => {
        const b = await visibleBounds(page);
        return b.west <= CAPE[0] && CAPE[0] <= b.east && b.south <= CAPE[1] && CAPE[1] <= b.north;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  const fitted = cameraInUrl(page.url());
  test.info().annotations.push({ type: 'camera', description: JSON.stringify(fitted) });
  expect(fitted?.zoom ?? 99).toBeLessThan(6);
  await expect(page.locator(READY_MAP)).toBeVisible();
  await test.info().attach('red-sea-fit', { body: await page.screenshot(), contentType: 'image/png' });
  // Round the Cape the diverted ships' legs grew (blue), not shrank (orange): a re-routed leg is drawn on its new path
  // as a gain, its old path through the Red Sea as the loss.
  const cape = await pagePointOf(page, CAPE);
  const aroundCape = await page.screenshot({ clip: { x: cape.x - 40, y: cape.y - 40, width: 80, height: 80 } });
  test.info().annotations.push({
    type: 'cape',
    description: `grew ${percent(colourShare(aroundCape, DELTA_GREW))}, shrank ${percent(colourShare(aroundCape, DELTA_SHRANK))}`,
  });
  expect(colourShare(aroundCape, DELTA_GREW)).toBeGreaterThan(0.005);
  expect(colourShare(aroundCape, DELTA_GREW)).toBeGreaterThan(colourShare(aroundCape, DELTA_SHRANK));

  await runScenario(page, 'suez-closure');
  // Long tasks while the third run lands and the comparison draws its table and three small maps (reported only).
  await page.evaluate(() => {
    const w = window as unknown as { longTasksMs: number[] };
    w.longTasksMs = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasksMs.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
  await runScenario(page, 'malaszewicze-congestion');
  const panel = page.getByTestId('panel');
  const comparison = panel.getByTestId('scenario-comparison');
  // One column for the figures, the base and each of the three.
  await expect(comparison.getByTestId('comparison-table').locator('thead th')).toHaveCount(5);
  await expect(comparison.getByTestId('comparison-table').locator('thead th').nth(1)).toHaveText('Base');
  await expect(comparison.getByTestId('comparison-table').locator('tr[data-row="served"] td')).toHaveCount(4);
  await expect(comparison.getByTestId('comparison-table').locator('tr[data-row="changed-1"] td').nth(1)).toContainText(
    '→',
  );
  // One small map per scenario, each with the legs that changed drawn on it.
  const maps = comparison.getByTestId('comparison-map');
  await expect(maps).toHaveCount(3);
  for (const m of await maps.all()) expect(Number(await m.getAttribute('data-legs'))).toBeGreaterThan(0);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasksMs: number[] }).longTasksMs);
  test.info().annotations.push({ type: 'long tasks (third run + comparison)', description: JSON.stringify(longTasks) });
  await comparison.scrollIntoViewIfNeeded();
  await test.info().attach('comparison', { body: await comparison.screenshot(), contentType: 'image/png' });
  await maps.first().scrollIntoViewIfNeeded();
  await test.info().attach('small-maps', { body: await page.screenshot(), contentType: 'image/png' });
  // A fourth run: the latest three stay chosen, and a fourth cannot be added until one is dropped.
  await runScenario(page, 'alashankou-expansion');
  await expect(maps).toHaveCount(3);
  await expect(comparison.getByTestId('compare-pick').and(page.locator(':disabled'))).toHaveCount(1);
  await comparison.getByTestId('compare-pick').nth(1).uncheck();
  await expect(maps).toHaveCount(2);
  // Choosing again redraws the table and the three small maps: the long tasks that costs (reported only).
  await page.evaluate(() => {
    (window as unknown as { longTasksMs: number[] }).longTasksMs = [];
  });
  await comparison.getByTestId('compare-pick').first().check();
  await expect(maps).toHaveCount(3);
  await page.waitForTimeout(300);
  test.info().annotations.push({
    type: 'long tasks (re-choosing the three compared)',
    description: JSON.stringify(
      await page.evaluate(() => (window as unknown as { longTasksMs: number[] }).longTasksMs),
    ),
  });

  // The element table's trend: this view's run, then the four scenario runs.
  await page.getByRole('tab', { name: 'Corridor utilization' }).click();
  const view = page.getByTestId('utilization-view');
  await view.getByTestId('utilization-run').click();
  await expect(view.getByTestId('utilization-results')).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  const brest = view.getByTestId('element-table').locator('tbody tr[data-id="border-crossing:brest_malaszewicze"]');
  await expect(brest.locator('td[data-col="trend"] rect')).toHaveCount(5);
  const trend = ((await brest.locator('td[data-col="trend"] svg').getAttribute('data-trend')) ?? '').split(' ');
  await brest.scrollIntoViewIfNeeded();
  await test.info().attach('element-table', { body: await page.screenshot(), contentType: 'image/png' });
  expect(new Set(trend).size, 'the congestion scenario changes Małaszewicze').toBeGreaterThan(1);
});
