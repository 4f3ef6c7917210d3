/**
 * A planner's route view (issue 17, point 3): local arrival times of a dated query, the cost of each leg with its
 * rate's date and source, a via, FEU boxes and reefers costed from their sources, the options as CSV, a one-page printed route sheet, a wide panel at
 * desktop widths, headers in words, and messages that go when their fields are cleared.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, openDashboard, test } from './dashboard-test';

/** A dated rail query from Xiamen to Duisburg, one option, run from the URL. */
const DATED_RAIL = '/?view=route&lang=en&from=CNXMN&to=DEDUI&obj=time&teu=1&modes=rail,road&depart=2026-12-01&alt=1';

/** The whole-USD figure of a cell, as a number. */
async function usd(page: Page, selector: string): Promise<number> {
  return Number(((await page.locator(selector).first().textContent()) ?? '').replace(/,/g, ''));
}

test('a dated query shows each leg departing and arriving in local time, with the zone named', async ({ page }) => {
  await openDashboard(page, DATED_RAIL);
  const rows = page.locator('[data-testid="leg-row"][data-kind="leg"]');
  await expect(rows.first()).toBeVisible();
  // Xiamen is in China Standard Time; Duisburg in Central European Time, in December without summer time.
  await expect(rows.first().locator('[data-cell="departs"]')).toContainText('GMT+8');
  await expect(rows.last().locator('[data-cell="arrives"]')).toContainText('CET');
  await expect(rows.first().locator('[data-cell="departs"]')).toContainText('Dec 2026');
  await expect(page.getByTestId('zone').first()).toHaveAttribute('title', 'Asia/Shanghai');
  await expect(page.getByTestId('legs-untimed')).toHaveCount(0);
});

test("each leg's cost is split, with its rate's date and source ids; the parts add up to the option's cost", async ({
  page,
}) => {
  await openDashboard(page, DATED_RAIL);
  const rail = page.locator('[data-testid="leg-row"][data-mode="rail"]').first();
  // The dataset dates some tariffs and not others: a date or "undated", then the source ids.
  await expect(rail.locator('[data-cell="rate"]')).toHaveText(/^(\d{4}-\d{2}-\d{2}|undated) · [A-Z]+\d+/);
  await expect(page.locator('[data-testid="leg-row"][data-kind="handling"]').first()).toBeVisible();
  const tableTotal = await usd(page, 'tfoot [data-cell="total"]');
  const optionTotal = await usd(page, '[data-testid="route-option"] [data-cell="usd"]');
  expect(Math.abs(tableTotal - optionTotal)).toBeLessThanOrEqual(1);
});

test('an FEU costs a rate-per-TEU leg twice what a TEU does, and the form says why (per-FEU indexes)', async ({
  page,
}) => {
  const railFreight = '[data-testid="leg-row"][data-mode="rail"] [data-cell="freight"]';
  await openDashboard(page, DATED_RAIL);
  await expect(page.locator(railFreight).first()).toBeVisible();
  const perTeu = await usd(page, railFreight);
  await openDashboard(page, DATED_RAIL.replace('teu=1', 'feu=1'));
  await expect(page.getByLabel('Unit')).toHaveValue('feu');
  await expect(page.locator(railFreight).first()).toBeVisible();
  const perFeu = await usd(page, railFreight);
  expect(perTeu).toBeGreaterThan(0);
  expect(Math.abs(perFeu - 2 * perTeu)).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('unit-note')).toContainText('per-FEU indexes');
  await expect(page.getByTestId('unit-note')).not.toContainText('not costed');
});

test('a reefer pays the sourced sea surcharge on its sea leg, as its own line with date and sources', async ({
  page,
}) => {
  await openDashboard(page, '/?view=route&lang=en&from=CNXMN&to=NLRTM&obj=cost&teu=1&modes=sea,road&alt=1');
  const seaSurcharge = '[data-testid="leg-row"][data-mode="sea"] [data-cell="surcharge"]';
  await expect(page.locator(seaSurcharge).first()).toBeVisible();
  await page.getByLabel('Container').selectOption('reefer');
  await page.getByRole('button', { name: 'Find routes' }).click();
  await expect(page).toHaveURL(/[?&]box=reefer(&|#|$)/);
  const sea = page.locator('[data-testid="leg-row"][data-mode="sea"]').first();
  await expect(sea.getByTestId('reefer-line')).toHaveText(/^reefer surcharge USD [\d,]+ · 2023-03-09 · C28, X181$/);
  // Xeneta's reefer premium, USD 493 per FEU [C28], is USD 246.5 on the one TEU asked.
  expect(Math.abs((await usd(page, seaSurcharge)) - 493 / 2)).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('container-note')).toContainText('By rail and air it is not costed');
  await page.getByLabel('Container').selectOption('dry');
  await expect(page.getByTestId('container-note')).toBeHidden();
});

test('a reefer by rail says it is not costed there, in English and in Chinese, rather than a number', async ({
  page,
}) => {
  await openDashboard(page, `${DATED_RAIL}&box=reefer`);
  await expect(page.getByLabel('Container')).toHaveValue('reefer');
  const rail = page.locator('[data-testid="leg-row"][data-mode="rail"]').first();
  await expect(rail.getByTestId('reefer-line')).toHaveText('reefer not costed for rail: no published figure');
  await expect(rail.getByTestId('reefer-line')).toHaveAttribute('data-costed', 'false');
  await openDashboard(page, `${DATED_RAIL.replace('lang=en', 'lang=zh')}&box=reefer`);
  await expect(rail.getByTestId('reefer-line')).toHaveText('铁路冷藏箱未计费：没有公开数据');
});

test('a via changes the route, and is kept in the URL', async ({ page }) => {
  await openDashboard(page, '/?view=route&lang=en&from=CNXMN&to=DEDUI&obj=cost&teu=1&alt=1');
  // The last leg is the haul into Duisburg; its start tells where the box came ashore.
  const lastLeg = page.locator('[data-testid="leg-row"][data-kind="leg"]').last().locator('th');
  await expect(lastLeg).toContainText('→ Duisburg');
  await expect(lastLeg).not.toContainText('Rotterdam');

  const via = page.getByRole('combobox', { name: 'Via (optional)' });
  await via.fill('rotterdam');
  await expect(page.getByRole('option').first()).toContainText('Rotterdam');
  await via.press('Enter');
  await page.getByRole('button', { name: 'Find routes' }).click();
  await expect(lastLeg).toContainText(/Rotterdam.* → Duisburg/);
  await expect(page).toHaveURL(/[?&]via=NLRTM(&|#)/);
});

test('the options download as CSV, one row per option with the figures of the table', async ({ page }) => {
  await openDashboard(page, '/?view=route&lang=en&from=CNXMN&to=DEDUI&obj=balanced&teu=2&alt=3');
  const rows = page.getByTestId('route-option');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toBe('route-options.csv');
  const text = await readFile((await download.path()) as string, 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
  expect(parsed.data).toHaveLength(await rows.count());
  for (const [index, row] of parsed.data.entries()) {
    const shown = Number(((await rows.nth(index).locator('[data-cell="usd"]').textContent()) ?? '').replace(/,/g, ''));
    expect(Math.abs(Number(row.cost_usd) - shown)).toBeLessThanOrEqual(0.5);
    expect(row.option).toBe(String(index + 1));
  }
});

test('printed, the route sheet is one page: the query, the options and the legs, without form, map or charts', async ({
  page,
}) => {
  await openDashboard(page, DATED_RAIL.replace('alt=1', 'alt=3'));
  await expect(page.getByTestId('leg-breakdown')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('route-sheet-head')).toBeVisible();
  await expect(page.getByTestId('route-sheet-head')).toContainText('Route sheet: Xiamen → Duisburg');
  await expect(page.getByTestId('route-form')).toBeHidden();
  await expect(page.getByTestId('export-csv')).toBeHidden();
  await expect(page.getByTestId('map')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
  await page.screenshot({ path: test.info().outputPath('route-sheet-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('at 1440×900 the panel is wide and the options show without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDashboard(page, '/?view=route&lang=en&from=CNXMN&to=DEDUI&obj=balanced&teu=2&alt=3');
  await expect(page.getByTestId('route-option').first()).toBeVisible();
  const panel = await page.getByTestId('panel').boundingBox();
  expect(panel?.width).toBeGreaterThanOrEqual(560);
  // The map takes the rest: it starts where the panel ends, so no part of it (nor the route fitted on it) is under
  // the panel. Until December 2026 the grid kept its narrow column and the panel covered the map's left 244 px.
  const map = await page.getByTestId('map').boundingBox();
  expect(map?.x).toBeGreaterThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0) - 1);
  expect((map?.x ?? 0) + (map?.width ?? 0)).toBeCloseTo(1440, 0);
  // The header's Route planner tab is as wide as its words, like the other tabs (it took the panel's 38rem).
  const tab = await page.getByRole('tab', { name: 'Route planner' }).boundingBox();
  const other = await page.getByRole('tab', { name: 'Corridor utilization' }).boundingBox();
  expect(tab?.width).toBeLessThan(other?.width ?? 0);
  await expect(page.getByTestId('route-options')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('panel')).toHaveCSS('resize', 'horizontal');
  await page.screenshot({ path: test.info().outputPath('planner-1440x900.png') });
});

test('the transfers and borders headers are words with their meaning, in both languages', async ({ page }) => {
  await openDashboard(page, '/?view=route&lang=en&from=CNXMN&to=DEDUI&teu=1&alt=2');
  await expect(page.getByTestId('transfers-header')).toHaveText('Transf.');
  await expect(page.getByTestId('transfers-header').locator('abbr')).toHaveAttribute('title', /changes of service/);
  await expect(page.getByTestId('borders-header')).toHaveText('Borders');
  await openDashboard(page, '/?view=route&lang=zh&from=CNXMN&to=DEDUI&teu=1&alt=2');
  await expect(page.getByTestId('transfers-header')).toHaveText('换装');
  await expect(page.getByTestId('borders-header').locator('abbr')).toHaveAttribute('title', '路线经过的口岸数');
});

test("a message goes when its field is cleared: the form's and the router's", async ({ page }) => {
  await openDashboard(page, '/?view=route&lang=en');
  await page.getByLabel('Shipment size').fill('-1');
  await page.getByRole('button', { name: 'Find routes' }).click();
  const problems = page.getByTestId('route-problems');
  await expect(problems).toContainText('Enter a shipment size above zero.');
  await page.getByLabel('Shipment size').fill('');
  await expect(problems).not.toContainText('shipment size');
  await expect(problems).toContainText('Choose an origin.');

  const origin = page.getByRole('combobox', { name: 'Origin' });
  const destination = page.getByRole('combobox', { name: 'Destination' });
  await origin.fill('Atlantis');
  await destination.fill('Duisburg');
  await page.getByLabel('Shipment size').fill('1');
  await page.getByRole('button', { name: 'Find routes' }).click();
  await expect(page.getByTestId('route-error')).toBeVisible();
  await origin.fill('');
  await destination.fill('');
  await expect(page.getByTestId('route-error')).toHaveCount(0);
});
