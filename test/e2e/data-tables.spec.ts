import { fujianNetwork } from '@corridor/data';
import { cameraInUrl, expect, openDashboard, READY_MAP, test, waitForNetwork } from './dashboard-test';

test('searching “Haicang” lists the Xiamen Haicang terminals, and choosing one flies the map to it', async ({
  page,
}) => {
  await openDashboard(page, '/?view=data&lang=en#map=4.00/24.5000/119.5000');
  await waitForNetwork(page);
  await expect(page.getByRole('tab', { name: 'Terminals' })).toHaveAttribute('aria-selected', 'true');
  const rows = page.getByTestId('terminal-row');
  const total = await rows.count();
  expect(total).toBeGreaterThan(100);
  await expect(page.getByTestId('terminal-count')).toHaveText(`Showing ${total} of ${total}`);

  await page.getByRole('searchbox', { name: 'Search terminals' }).fill('Haicang');
  await expect(page.getByTestId('terminal-count')).toHaveText(`Showing 2 of ${total}`);
  const port = rows.filter({ hasText: 'Xiamen Port – Haicang/Songyu container area' });
  await expect(port).toHaveCount(1);
  await expect(port).toHaveAttribute('data-id', 'xmn_port_haicang');
  await expect(port.getByTestId('row-sources')).toContainText('GK');
  // Its capacity and the other traffic sharing it (domestic boxes) are shown with it, from the dataset.
  const haicang = fujianNetwork.terminals.find((t) => t.id === 'xmn_port_haicang');
  const grouped = (n: number) => Math.round(n).toLocaleString('en-US');
  await expect(port.getByTestId('terminal-capacity')).toContainText(
    `capacity ${grouped((haicang?.capacityTeuPerYear ?? Number.NaN) / 52)} TEU/week`,
  );
  await expect(port.getByTestId('terminal-background')).toContainText(
    `other traffic ${grouped(haicang?.backgroundTeuPerWeek ?? Number.NaN)} TEU/week`,
  );

  const before = page.url();
  await port.getByRole('button').click();
  await expect(page).not.toHaveURL(before);
  await expect(page.locator(READY_MAP)).toBeVisible();
  const camera = cameraInUrl(page.url());
  expect(camera?.zoom).toBe(8);
  expect(camera?.latitudeDeg).toBeCloseTo(24.45, 2);
  expect(camera?.longitudeDeg).toBeCloseTo(118.03, 2);
  await expect(port.getByRole('button')).toHaveAttribute('aria-current', 'true');

  // From the keyboard: the other Haicang terminal, with Enter.
  const station = rows.filter({ hasText: 'Xiamen Haicang station' });
  await station.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#map=8\.00\/24\.48\d\d\/118\.00\d\d$/);
  await expect(station.getByRole('button')).toHaveAttribute('aria-current', 'true');
  await expect(port.getByRole('button')).not.toHaveAttribute('aria-current', 'true');
});

test('choosing a service fits the map to its legs', async ({ page }) => {
  await openDashboard(page, '/?view=data&lang=en#map=8.00/24.4500/118.0300');
  await waitForNetwork(page);
  await page.getByRole('tab', { name: 'Services' }).click();
  const rows = page.getByTestId('service-row');
  await expect(rows.first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search services' }).fill('Hamburg');
  const shown = await rows.count();
  expect(shown).toBeGreaterThanOrEqual(1);
  for (const text of await rows.allInnerTexts()) expect(text).toMatch(/Hamburg/i);

  await rows.first().getByRole('button').click();
  await expect(page).not.toHaveURL(/#map=8\.00\/24\.4500\/118\.0300$/);
  await expect(page.locator(READY_MAP)).toBeVisible();
  // Xiamen to Hamburg spans half the world: the map zooms right out to show it.
  expect(cameraInUrl(page.url())?.zoom).toBeLessThan(4);
  await expect(rows.first().getByRole('button')).toHaveAttribute('aria-current', 'true');

  // The Xiamen–Hamburg train's facts: published route km, its capacity, published running times.
  const train = rows.filter({ has: page.locator('code', { hasText: /^crx-xmn-hamburg$/ }) });
  await expect(train.getByTestId('service-facts')).toContainText(/[\d,]+ km \(rail: published route km\)/);
  await expect(train.getByTestId('service-facts')).toContainText('1 a week × 100 TEU');
  await expect(train.getByTestId('service-facts')).toContainText('published running times');
  // A sea service says the date of its published rates.
  await page.getByRole('searchbox', { name: 'Search services' }).fill('SEA3');
  await expect(rows.first().getByTestId('service-facts')).toContainText(/rates as of \d{4}-\d{2}-\d{2}/);
});

test('in 简体中文 the tables show Chinese names, and search finds them', async ({ page }) => {
  await openDashboard(page, '/?view=data&lang=en');
  await waitForNetwork(page);
  await expect(page.getByTestId('terminal-row').first()).toContainText('Xiamen Port – Haicang/Songyu container area');

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('tab', { name: '场站' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('terminal-row').first()).toContainText('厦门港海沧/嵩屿港区');
  await expect(page.getByTestId('terminal-row').first()).toContainText('海港');
  await expect(page.getByTestId('network-legend')).toContainText('海运');

  await page.getByRole('searchbox', { name: '搜索场站' }).fill('海沧');
  await expect(page.getByTestId('terminal-row')).toHaveCount(2);
  await expect(page.getByTestId('terminal-row').filter({ hasText: '厦门海沧站' })).toHaveCount(1);

  await page.getByRole('tab', { name: '班线' }).click();
  await expect(page.getByTestId('service-row').first()).toBeVisible();
  const names = await page.getByTestId('service-row').allInnerTexts();
  expect(names.some((text) => /[\u4e00-\u9fff]/.test(text.split('\n')[0] ?? ''))).toBe(true);
});
