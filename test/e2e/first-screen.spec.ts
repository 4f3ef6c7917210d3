import { MODE_COLORS } from '../../apps/dashboard/src/map/network-colors';
import { expect, openDashboard, READY_MAP, test } from './dashboard-test';

/** The chunks of the views loaded on demand (`views/<id>/<id>-components.ts`): Utilization, Scenarios, Data. */
const VIEW_CHUNK = /\/(utilization|scenarios|data)-components-[\w-]+\.js$/;

import { colourShare } from './pixels';

/** Smallest share of the map a mode must cover on the first screen: ~150 px of the 840×700 map. */
const MIN_MODE_SHARE = 0.00025;

const percent = (fraction: number): string => `${(fraction * 100).toFixed(2)} %`;

test('the first screen draws the whole network by mode (sea, rail, road, air) with its legend and the modes named', async ({
  page,
}) => {
  await openDashboard(page, '/');
  const legend = page.getByTestId('first-screen-legend');
  await expect(legend).toBeVisible();
  await expect(page.locator(READY_MAP)).toBeVisible();
  for (const name of ['Sea', 'Rail', 'Road links', 'Air', 'Terminals']) {
    await expect(legend.getByRole('checkbox', { name, exact: true })).toBeChecked();
  }
  const card = page.getByTestId('first-screen');
  await expect(card).toContainText('sea, rail, road and air');
  // The Route planner's intro names the four modes too (it said "sea, rail and road").
  await expect(page.getByTestId('route-view')).toContainText('by sea, rail, road and air');

  // The legend's swatches and the card are masked: only what the map drew counts.
  const shot = await page.getByTestId('map').screenshot({ mask: [legend, card] });
  await page.screenshot({ path: test.info().outputPath('first-screen.png') });
  const shares = {
    sea: colourShare(shot, MODE_COLORS.sea),
    rail: colourShare(shot, MODE_COLORS.rail),
    road: colourShare(shot, MODE_COLORS.road),
    air: colourShare(shot, MODE_COLORS.air),
  };
  test.info().annotations.push({
    type: 'pixels',
    description: Object.entries(shares)
      .map(([mode, share]) => `${mode} ${percent(share)}`)
      .join(', '),
  });
  expect(shares.sea, 'sea services').toBeGreaterThan(MIN_MODE_SHARE);
  expect(shares.rail, 'rail services').toBeGreaterThan(MIN_MODE_SHARE);
  expect(shares.road, 'road links').toBeGreaterThan(MIN_MODE_SHARE);
  // Air arcs are dashed and thin.
  expect(shares.air, 'air services').toBeGreaterThan(MIN_MODE_SHARE / 2);

  // Unticking a mode in the legend takes its colour off the map.
  await legend.getByRole('checkbox', { name: 'Rail', exact: true }).uncheck();
  await expect(page.locator(READY_MAP)).toBeVisible();
  const withoutRail = colourShare(await page.getByTestId('map').screenshot({ mask: [legend, card] }), MODE_COLORS.rail);
  expect(withoutRail).toBeLessThan(shares.rail / 3);
});

test('the first screen is in Chinese too', async ({ page }) => {
  await openDashboard(page, '/?lang=zh');
  await expect(page.getByTestId('first-screen')).toContainText('海运、铁路、公路与航空');
  await expect(page.getByTestId('route-view')).toContainText('海运、铁路、公路和航空');
  await expect(page.getByTestId('first-screen-legend')).toContainText('公路连接');
});

test('the worked example opens Xiamen → Duisburg in the Route planner: sea, rail and air side by side, without a reload', async ({
  page,
}) => {
  await openDashboard(page, '/');
  // A marker on the page: a reload would drop it.
  await page.evaluate(() => {
    (window as unknown as { firstScreenMarker: boolean }).firstScreenMarker = true;
  });
  const example = page.getByTestId('worked-example');
  await expect(example).toHaveAttribute('href', /from=CNXMN&to=DEDUI/);
  await example.click();

  const rows = page.getByTestId('route-option');
  await expect(rows).toHaveCount(3, { timeout: 20_000 });
  // Each option's chain of modes, the first being its main one (the others are trucking at the ends).
  const mainModes = await Promise.all(
    (await rows.all()).map((row) => row.locator('[data-cell="modes"] .mode').first().textContent()),
  );
  expect(mainModes.sort()).toEqual(['Air', 'Rail', 'Sea']);
  await expect(page.getByRole('combobox', { name: 'Origin' })).toHaveValue('Xiamen');
  await expect(page.getByRole('combobox', { name: 'Destination' })).toHaveValue('Duisburg');
  await expect(page).toHaveURL(/[?&]from=CNXMN&to=DEDUI&obj=balanced&teu=1&alt=3/);
  expect(await page.evaluate(() => (window as unknown as { firstScreenMarker?: boolean }).firstScreenMarker)).toBe(
    true,
  );

  // The route is drawn: the network and the card give way to it.
  await expect(page.getByTestId('first-screen')).toHaveCount(0);
  await expect(page.getByTestId('first-screen-legend')).toHaveCount(0);
  await expect(page.locator(READY_MAP)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('worked-example.png') });
});

test('a first visit fetches no other view until the map is ready, then prefetches them when idle, so a tab opens at once', async ({
  page,
}) => {
  // When the map first turns ready, on the page's own clock (Playwright's polling would see it later).
  await page.addInitScript(() => {
    new MutationObserver((_mutations, observer) => {
      if (document.querySelector('[data-testid="map"][data-ready="true"]') === null) return;
      (window as unknown as { mapReadyAtMs: number }).mapReadyAtMs = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await openDashboard(page, '/');
  const viewChunks = () =>
    page.evaluate(
      (pattern) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new RegExp(pattern).test(entry.name))
          .map((entry) => ({ url: entry.name, startMs: entry.startTime })),
      VIEW_CHUNK.source,
    );
  await expect.poll(async () => (await viewChunks()).length, { message: 'the three views prefetched' }).toBe(3);
  const mapReadyAtMs = await page.evaluate(() => (window as unknown as { mapReadyAtMs: number }).mapReadyAtMs);
  for (const chunk of await viewChunks()) {
    expect(chunk.startMs, `${chunk.url} fetched after the map was ready`).toBeGreaterThan(mapReadyAtMs);
  }
  // Prefetched: the tab shows its panel without a loading state.
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await expect(page.getByTestId('view-loading')).toHaveCount(0);
  await expect(page.getByTestId('panel').locator('input[value="red-sea-closure"]')).toBeVisible();
});

test('a deep link to a view says it is loading while its chunk arrives, and says so in Chinese if it cannot', async ({
  page,
  record,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(VIEW_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?view=utilization');
  await expect(page.getByTestId('view-loading')).toHaveText('Loading this view…');
  release();
  await expect(page.getByTestId('utilization-view')).toBeVisible();
  await expect(page.getByTestId('view-loading')).toHaveCount(0);

  await page.unroute(VIEW_CHUNK);
  await page.route(VIEW_CHUNK, (route) => route.abort());
  await page.goto('/?view=data&lang=zh');
  await expect(page.getByTestId('panel').getByRole('alert')).toHaveText('无法加载此视图。请重新加载页面后重试。');
  // The aborted requests are this test's doing, not the page's errors.
  const aborted = record.errors.filter((error) => /Failed to load resource|dynamically imported module/.test(error));
  expect(aborted.length).toBeGreaterThan(0);
  record.errors.splice(0, record.errors.length, ...record.errors.filter((error) => !aborted.includes(error)));
});
