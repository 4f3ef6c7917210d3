import { expect, openDashboard, test } from './dashboard-test';

test('the Data view lists the source register served by the engine worker, and search filters it', async ({
  page,
  record,
}) => {
  await openDashboard(page, '/');
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(page).toHaveURL(/\?view=data&/);
  await page.getByRole('tab', { name: 'Sources' }).click();

  const entries = page.getByTestId('source');
  await expect(entries.first()).toBeVisible();
  const total = await entries.count();
  expect(total).toBeGreaterThanOrEqual(100);
  await expect(page.getByTestId('source-count')).toHaveText(`Showing ${total} of ${total}`);
  await expect(page.getByTestId('source-summary')).toContainText(`${total} sources`);
  await expect(page.getByTestId('count-sources')).toHaveText(String(total));
  // Every source carries its confidence word.
  await expect(entries.first().locator('.confidence')).toHaveText(/^(high|medium|low|derived|assumption|per plan)$/);

  // The register reaches the page through the engine's worker chunk, not the page bundle.
  expect(record.requests.some((url) => /\/assets\/engine\.worker-[\w-]+\.js$/.test(url))).toBe(true);

  const search = page.getByRole('searchbox', { name: 'Search sources' });
  await search.fill('Małaszewicze');
  await expect.poll(() => entries.count()).toBeLessThan(total);
  const border = await entries.allInnerTexts();
  expect(border.length).toBeGreaterThanOrEqual(1);
  for (const text of border) expect(text).toContain('Małaszewicze');

  await search.fill('IMO');
  await expect.poll(() => entries.count()).toBeLessThan(total);
  expect(await entries.count()).toBeGreaterThanOrEqual(1);
  await expect(entries.filter({ hasText: 'IMO' }).first()).toBeVisible();

  await search.fill('no such source anywhere');
  await expect(entries).toHaveCount(0);
  await expect(page.getByText('No source matches “no such source anywhere”.')).toBeVisible();

  await search.fill('');
  await expect(entries).toHaveCount(total);
});

test('source links open in a new tab without access to the dashboard', async ({ page }) => {
  await openDashboard(page, '/?view=data');
  await page.getByRole('tab', { name: 'Sources' }).click();
  const links = page.getByTestId('source').getByRole('link');
  await expect(links.first()).toBeVisible();
  const attributes = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => ({
      target: anchor.getAttribute('target'),
      rel: anchor.getAttribute('rel') ?? '',
      href: anchor.getAttribute('href') ?? '',
    })),
  );
  expect(attributes.length).toBeGreaterThan(50);
  for (const { target, rel, href } of attributes) {
    expect(target).toBe('_blank');
    expect(rel.split(' ')).toContain('noopener');
    expect(href).toMatch(/^https?:\/\//);
  }
});

test('the view switcher works from the keyboard', async ({ page }) => {
  await openDashboard(page, '/');
  await page.getByRole('tab', { name: 'Route planner' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Corridor utilization' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Corridor utilization' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Data' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('terminal-row').first()).toBeVisible();
  await page.keyboard.press('ArrowRight'); // wraps around
  await expect(page.getByRole('tab', { name: 'Route planner' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('route-form')).toBeVisible();
});

test('the Data view’s table tabs work from the keyboard, and every row cites its sources', async ({ page }) => {
  await openDashboard(page, '/?view=data&lang=en');
  const terminals = page.getByRole('tab', { name: 'Terminals' });
  await expect(terminals).toHaveAttribute('aria-selected', 'true');
  await terminals.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Services' })).toBeFocused();
  await expect(page.getByTestId('service-row').first()).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('source').first()).toBeVisible();
  await page.keyboard.press('ArrowRight'); // wraps around
  await expect(terminals).toHaveAttribute('aria-selected', 'true');

  const rows = page.getByTestId('terminal-row');
  const count = await rows.count();
  expect(await rows.getByTestId('row-sources').count()).toBe(count);
  const cited = rows.first().locator('[data-source-id]');
  expect(await cited.count()).toBeGreaterThanOrEqual(1);
  // A cited source with a URL links to it, in a new tab, with the source's title as tooltip.
  const link = rows.first().getByRole('link').first();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await expect(link).toHaveAttribute('title', /\S/);
});
