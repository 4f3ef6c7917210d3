import { MODE_COLORS, TERMINAL_KIND_COLORS } from '../../apps/dashboard/src/map/network-colors';
import { expect, openDashboard, type PageRecord, test, waitForNetwork } from './dashboard-test';
import { colourShare } from './pixels';

/** A share as a percentage with two decimals: line colours cover fractions of a percent. */
const percent = (fraction: number): string => `${(fraction * 100).toFixed(2)} %`;

/** Smallest share of the map a drawn mode must cover: 0.05 % is ~300 pixels of the 840×700 map. */
const MIN_MODE_SHARE = 0.0005;

/** Shares of the map's pixels in each mode colour, and in any terminal-kind colour. */
function networkShares(shot: Buffer): { sea: number; rail: number; air: number; terminals: number } {
  const kindColours = [...new Set(Object.values(TERMINAL_KIND_COLORS))];
  return {
    sea: colourShare(shot, MODE_COLORS.sea),
    rail: colourShare(shot, MODE_COLORS.rail),
    air: colourShare(shot, MODE_COLORS.air),
    terminals: kindColours.reduce((sum, colour) => sum + colourShare(shot, colour), 0),
  };
}

const describeShares = (shares: ReturnType<typeof networkShares>): string =>
  `sea ${percent(shares.sea)}, rail ${percent(shares.rail)}, air ${percent(shares.air)}, terminal colours ${percent(shares.terminals)}`;

test('the Data view draws the network: sea lanes and rail tracks in their mode colours, air arcs and terminals', async ({
  page,
  record,
}) => {
  await openDashboard(page, '/?view=data&lang=en#map=4.00/24.5000/119.5000');
  await waitForNetwork(page);
  const map = page.getByTestId('map');
  const legend = page.getByTestId('network-legend');

  // Everything drawn.
  const all = networkShares(await map.screenshot());

  // Service legs only: whatever has a mode colour now is a line, not a seaport, rail terminal or airport.
  await legend.getByRole('checkbox', { name: 'Terminals' }).uncheck();
  await waitForNetwork(page);
  const lines = networkShares(await map.screenshot());

  // Terminals only.
  await legend.getByRole('checkbox', { name: 'Terminals' }).check();
  for (const mode of ['Sea', 'Rail', 'Air']) await legend.getByRole('checkbox', { name: mode }).uncheck();
  await waitForNetwork(page);
  const terminals = networkShares(await map.screenshot());

  test
    .info()
    .annotations.push(
      { type: 'pixels', description: `everything: ${describeShares(all)}` },
      { type: 'pixels', description: `legs only: ${describeShares(lines)}` },
      { type: 'pixels', description: `terminals only: ${describeShares(terminals)}` },
    );
  expect(lines.sea, 'sea legs').toBeGreaterThan(MIN_MODE_SHARE);
  expect(lines.rail, 'rail legs').toBeGreaterThan(MIN_MODE_SHARE);
  expect(lines.air, 'air arcs (dashed)').toBeGreaterThan(MIN_MODE_SHARE / 2);
  expect(terminals.terminals, 'terminal circles').toBeGreaterThan(MIN_MODE_SHARE / 2);
  // Hiding the legs takes their colour off the map (what is left is seaports and the legend's own swatches).
  expect(terminals.sea).toBeLessThan(lines.sea / 3);
  expect(terminals.rail).toBeLessThan(lines.rail / 3);
  expectCleanRecord(record);
});

test('the Data view draws the network under its own legend, the first screen under its own, and again when coming back', async ({
  page,
}) => {
  await openDashboard(page, '/?view=data');
  await waitForNetwork(page);
  await expect(page.getByTestId('first-screen-legend')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Route planner' }).click();
  await expect(page.getByTestId('network-legend')).toHaveCount(0);
  // The Route planner before a route: the first screen's network, with its own legend.
  await expect(page.getByTestId('first-screen-legend')).toBeVisible();
  await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible();
  expect(colourShare(await page.getByTestId('map').screenshot(), MODE_COLORS.rail)).toBeGreaterThan(MIN_MODE_SHARE);

  await page.getByRole('tab', { name: 'Data' }).click();
  await waitForNetwork(page);
  await expect(page.getByTestId('first-screen-legend')).toHaveCount(0);
  expect(colourShare(await page.getByTestId('map').screenshot(), MODE_COLORS.rail)).toBeGreaterThan(MIN_MODE_SHARE);
});

function expectCleanRecord(record: PageRecord): void {
  expect(record.errors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
}
