import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator } from '@playwright/test';
import { LAND_COLOR, SEA_COLOR } from '../../apps/dashboard/src/map/basemap-colors';
import { MODE_COLORS } from '../../apps/dashboard/src/map/network-colors';
import { expect, openDashboard, READY_MAP, test } from './dashboard-test';
import { colourShare, percent } from './pixels';

/** Where the README's screenshot lives; rewritten only with UPDATE_SCREENSHOT=1. */
const README_SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

/** Xiamen → Duisburg, 2 TEU, balanced with the default weights, three alternatives: the planner runs it on load. */
const README_VIEW = '/?view=route&lang=en&from=CNXMN&to=DEDUI&obj=balanced&teu=2&alt=3&vot=50&cp=100&sel=0';

/** The header's background (`--accent` in app.css). */
const HEADER_COLOR = '#1d3557';

/** Space left above the Pareto chart once the side panel is scrolled to it, px. */
const SCROLL_MARGIN = 12;

/** The box of an element, relative to the page. */
async function box(locator: Locator): Promise<{ top: number; bottom: number; left: number; right: number }> {
  const found = await locator.boundingBox();
  if (found === null) throw new Error('screenshot: element not rendered');
  return { top: found.y, bottom: found.y + found.height, left: found.x, right: found.x + found.width };
}

test('the README screenshot shows the Route planner: Xiamen → Duisburg by rail on the map, the Pareto chart and the timeline', async ({
  page,
}) => {
  await openDashboard(page, README_VIEW);

  // Select the CR Express option (a road–rail–road chain), whatever its rank.
  const rows = page.getByTestId('route-option');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
  const rail = rows.filter({ has: page.locator('[data-cell="modes"]', { hasText: 'Rail' }) }).first();
  await rail.getByRole('button').click();
  await expect(rail).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('[data-testid="timeline-leg"][data-mode="rail"]')).toHaveCount(1);
  await expect(page.getByTestId('timeline-dwell')).not.toHaveCount(0);

  // The map fits the route: the rail line, across Eurasia, drawn once MapLibre is idle.
  const map = page.getByTestId('map');
  await expect
    .poll(async () => {
      await expect(page.locator(READY_MAP)).toBeVisible();
      return colourShare(await map.screenshot(), MODE_COLORS.rail);
    })
    .toBeGreaterThan(0.002);

  // The side panel scrolled to the results: the Pareto chart at the top, the timeline under it, neither cut off.
  const panel = page.getByTestId('panel');
  const chart = page.getByTestId('pareto-chart');
  const timeline = page.getByTestId('itinerary-timeline');
  await chart.evaluate((figure, margin) => {
    const scroller = figure.closest('[data-testid="panel"]');
    if (scroller === null) return;
    scroller.scrollTop += figure.getBoundingClientRect().top - scroller.getBoundingClientRect().top - margin;
  }, SCROLL_MARGIN);
  const view = await box(panel);
  for (const [name, part] of [
    ['Pareto chart', chart],
    ['timeline', timeline],
  ] as const) {
    const inside = await box(part);
    expect(inside.top, `${name} top`).toBeGreaterThanOrEqual(view.top);
    expect(inside.bottom, `${name} bottom`).toBeLessThanOrEqual(view.bottom);
    expect(inside.right, `${name} right`).toBeLessThanOrEqual(view.right);
  }
  await expect(page.locator('[data-testid="pareto-point"][data-selected="true"]')).toHaveCount(1);
  await expect(page.locator(READY_MAP)).toBeVisible();

  const header = page.locator('header');
  await expect(header.getByRole('heading', { name: 'Corridor' })).toBeVisible();
  const headerShot = await page.screenshot({ clip: { x: 0, y: 0, width: 1200, height: (await box(header)).bottom } });
  const shot = await page.screenshot();
  const sea = colourShare(shot, SEA_COLOR);
  const land = colourShare(shot, LAND_COLOR);
  const railShare = colourShare(shot, MODE_COLORS.rail);
  const headerShare = colourShare(headerShot, HEADER_COLOR);
  test.info().annotations.push({
    type: 'pixels',
    description: `page: sea ${percent(sea)}, land ${percent(land)}, rail ${percent(railShare)}; header ${percent(headerShare)}; ${shot.length} bytes`,
  });
  expect(shot.length, 'PNG size in bytes').toBeLessThanOrEqual(300_000);
  expect(sea).toBeGreaterThan(0.1);
  expect(land).toBeGreaterThan(0.1);
  expect(railShare, 'the rail route').toBeGreaterThan(0.002);
  expect(headerShare, 'the header').toBeGreaterThan(0.5);

  if (process.env.UPDATE_SCREENSHOT === '1') writeFileSync(README_SCREENSHOT, shot);
});
