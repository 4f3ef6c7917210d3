import { DELTA_GREW } from '../../apps/dashboard/src/map/delta-colors';
import { MODE_COLORS } from '../../apps/dashboard/src/map/network-colors';
import { expect, openDashboard, test } from './dashboard-test';
import { colourShare, percent } from './pixels';

test('red-sea-closure with an assignment: the mode-split and corridor charts are drawn, and read in Chinese', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openDashboard(page, '/?view=route&lang=en');
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  const panel = page.getByTestId('panel');
  await panel.locator('input[value="red-sea-closure"]').check();
  await panel.getByRole('checkbox', { name: /assignment/ }).check();
  await panel.getByRole('button', { name: 'Run scenario' }).click();
  await expect(panel.getByTestId('scenario-summary')).toContainText('the Cape of Good Hope', { timeout: 30_000 });

  const modeSplit = panel.getByRole('img', { name: /^Mode split/ });
  const corridors = panel.getByRole('img', { name: /^Container corridors, by change/ });
  await expect(modeSplit).toBeVisible();
  await expect(corridors).toBeVisible();
  expect(await modeSplit.locator('rect[data-side="after"]').count()).toBeGreaterThan(1);
  expect(await corridors.locator('rect[data-side="after"]').count()).toBeGreaterThan(1);
  // Pixels in the charts' colours: sea blue in the mode split, "grew" blue in the corridors (rail gains).
  const seaShare = colourShare(await modeSplit.screenshot(), MODE_COLORS.sea);
  const grewShare = colourShare(await corridors.screenshot(), DELTA_GREW);
  test.info().annotations.push({ type: 'pixels', description: `sea ${percent(seaShare)}, grew ${percent(grewShare)}` });
  expect(seaShare).toBeGreaterThan(0.01);
  expect(grewShare).toBeGreaterThan(0.002);
  // Air cargo corridors (tonnes) get their own chart: TEU and tonnes never share an axis.
  const air = panel.getByRole('img', { name: /^Air cargo corridors, by change/ });
  await expect(air).toBeVisible();
  await expect(air).toContainText('Air cargo carried per week (tonnes)');
  await expect(corridors.locator('g[data-corridor]')).not.toHaveCount(0);
  for (const id of await air
    .locator('g[data-corridor]')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-corridor'))))
    await expect(corridors.locator(`g[data-corridor="${id}"]`)).toHaveCount(0);

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(panel.getByTestId('scenario-summary')).toContainText('厦门 → 鹿特丹（海运）');
  await expect(panel.getByTestId('scenario-summary')).toContainText('好望角');
  await expect(panel.getByRole('heading', { name: '运输方式结构（前后对比）' })).toBeVisible();
  await expect(panel.getByRole('img', { name: /^运输方式结构/ })).toBeVisible();
  await expect(panel.getByTestId('scenario-routes')).toContainText('苏伊士运河');
});
