import { expect, test } from './dashboard-test';

test('the documentation site is served under /docs/: the pages, the cookbook and the API reference', async ({
  page,
}) => {
  await page.goto('/docs/');
  await expect(page.getByRole('heading', { level: 1, name: 'Corridor' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'cookbook' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cookbook' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '5. The HTTP API' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'dataset-format' }).click();
  await expect(page.getByRole('heading', { name: 'A first dataset' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'API reference' }).click();
  await expect(page).toHaveURL(/\/docs\/api\/index\.html$/);
  await page.getByRole('link', { name: 'engine', exact: true }).first().click();
  await expect(page.getByText('createEngine').first()).toBeVisible();
});
