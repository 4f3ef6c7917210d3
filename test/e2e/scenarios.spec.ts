import { DELTA_GREW, DELTA_SHRANK } from '../../apps/dashboard/src/map/delta-colors';
import { expect, openDashboard, READY_MAP, test } from './dashboard-test';
import { colourShare, percent } from './pixels';

test('the Scenarios view runs red-sea-closure with an assignment: summary, routes, mode shares', async ({ page }) => {
  test.setTimeout(60_000);
  await openDashboard(page, '/?view=route&lang=en#map=2.00/35.0000/60.0000');
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  const panel = page.getByTestId('panel');
  const map = page.getByTestId('map');
  await expect(page.locator(READY_MAP)).toBeVisible();
  const shares = (shot: Buffer) => [colourShare(shot, DELTA_GREW), colourShare(shot, DELTA_SHRANK)];
  const before = shares(await map.screenshot());
  await panel.locator('input[value="red-sea-closure"]').check();
  await panel.getByRole('checkbox', { name: /assignment/ }).check();
  await panel.getByRole('button', { name: 'Run scenario' }).click();

  await expect(panel.getByTestId('scenario-summary')).toContainText('cape-of-good-hope', { timeout: 30_000 });
  const row = panel.getByTestId('scenario-routes').locator('tr[data-route="Xiamen → Rotterdam"]');
  await expect(row).toBeVisible();
  const daysBefore = Number(await row.locator('[data-side="before"]').first().textContent());
  const daysAfter = Number(await row.locator('[data-side="after"]').first().textContent());
  expect(daysAfter).toBeGreaterThan(daysBefore);
  expect(await panel.getByTestId('mode-share-chart').locator('rect').count()).toBeGreaterThan(1);

  // The delta map: legs that grew and legs that shrank, in their colours (the legend masked out).
  await expect(page.getByTestId('delta-legend')).toBeVisible();
  await expect(page.locator(READY_MAP)).toBeVisible();
  const drawn = shares(await map.screenshot({ mask: [page.getByTestId('delta-legend')] }));
  test.info().annotations.push({
    type: 'pixels',
    description: `grew ${percent(before[0] ?? 0)} → ${percent(drawn[0] ?? 0)}, shrank ${percent(before[1] ?? 0)} → ${percent(drawn[1] ?? 0)}`,
  });
  expect(drawn[0] ?? 0).toBeGreaterThan((before[0] ?? 0) + 0.0001);
  expect(drawn[1] ?? 0).toBeGreaterThan((before[1] ?? 0) + 0.0001);
});
