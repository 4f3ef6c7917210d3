import { readFileSync } from 'node:fs';
import { fujianNetwork } from '@corridor/data';
import type { Locator } from '@playwright/test';
import { UTILIZATION_CLASSES } from '../../apps/dashboard/src/views/utilization/utilization-colors';
import { expect, openDashboard, READY_MAP, test } from './dashboard-test';
import { colourShare } from './pixels';

/** A share as a percentage with three decimals: flow colours cover fractions of a percent. */
const percent = (fraction: number): string => `${(fraction * 100).toFixed(3)} %`;

/** Smallest share of the map a drawn utilization class must add: 0.01 % is ~70 pixels of the map. */
const MIN_CLASS_SHARE = 0.0001;

/** A number as a table cell shows it: "12,672", "334 TEU", "3,540 k", "99 %". */
async function cellNumber(row: Locator, column: string): Promise<number> {
  const text = ((await row.locator(`td[data-col="${column}"]`).textContent()) ?? '').trim();
  return Number(
    text
      .replaceAll(',', '')
      .replace(/[^\d.]+$/, '')
      .trim(),
  );
}

/** Brest / Małaszewicze's other traffic in the bundled dataset, as the page formats it. */
const brestBackground = (
  fujianNetwork.terminals.find((t) => t.id === 'brest_malaszewicze')?.backgroundTeuPerWeek ?? Number.NaN
).toLocaleString('en-US', { maximumFractionDigits: 0 });

test('the Corridor utilization view runs an equilibrium in the worker and draws the flows, the detail and the bottleneck', async ({
  page,
  record,
}) => {
  test.setTimeout(60_000);
  // The whole network at a world zoom: legs from Fujian to Europe, the Gulf and the Americas.
  await openDashboard(page, '/?view=utilization&lang=en#map=2.00/35.0000/60.0000');
  const map = page.getByTestId('map');
  const view = page.getByTestId('utilization-view');
  await expect(view.getByTestId('illustrative-demand')).toContainText('Modelled demand');

  const shares = (shot: Buffer) => UTILIZATION_CLASSES.map((c) => colourShare(shot, c.color));
  const before = shares(await map.screenshot());

  // Equilibrium is the default method; run it and follow the progress.
  await expect(view.getByRole('radio', { name: /Equilibrium/ })).toBeChecked();
  await view.getByTestId('utilization-run').click();
  await expect(view.getByTestId('utilization-results')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(view.getByTestId('utilization-totals')).toContainText('TEU');
  await expect(view.getByTestId('utilization-gap')).not.toHaveText('—');
  await expect(page.getByTestId('flow-legend')).toHaveAttribute('data-method', 'equilibrium');
  await expect(page.locator(READY_MAP)).toBeVisible();
  expect(page.url()).toContain('method=equilibrium');

  // The flow colours are on the map now (the legend's own swatches masked out).
  const after = shares(await map.screenshot({ mask: [page.getByTestId('flow-legend')] }));
  const added = after.map((share, k) => share - (before[k] ?? 0));
  test.info().annotations.push({
    type: 'pixels',
    description: UTILIZATION_CLASSES.map(
      (c, k) => `${c.id} ${percent(before[k] ?? 0)} → ${percent(after[k] ?? 0)}`,
    ).join(', '),
  });
  const drawnClasses = added.filter((share) => share > MIN_CLASS_SHARE).length;
  expect(drawnClasses, 'utilization classes drawn on the map').toBeGreaterThanOrEqual(2);

  // At 1200 px the legend starts collapsed; its summary opens it from the keyboard.
  const legend = page.getByTestId('flow-legend');
  await expect(legend).not.toHaveAttribute('open');
  await legend.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(legend).toHaveAttribute('open');
  await expect(legend.getByTestId('flow-legend-air')).toContainText('air: dashed');

  // Every utilization shown can be recomputed from the row's own columns, to the percent shown (± rounding).
  const crossing = view.getByTestId('crossings-table').locator('tbody tr[data-id="border-crossing:alashankou_dostyk"]');
  const [flow = Number.NaN, other = Number.NaN, capacity = Number.NaN, use = Number.NaN] = await Promise.all(
    ['flow', 'other', 'capacity', 'use'].map((column) => cellNumber(crossing, column)),
  );
  expect(other, 'Alashankou carries other traffic').toBeGreaterThan(0);
  expect(Math.abs(((flow + other) / capacity) * 100 - use)).toBeLessThanOrEqual(1);
  const corridor = view.getByTestId('corridors-table').locator('tbody tr').first();
  const [carried = Number.NaN, offered = Number.NaN, load = Number.NaN] = await Promise.all(
    ['carried-unit-km', 'offered-unit-km', 'use'].map((column) => cellNumber(corridor, column)),
  );
  expect(offered).toBeGreaterThan(0);
  expect(Math.abs((carried / offered) * 100 - load)).toBeLessThanOrEqual(1);
  await expect(view.getByTestId('crossings-table').locator('+ p')).toContainText('Use = (flow + other) ÷ capacity');

  // A port analyst ranks the crossings by flow: its header sorts the rows, largest first, then flips.
  const crossings = view.getByTestId('crossings-table');
  const flowHeader = crossings.locator('thead th').nth(1);
  await flowHeader.getByRole('button').click();
  await expect(flowHeader).toHaveAttribute('aria-sort', 'descending');
  const flows = async () =>
    Promise.all((await crossings.locator('tbody tr').all()).map((row) => cellNumber(row, 'flow')));
  const descending = await flows();
  expect(descending.length).toBeGreaterThan(2);
  expect([...descending].sort((a, b) => b - a)).toEqual(descending);
  await flowHeader.getByRole('button').click();
  await expect(flowHeader).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await flows();
  expect([...ascending].sort((a, b) => a - b)).toEqual(ascending);

  // Pick Brest / Małaszewicze in the border-crossing table: the detail with d3 stacked bars and OD pairs.
  await view.getByTestId('crossings-table').getByRole('button', { name: 'Brest / Małaszewicze' }).click();
  const detail = view.getByTestId('element-detail');
  await expect(detail).toHaveAttribute('data-status', 'done');
  await expect(detail).toHaveAttribute('data-id', 'border-crossing:brest_malaszewicze');
  await expect(detail.getByTestId('throughput-bar').first()).toBeVisible();
  expect(await detail.getByTestId('throughput-bar').count()).toBeGreaterThanOrEqual(1);
  await expect(detail.getByTestId('capacity-meter')).toBeVisible();
  await expect(detail.getByTestId('detail-ods').locator('tbody tr').first()).toContainText('→');
  // OD pairs by place name, the id as a tooltip.
  const xiamen = detail.getByTestId('detail-ods').locator('tbody td span[title="CNXMN"]').first();
  await expect(xiamen).toHaveText('Xiamen');
  await expect(page).toHaveURL(/element=border-crossing%3Abrest_malaszewicze/);

  // Bottleneck: Fujian → EU by rail only; the pickers show the regions by name.
  const bottleneck = view.getByTestId('bottleneck');
  await expect(bottleneck.getByTestId('bottleneck-from').locator('option[value="region:central-asia"]')).toHaveText(
    'Region: Central Asia',
  );
  await expect(bottleneck.getByTestId('bottleneck-to').locator('option[value="region:eu"]')).toHaveText(
    'Region: European Union',
  );
  await bottleneck.getByTestId('bottleneck-from').selectOption('region:fujian');
  await bottleneck.getByTestId('bottleneck-to').selectOption('region:eu');
  await bottleneck.locator('input[data-mode="sea"]').uncheck();
  await bottleneck.locator('input[data-mode="rail"]').check();
  await bottleneck.getByRole('button', { name: 'Find the bottleneck' }).click();
  await expect(bottleneck.getByTestId('bottleneck-value')).toContainText(/Max flow: [\d,]+ TEU per week/);
  expect(await bottleneck.getByTestId('cut-element').count()).toBeGreaterThanOrEqual(1);

  expect(record.errors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
});

test('a shared link re-runs the method and reopens the selected element', async ({ page }) => {
  await openDashboard(page, '/?view=utilization&lang=en&method=capacity&element=border-crossing:brest_malaszewicze');
  const view = page.getByTestId('utilization-view');
  await expect(view.getByTestId('utilization-results')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(view.getByRole('radio', { name: /Capacity-restrained/ })).toBeChecked();
  await expect(view.getByTestId('element-detail')).toHaveAttribute('data-id', 'border-crossing:brest_malaszewicze');
  // The detail shows Małaszewicze's other traffic, from the dataset, beside the Fujian throughput.
  await expect(view.getByTestId('background-traffic')).toContainText(`plus ${brestBackground} TEU per week of other`);
  // The downloads are made in the page.
  await expect(view.getByTestId('export-csv')).toHaveAttribute('href', /^blob:/);
  const download = page.waitForEvent('download');
  await view.getByTestId('export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('corridor-utilization-capacity.csv');
  // The file carries the other traffic beside the assigned flow: Małaszewicze's, from the dataset.
  const csv = readFileSync(await file.path(), 'utf8').split('\r\n');
  expect(csv[0]).toContain('flow_per_week,background_per_week,capacity_per_week,utilization');
  expect(csv.find((line) => line.startsWith('border-crossing:brest_malaszewicze,'))).toContain(
    `,${brestBackground.replaceAll(',', '')},`,
  );
});

test('in Chinese, OD pairs show place names and the region pickers translated regions', async ({ page }) => {
  await openDashboard(page, '/?view=utilization&lang=zh&method=aon&element=border-crossing:brest_malaszewicze');
  const view = page.getByTestId('utilization-view');
  await expect(view.getByTestId('utilization-results')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const detail = view.getByTestId('element-detail');
  await expect(detail).toHaveAttribute('data-status', 'done');
  await expect(detail.getByTestId('detail-ods').locator('span[title="CNXMN"]').first()).toHaveText('厦门');
  const from = view.getByTestId('bottleneck-from');
  await expect(from).toHaveValue('region:fujian');
  await expect(from.locator('option:checked')).toHaveText('地区：福建');
  await expect(from.locator('option[value="region:central-asia"]')).toHaveText('地区：中亚');
});
