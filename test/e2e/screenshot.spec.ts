import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LAND_COLOR, SEA_COLOR } from '../../apps/dashboard/src/map/basemap-colors';
import { expect, openDashboard, test } from './dashboard-test';
import { colourShare, percent } from './pixels';

/** Where the README's screenshot lives; rewritten only with UPDATE_SCREENSHOT=1. */
const README_SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

test('the README screenshot shows the header, the Data panel, and a map of sea, land and borders', async ({ page }) => {
  await openDashboard(page, '/?view=data&lang=en#map=4.00/24.5000/119.5000');
  await expect(page.getByTestId('source').first()).toBeVisible();

  const shot = await page.screenshot();
  const sea = colourShare(shot, SEA_COLOR);
  const land = colourShare(shot, LAND_COLOR);
  test.info().annotations.push({
    type: 'pixels',
    description: `page: sea ${percent(sea)}, land ${percent(land)}, ${shot.length} bytes`,
  });
  expect(shot.length, 'PNG size in bytes').toBeLessThanOrEqual(300_000);
  expect(sea).toBeGreaterThan(0.1);
  expect(land).toBeGreaterThan(0.1);

  if (process.env.UPDATE_SCREENSHOT === '1') writeFileSync(README_SCREENSHOT, shot);
});
