import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LAND_COLOR, SEA_COLOR } from '../../apps/dashboard/src/map/basemap-colors';
import { MODE_COLORS } from '../../apps/dashboard/src/map/network-colors';
import { expect, openDashboard, test, waitForNetwork } from './dashboard-test';
import { colourShare, percent } from './pixels';

/** Where the README's screenshot lives; rewritten only with UPDATE_SCREENSHOT=1. */
const README_SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

/** East Asia around Fujian: the rail lines inland, the sea lanes south and east, the air arcs leaving the region. */
const README_VIEW = '/?view=data&lang=en#map=3.40/27.0000/112.0000';

test('the README screenshot shows the header, the Data panel, and the network on a map of sea, land and borders', async ({
  page,
}) => {
  await openDashboard(page, README_VIEW);
  await waitForNetwork(page);
  await expect(page.getByTestId('terminal-row').first()).toBeVisible();

  const shot = await page.screenshot();
  const sea = colourShare(shot, SEA_COLOR);
  const land = colourShare(shot, LAND_COLOR);
  const modes = Object.entries(MODE_COLORS).map(([mode, colour]) => `${mode} ${percent(colourShare(shot, colour))}`);
  test.info().annotations.push({
    type: 'pixels',
    description: `page: sea ${percent(sea)}, land ${percent(land)}, ${modes.join(', ')}; ${shot.length} bytes`,
  });
  expect(shot.length, 'PNG size in bytes').toBeLessThanOrEqual(300_000);
  expect(sea).toBeGreaterThan(0.1);
  expect(land).toBeGreaterThan(0.1);
  for (const mode of ['sea', 'rail', 'air'] as const) {
    expect(colourShare(shot, MODE_COLORS[mode]), `${mode} legs`).toBeGreaterThan(0.0005);
  }

  if (process.env.UPDATE_SCREENSHOT === '1') writeFileSync(README_SCREENSHOT, shot);
});
