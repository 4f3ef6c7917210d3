import type { Page } from '@playwright/test';
import { HIGHLIGHT_COLOR, MODE_COLORS } from '../../apps/dashboard/src/map/network-colors';
import { expect, openDashboard, READY_MAP, test } from './dashboard-test';
import { colourShare } from './pixels';

/** Smallest share of the map the drawn route must cover in its rail colour: ~300 px of the 840×700 map. */
const MIN_ROUTE_SHARE = 0.0005;

/** The worker's timings as the panel reports them: route ms, Pareto ms. */
const WORKER_MS = /route ([\d.]+) ms, Pareto front ([\d.]+) ms/;

/** Number cells: digits with thousands separators and decimals. */
const FIGURE = /^\d[\d,]*(\.\d+)?$/;

/** Picks an endpoint in a combobox by typing and choosing the first match with the keyboard. */
async function pick(page: Page, label: 'Origin' | 'Destination', text: string, expected: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  await expect(page.getByRole('option').first()).toContainText(expected);
  await box.press('Enter');
  await expect(box).toHaveValue(expected);
}

/** The map's share of pixels in the rail colour and in the route casing's colour, once the map is idle. */
async function routeShares(page: Page): Promise<{ rail: number; casing: number }> {
  await expect(page.locator(READY_MAP)).toBeVisible();
  const shot = await page.getByTestId('map').screenshot();
  return { rail: colourShare(shot, MODE_COLORS.rail), casing: colourShare(shot, HIGHLIGHT_COLOR) };
}

test('plans Xiamen → Duisburg: options table, Pareto chart, timeline and the route on the map; a reload restores it', async ({
  page,
}) => {
  await openDashboard(page, '/?view=route&lang=en');
  await expect(page.getByRole('tab', { name: 'Route planner' })).toHaveAttribute('aria-selected', 'true');
  const before = await routeShares(page);

  await pick(page, 'Origin', 'xiamen', 'Xiamen');
  await pick(page, 'Destination', '杜伊斯堡', 'Duisburg');
  await page.getByLabel('Shipment size').fill('2');
  await page.getByRole('radio', { name: 'Balanced' }).check();
  await expect(page.getByRole('slider', { name: /Value of time/ })).toBeVisible();
  await page.getByRole('button', { name: 'Find routes' }).click();

  // The options table: at least two rows, each with figures for days, USD and CO2e; the first selected.
  const rows = page.getByTestId('route-option');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
  // "3 alternatives" shows at most 3 options (issue 13).
  expect(await rows.count()).toBeLessThanOrEqual(3);
  for (const row of await rows.all()) {
    for (const cell of ['days', 'usd', 'co2']) {
      await expect(row.locator(`[data-cell="${cell}"]`)).toHaveText(FIGURE);
    }
  }
  await expect(rows.first()).toHaveAttribute('data-selected', 'true');

  // The Pareto chart: at least two points, one highlighted.
  const points = page.getByTestId('pareto-point');
  expect(await points.count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('[data-testid="pareto-point"][data-selected="true"]')).toHaveCount(1);

  // The timeline: a bar per ride, the rail ride among them (the best balanced route is by CR Express).
  await expect(page.locator('[data-testid="timeline-leg"]').first()).toBeVisible();
  await expect(page.locator('[data-testid="timeline-leg"][data-mode="rail"]')).not.toHaveCount(0);
  await expect(page.getByTestId('route-timing')).toContainText(/route \d+(\.\d)? ms/);

  // The selected route's CO2e split as ISO 14083 reports it: transport WTW, TTW and WTT; hubs WTW only.
  const emissions = page.getByTestId('route-emissions');
  await expect(emissions.getByRole('columnheader', { name: 'Tank-to-wheel' })).toBeVisible();
  await expect(emissions.locator('[data-row="transport"] td')).toHaveText([FIGURE, FIGURE, FIGURE]);
  await expect(emissions.locator('[data-row="perTeuKm"] td')).toHaveText([FIGURE, FIGURE, FIGURE]);
  await expect(emissions.locator('[data-row="hubs"] td')).toHaveText([FIGURE, '—', '—']);

  // The route on the map, by pixels: the rail colour and the casing appear once it is drawn and fitted.
  await expect.poll(async () => (await routeShares(page)).rail).toBeGreaterThan(MIN_ROUTE_SHARE);
  const after = await routeShares(page);
  test.info().annotations.push({
    type: 'pixels',
    description: `rail colour ${(before.rail * 100).toFixed(3)} % → ${(after.rail * 100).toFixed(3)} %, casing ${(before.casing * 100).toFixed(3)} % → ${(after.casing * 100).toFixed(3)} %`,
  });
  // Before a route the first screen draws the whole network, rail included: the route's dark casing tells it.
  expect(after.casing).toBeGreaterThan(before.casing + MIN_ROUTE_SHARE);

  // Select another option by keyboard: the chart follows, and the URL keeps the query and the selection.
  await rows.first().getByRole('button').focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('[data-testid="pareto-point"][data-selected="true"]')).toHaveCount(1);
  await expect(page).toHaveURL(/from=CNXMN&to=DEDUI&obj=balanced&teu=2&alt=3&vot=50&cp=100&sel=1/);
  const secondDays = await rows.nth(1).locator('[data-cell="days"]').textContent();

  await page.reload();
  await expect(page.getByTestId('route-option').nth(1)).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('route-option').nth(1).locator('[data-cell="days"]')).toHaveText(secondDays ?? '');
  await expect(page.getByRole('combobox', { name: 'Origin' })).toHaveValue('Xiamen');
  await expect(page.getByRole('combobox', { name: 'Destination' })).toHaveValue('Duisburg');
  await expect(page.getByLabel('Shipment size')).toHaveValue('2');
  await expect(page.getByRole('radio', { name: 'Balanced' })).toBeChecked();
  await expect.poll(async () => (await routeShares(page)).casing).toBeGreaterThan(MIN_ROUTE_SHARE);
});

test('the balanced weights re-run the query as the sliders move, in the worker', async ({ page }) => {
  await openDashboard(page, '/?view=route&lang=en&from=CNXMN&to=DEDUI&obj=balanced&teu=2&alt=3&vot=50&cp=100&sel=0');
  const timing = page.getByTestId('route-timing');
  await expect(page.getByTestId('route-option').first()).toBeVisible();
  const first = WORKER_MS.exec((await timing.textContent()) ?? '');

  // Keys in quick succession: one re-run once the slider rests, no click on "Find routes".
  const slider = page.getByRole('slider', { name: /Value of time/ });
  await slider.focus();
  await slider.press('End');
  for (let step = 0; step < 5; step++) await slider.press('ArrowLeft');
  await expect(slider).toHaveValue('1950');
  await expect(page).toHaveURL(/obj=balanced&teu=2&alt=3&vot=1950&cp=100&sel=0/);
  await expect(page.getByTestId('route-option').first()).toBeVisible();
  await expect(page.locator('.results')).toHaveAttribute('data-status', 'done');

  await page.getByRole('slider', { name: /Carbon price/ }).press('Home');
  await expect(page).toHaveURL(/vot=1950&cp=0&sel=0/);
  await expect(page.locator('.results')).toHaveAttribute('data-status', 'done');
  const rerun = WORKER_MS.exec((await timing.textContent()) ?? '');
  test.info().annotations.push({
    type: 'worker',
    description: `first query: route ${first?.[1]} ms, Pareto ${first?.[2]} ms; slider re-run: route ${rerun?.[1]} ms, Pareto ${rerun?.[2]} ms`,
  });
  // Both answered, each with its worker time (reported above, not compared: timings flake on a shared machine). That a
  // re-run with other weights reuses the compiled graph is counted, not timed, by the engine's unit test ("passes the
  // balanced weights per query on the same compiled graph", apps/dashboard/src/engine/create-engine.test.ts).
  expect(Number(first?.[1])).toBeGreaterThanOrEqual(0);
  expect(Number(rerun?.[1])).toBeGreaterThanOrEqual(0);
});

test('no route: the reason and the relaxation, which one click applies', async ({ page }) => {
  await openDashboard(
    page,
    // Rotterdam has its own seaport, so by sea alone only the closures block it (Duisburg would need a truck).
    '/?view=route&lang=en&from=CNXMN&to=NLRTM&obj=cost&teu=1&modes=sea&avoid=suez,cape-of-good-hope,panama&alt=3&sel=0',
  );
  const notice = page.getByTestId('no-route');
  await expect(notice).toContainText('every sea path uses');
  await expect(page.getByTestId('relaxation')).toHaveText(/^Allowing the Suez Canal gives a route of \d+\.\d days\.$/);
  await expect(page.getByTestId('route-option')).toHaveCount(0);

  await notice.getByRole('button', { name: 'Apply and search again' }).click();
  await expect(page.getByTestId('route-option').first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Suez Canal' })).not.toBeChecked();
  await expect(page.getByTestId('route-passages')).toContainText('Suez Canal');
  await expect(page).toHaveURL(/avoid=cape-of-good-hope%2Cpanama&/);
});

test('a bad query is reported in the form, in Chinese too, and nothing crashes', async ({ page }) => {
  await openDashboard(page, '/?view=route&lang=zh');
  await page.getByRole('button', { name: '查找路线' }).click();
  await expect(page.getByRole('alert')).toContainText('请选择起点。');

  await page.getByRole('combobox', { name: '起点' }).fill('Atlantis');
  await page.getByRole('combobox', { name: '终点' }).fill('DEDUI');
  await page.getByRole('button', { name: '查找路线' }).click();
  await expect(page.getByTestId('route-error')).toContainText('Atlantis');
});
