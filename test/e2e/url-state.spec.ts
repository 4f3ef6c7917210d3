import { LAND_COLOR, SEA_COLOR } from '../../apps/dashboard/src/map/basemap-colors';
import { E2E_ORIGIN } from '../e2e-origin.js';
import { cameraInUrl, DEFAULT_URL_SUFFIX, expect, openDashboard, READY_MAP, test } from './dashboard-test';
import { colourShare, differingShare, percent } from './pixels';

test('a reload restores the chosen view and the map position set with the keyboard', async ({ page }) => {
  await openDashboard(page, '/');
  const map = page.getByTestId('map');
  const atDefault = await map.screenshot();
  const historyLength = await page.evaluate(() => window.history.length);

  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await expect(page).toHaveURL(/\?view=scenarios&lang=en#/);

  // MapLibre's keyboard handler: "=" zooms in one level, arrows pan 100 px. Clicking focuses the canvas.
  await page.locator('canvas.maplibregl-canvas').click();
  await page.keyboard.press('Equal');
  await expect(page).toHaveURL(/#map=5\.00\//);
  await expect(page.locator(READY_MAP)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).not.toHaveURL(/#map=5\.00\/24\.5000\/119\.5000$/);
  await expect(page.locator(READY_MAP)).toBeVisible();

  // The URL follows the map by replacing the history entry, never by adding one.
  expect(await page.evaluate(() => window.history.length)).toBe(historyLength);
  const movedUrl = page.url();
  const moved = cameraInUrl(movedUrl);
  expect(moved?.zoom).toBe(5);
  expect(moved?.longitudeDeg).toBeGreaterThan(119.5);
  const beforeReload = await map.screenshot();

  await page.reload();
  await expect(page.locator(READY_MAP)).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Scenarios' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('panel')).toHaveAttribute('data-view', 'scenarios');

  // The URL is rewritten from the map's own camera once it has loaded, so it proves where the map is.
  const restored = cameraInUrl(page.url());
  expect(restored).not.toBeNull();
  expect(restored?.zoom).toBeCloseTo(moved?.zoom ?? Number.NaN, 2);
  expect(restored?.latitudeDeg).toBeCloseTo(moved?.latitudeDeg ?? Number.NaN, 3);
  expect(restored?.longitudeDeg).toBeCloseTo(moved?.longitudeDeg ?? Number.NaN, 3);

  // And the picture agrees: same as before the reload, different from the default view.
  const afterReload = await map.screenshot();
  const changedByReload = differingShare(beforeReload, afterReload);
  const changedByMove = differingShare(atDefault, beforeReload);
  test.info().annotations.push({
    type: 'pixels',
    description: `differing after reload ${percent(changedByReload)}, after moving ${percent(changedByMove)}`,
  });
  expect(changedByReload).toBeLessThan(0.01);
  expect(changedByMove).toBeGreaterThan(0.05);
});

test('an invalid URL falls back to the defaults silently, with the map ready', async ({ page, record }) => {
  await openDashboard(page, '/?view=nope#map=abc/NaN/999');
  expect(page.url()).toBe(`${E2E_ORIGIN}${DEFAULT_URL_SUFFIX}`);
  await expect(page.getByRole('tab', { name: 'Route planner' })).toHaveAttribute('aria-selected', 'true');
  const shot = await page.getByTestId('map').screenshot();
  expect(colourShare(shot, SEA_COLOR)).toBeGreaterThan(0.15);
  expect(colourShare(shot, LAND_COLOR)).toBeGreaterThan(0.15);
  expect(record.errors).toEqual([]);
  expect(record.warnings).toEqual([]);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a shared link opens the named view, language and map position', async ({ page }) => {
  await openDashboard(page, '/?view=utilization&lang=zh#map=6.00/25.0000/121.0000');
  await expect(page.getByRole('tab', { name: '通道利用率' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator(READY_MAP)).toBeVisible();
  expect(cameraInUrl(page.url())).toEqual({ zoom: 6, latitudeDeg: 25, longitudeDeg: 121 });
});

test('editing the URL fragment moves the map without reloading', async ({ page }) => {
  await openDashboard(page, '/');
  const before = await page.getByTestId('map').screenshot();
  await page.evaluate(() => {
    window.location.hash = 'map=6.00/25.0000/121.0000';
  });
  await expect
    .poll(async () => differingShare(before, await page.getByTestId('map').screenshot()))
    .toBeGreaterThan(0.05);
  await expect(page.locator(READY_MAP)).toBeVisible();
  expect(cameraInUrl(page.url())).toEqual({ zoom: 6, latitudeDeg: 25, longitudeDeg: 121 });
});

test('the first screen’s worked example is a link like any other: opened in a new tab, it plans the same three options', async ({
  page,
  context,
}) => {
  await openDashboard(page, '/?lang=en');
  const href = await page.getByTestId('worked-example').getAttribute('href');
  expect(href).toMatch(/^\?view=route&lang=en&from=CNXMN&to=DEDUI&obj=balanced&teu=1&alt=3&vot=50&cp=100&sel=0#map=/);
  const tab = await context.newPage();
  await openDashboard(tab, `/${href ?? ''}`);
  await expect(tab.getByTestId('route-option')).toHaveCount(3, { timeout: 20_000 });
  await expect(tab.getByTestId('first-screen')).toHaveCount(0);
  await tab.close();
});
