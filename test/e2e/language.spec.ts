import { expect, openDashboard, test } from './dashboard-test';

test('switching to 简体中文 translates the header and <html lang>, and switching back restores English', async ({
  page,
}) => {
  await openDashboard(page, '/');
  const html = page.locator('html');
  await expect(page.getByRole('tab', { name: 'Route planner' })).toBeVisible();
  await expect(html).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('tab', { name: '路线规划' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '数据' })).toBeVisible();
  await expect(page.getByRole('button', { name: '简体中文' })).toHaveAttribute('aria-pressed', 'true');
  await expect(html).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveURL(/[?&]lang=zh(&|#)/);
  await expect(page).toHaveTitle('路线规划 · Corridor');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('tab', { name: 'Route planner' })).toBeVisible();
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/[?&]lang=en(&|#)/);
});

test('the chosen language survives a reload and a visit without lang in the URL', async ({ page }) => {
  await openDashboard(page, '/');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(page.getByRole('tab', { name: '路线规划' })).toBeVisible();

  await page.goto('/'); // no lang parameter: the stored choice applies
  await expect(page.getByRole('tab', { name: '路线规划' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]lang=zh(&|#)/);
  await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible();
});
