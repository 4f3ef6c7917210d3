import { LAND_COLOR, SEA_COLOR } from '../../apps/dashboard/src/map/basemap-colors';
import { E2E_ORIGIN } from '../e2e-origin.js';
import {
  ALL_MAP_WARM_UPS,
  DEFAULT_URL_SUFFIX,
  expect,
  openDashboard,
  READY_MAP,
  test,
  waitForMapWarmUp,
} from './dashboard-test';
import { colourShare, percent } from './pixels';

test('the map draws sea and land from the offline basemap, with no console error and no request off 127.0.0.1', async ({
  page,
  record,
}) => {
  await openDashboard(page, '/');

  const shot = await page.getByTestId('map').screenshot();
  const sea = colourShare(shot, SEA_COLOR);
  const land = colourShare(shot, LAND_COLOR);
  test.info().annotations.push({ type: 'pixels', description: `sea ${percent(sea)}, land ${percent(land)}` });
  expect(sea, 'share of sea-coloured pixels').toBeGreaterThan(0.15);
  expect(land, 'share of land-coloured pixels').toBeGreaterThan(0.15);

  expect(page.url()).toBe(`${E2E_ORIGIN}${DEFAULT_URL_SUFFIX}`);
  expect(record.requests.length).toBeGreaterThan(3);
  expect(record.requests.filter((url) => url.endsWith('/favicon.ico'))).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
  expect(record.errors).toEqual([]);
});

test('the map zoom buttons zoom the map in and out by one level', async ({ page }) => {
  await openDashboard(page, '/');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/#map=5\.00\/24\.5000\/119\.5000$/);
  await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page).toHaveURL(/#map=4\.00\/24\.5000\/119\.5000$/);
});

test('under software compositing (the e2e flags) the warm-up is skipped: its frame would cost more than it saves', async ({
  page,
}) => {
  await page.goto('/?view=route&lang=en');
  await page.waitForSelector(READY_MAP);
  await waitForMapWarmUp(page);
  const marker = page.getByTestId('map-warm-up');
  await expect(marker).toHaveAttribute('data-skipped', String(ALL_MAP_WARM_UPS));
  await expect(marker).toHaveAttribute('data-drawn', '0');
});
