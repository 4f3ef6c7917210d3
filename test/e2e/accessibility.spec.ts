// Accessibility (issue 17, point 7): axe-core on every view, in both languages, with no serious or critical
// violation of WCAG 2.1 A/AA; the Route planner used from the keyboard alone, with the focus always visible.
// Each view's screenshot and axe's full findings (minor ones included) go into the test report.
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, openDashboard, test } from './dashboard-test';

const VIEWS = ['route', 'utilization', 'scenarios', 'data'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page and attaches its findings and a screenshot; returns the serious and critical ones. */
async function seriousViolations(page: Page, testInfo: TestInfo, name: string) {
  // The map canvas is a picture drawn by WebGL: axe cannot read colours or text in it, and its labels are not
  // the page's text.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude('.maplibregl-canvas').analyze();
  await testInfo.attach(`${name}.axe.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  await testInfo.attach(`${name}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

for (const lang of ['en', 'zh'] as const) {
  for (const view of VIEWS) {
    test(`axe finds no serious violation in the ${view} view (${lang})`, async ({ page }, testInfo) => {
      await openDashboard(page, `/?view=${view}&lang=${lang}`);
      expect(await seriousViolations(page, testInfo, `${view}-${lang}`)).toEqual([]);
    });
  }
}

test('a route result passes axe too: options table, chart and timeline', async ({ page }, testInfo) => {
  await openDashboard(page, '/?view=route&lang=en&from=Xiamen&to=Duisburg');
  await page.getByRole('button', { name: 'Find routes' }).click();
  await expect(page.getByTestId('route-option').first()).toBeVisible();
  expect(await seriousViolations(page, testInfo, 'route-result-en')).toEqual([]);
});

/**
 * Where the focus is, and whether it is drawn: an outline or a box-shadow on the focused element. Returns `true`,
 * or the element's description (so a failure names it).
 */
async function focusIsVisible(page: Page): Promise<true | string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return 'nothing focused';
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    if (outline || shadow) return true;
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return `<${element.tagName.toLowerCase()} ${element.getAttribute('type') ?? ''}> "${name}" has no visible focus`;
  });
}

test('the Route planner works from the keyboard alone, with the focus visible at every stop', async ({ page }) => {
  await openDashboard(page, '/?view=route&lang=en');
  // From the page's start, Tab reaches the origin field; every stop on the way shows where the focus is.
  const origin = page.getByRole('combobox', { name: 'Origin' });
  let steps = 0;
  while (!(await origin.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('Tab');
    steps++;
    expect(steps, 'Tab presses to reach the origin field').toBeLessThan(40);
    expect(await focusIsVisible(page), `focus at Tab stop ${steps}`).toBe(true);
  }
  await page.keyboard.type('Xiamen');
  await expect(page.getByRole('option').first()).toContainText('Xiamen');
  await page.keyboard.press('Enter');
  await expect(origin).toHaveValue('Xiamen');
  // On to the destination by Tab, then to the search button; Enter runs the query.
  const destination = page.getByRole('combobox', { name: 'Destination' });
  while (!(await destination.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('Tab');
    expect(await focusIsVisible(page)).toBe(true);
  }
  await page.keyboard.type('Duisburg');
  await expect(page.getByRole('option').first()).toContainText('Duisburg');
  await page.keyboard.press('Enter');
  const search = page.getByRole('button', { name: 'Find routes' });
  for (let i = 0; i < 60 && !(await search.evaluate((element) => element === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    expect(await focusIsVisible(page)).toBe(true);
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('route-option').first()).toBeVisible();
  // The options are reachable and selectable from the keyboard.
  const second = page.getByTestId('route-option').nth(1);
  await second.getByRole('button').focus();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(second).toHaveAttribute('data-selected', 'true');
});
