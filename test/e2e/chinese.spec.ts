import { readdir, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { fujianNetwork } from '@corridor/data';
import type { Page, TestInfo } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.js';
import { expect, openDashboard, READY_MAP, test, waitForSettledPage } from './dashboard-test';
import { findTofu, findTofuInPlace, fontRunsOf } from './glyph-specimen';
import { asciiOnlyTexts, type VisibleText } from './visible-text';

// Chromium sees the machine's fonts less every CJK one (no-cjk-fonts.conf): Chinese can only be drawn by the font
// the dashboard ships, as on a machine without a CJK system font. Without that font, every check below fails. The
// browser itself runs in Chinese, as a Chinese reader's does (its date fields say 年/月/日).
test.use({
  locale: 'zh-CN',
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: fileURLToPath(new URL('./no-cjk-fonts.conf', import.meta.url)) },
  },
});

/**
 * What may stay in Latin letters on a page in 简体中文, each with why. Everything else that is visible, has letters
 * and nothing outside ASCII is a string the catalogue failed to translate. Text inside `lang="en"` (the dataset's
 * own English, shown with a Chinese label saying so) or `translate="no"` (the user's own text, as typed) is
 * skipped by the collector (`visible-text.ts`).
 */
const ALLOWED: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /^Corridor$/, why: 'the product’s name' },
  { pattern: /^English$/, why: 'the language toggle names English in English, as language pickers do' },
  {
    pattern: /^(Natural Earth|MapLibre)$/,
    why: 'proper names of the basemap’s data and of the map library, in the credits',
  },
  {
    pattern: /^[-+−]?[\d,.]+(e[-+]?\d+)?\s?(k|M|%|TEU|FEU|t|km|h|USD|kg)?$/,
    why: 'a number, in exponent notation or with a unit or an SI prefix (“4.8e-12”, “3,241 k”, “10k”)',
  },
  { pattern: /^[a-z0-9]+([_-][a-z0-9]+)+$/, why: 'an id (terminal, service, scenario): a code, not a word' },
  { pattern: /^\[?[A-Z]{1,5}\d{0,3}\]?$/, why: 'a code: a source id (“X01”, “[P01]”), a UN/LOCODE or an IATA code' },
  {
    pattern: /^[A-Z]{1,3}\d{1,3}(, [A-Z]{1,3}\d{1,3})+$/,
    why: 'a list of source ids (“S85, X21”), as a leg’s rate cites them',
  },
];

/** Every id of the bundled dataset: a place's id is shown as the tooltip of its name, like a code. */
const DATASET_IDS: ReadonlySet<string> = new Set(
  [
    fujianNetwork.places,
    fujianNetwork.terminals,
    fujianNetwork.services,
    fujianNetwork.sources,
    fujianNetwork.scenarios,
    fujianNetwork.corridors,
  ].flatMap((rows) => rows.map((row) => row.id)),
);

/** The ASCII-only texts of the page that no allow-list entry explains and that are no dataset id. */
const untranslated = (texts: readonly VisibleText[]): VisibleText[] =>
  texts.filter(({ text }) => !DATASET_IDS.has(text) && !ALLOWED.some(({ pattern }) => pattern.test(text)));

/** Attaches a PNG to the test report, kept as a file in the test's output folder (test-results/…). */
async function attachPng(testInfo: TestInfo, name: string, png: Buffer): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await writeFile(path, png);
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** A file of the whole font, as fontsource cuts it by unicode-range (`noto-sans-sc-117-wght-normal-….woff2`). */
const isWholeFontFile = (url: string): boolean => /\/noto-sans-sc-[\w-]+-wght-normal-[\w-]+\.woff2$/.test(url);

/** The shipped font's files fetched by this page so far, and their bytes on the wire; those of the whole font apart. */
async function fontBytes(page: Page): Promise<{ files: number; kilobytes: number; wholeFontFiles: number }> {
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\.woff2(\?|$)/.test(entry.name))
      .map((entry) => ({ url: entry.name, bytes: (entry as PerformanceResourceTiming).encodedBodySize })),
  );
  const kilobytes = Math.round(entries.reduce((sum, { bytes }) => sum + bytes, 0) / 1024);
  return { files: entries.length, kilobytes, wholeFontFiles: entries.filter(({ url }) => isWholeFontFile(url)).length };
}

/**
 * Checks the page as it is now: a screenshot for the report; every character outside ASCII drawn again and
 * compared by pixels with the browser's tofu box (`glyph-specimen.ts`); no untranslated visible text.
 */
async function checkView(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await expect(page.locator(READY_MAP)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.evaluate(() => document.fonts.ready);
  // Results draw over several tasks: the text is measured, then the screenshot taken, on a layout that holds still.
  await waitForSettledPage(page);
  await attachPng(testInfo, name, await page.screenshot());

  const runs = await fontRunsOf(page);
  const report = await findTofu(page, runs);
  await attachPng(testInfo, `${name}-glyphs`, report.specimenPng);
  const fonts = await fontBytes(page);
  testInfo.annotations.push({
    type: 'glyphs',
    description: `${name}: ${report.checked} characters outside ASCII checked, ${report.tofu.length} tofu, ${report.blank.length} blank; font files fetched by this page ${fonts.files} (${fonts.kilobytes} KB; ${fonts.wholeFontFiles} of them the whole font's)`,
  });
  const inPlace = await findTofuInPlace(page);
  testInfo.annotations.push({
    type: 'glyphs in place',
    description: `${name}: ${inPlace.checked} text nodes with Chinese checked on the page's own pixels, ${inPlace.tofu.length} drawn as tofu`,
  });
  expect(inPlace.tofu, `${name}: Chinese drawn as boxes on the page itself`).toEqual([]);
  expect(report.checked, `${name}: Chinese was found on the page`).toBeGreaterThan(20);
  expect(report.tofu, `${name}: characters drawn as the .notdef box`).toEqual([]);
  expect(report.blank, `${name}: characters drawn with no ink`).toEqual([]);

  expect(untranslated(await asciiOnlyTexts(page)), `${name}: visible text left in English`).toEqual([]);
  // The browser's own file input would say "Choose File" in the browser's language: only labelled buttons show.
  for (const input of await page.locator('input[type="file"]').all()) {
    expect((await input.boundingBox())?.width ?? 0, `${name}: a native file input is visible`).toBeLessThanOrEqual(1);
  }
}

test('every view in 简体中文 draws its Chinese with the shipped font — no tofu — and leaves no text in English', async ({
  page,
  record,
}, testInfo) => {
  test.setTimeout(180_000);

  await openDashboard(page, '/?view=route&lang=zh');
  await checkView(page, testInfo, 'route-form');

  await openDashboard(page, '/?view=route&lang=zh&from=CNXMN&to=DEDUI&obj=balanced&teu=2&alt=3&vot=50&cp=100&sel=0');
  await expect(page.getByTestId('route-option').first()).toBeVisible();
  await expect(page.getByTestId('option-reason').first()).toBeVisible();
  await checkView(page, testInfo, 'route-options');

  // No route: the router's reason, worded from its code, and the services the closures suspend.
  await openDashboard(
    page,
    '/?view=route&lang=zh&from=CNXMN&to=NLRTM&obj=cost&teu=1&modes=sea&avoid=suez,cape-of-good-hope,panama&alt=3&sel=0',
  );
  const notice = page.getByTestId('no-route');
  await expect(notice).toContainText('从厦门到鹿特丹没有路线：所有海运路径都经过');
  await expect(notice).toContainText('条班线停运');
  await expect(page.getByTestId('relaxation')).toContainText('苏伊士运河');
  await checkView(page, testInfo, 'route-no-route');

  await openDashboard(page, '/?view=utilization&lang=zh');
  const utilization = page.getByTestId('utilization-view');
  await utilization.getByTestId('utilization-run').click();
  await expect(utilization.getByTestId('utilization-results')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  // The calibration basis exists in English only: shown as written, with a Chinese label saying so.
  await expect(utilization.getByTestId('calibration-table').getByTestId('dataset-text-label').first()).toHaveText(
    '（数据集原文，仅有英文）',
  );
  await checkView(page, testInfo, 'utilization');

  // An element's detail (throughput bars, OD pairs), then the bottleneck between two regions.
  await openDashboard(
    page,
    '/?view=utilization&lang=zh&method=equilibrium&element=border-crossing%3Abrest_malaszewicze',
  );
  const detail = utilization.getByTestId('element-detail');
  await expect(detail).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const bottleneck = utilization.getByTestId('bottleneck');
  await bottleneck.getByTestId('bottleneck-from').selectOption('region:fujian');
  await bottleneck.getByTestId('bottleneck-to').selectOption('region:eu');
  await bottleneck.getByRole('button', { name: '查找瓶颈' }).click();
  await expect(bottleneck.getByTestId('bottleneck-value')).toBeVisible({ timeout: 30_000 });
  await checkView(page, testInfo, 'utilization-detail');

  // A user scenario named in English: the name stays as typed; every label around it is Chinese. Its description is
  // typed in Chinese, with a character the app never shows itself (鹭, of 鹭岛, Xiamen's byname): the shipped
  // subset lacks it, so the whole font's fontsource file for it must draw it.
  await openDashboard(page, '/?view=scenarios&lang=zh');
  const panel = page.getByTestId('panel');
  const form = panel.getByTestId('scenario-form');
  await form.getByTestId('draft-id').fill('close-malaszewicze');
  await form.getByTestId('draft-nameEn').fill('Close Malaszewicze');
  await form.getByTestId('draft-description').fill('马拉舍维奇口岸关闭，鹭岛班列改道。');
  await form.getByTestId('new-edit-kind').selectOption('close-border-crossing');
  await form.getByTestId('add-edit').click();
  await form.getByTestId('edit-0-terminal').selectOption('brest_malaszewicze');
  await form.getByTestId('save-scenario').click();
  const listed = panel.getByTestId('user-scenario-close-malaszewicze');
  await expect(listed).toContainText('Close Malaszewicze');
  await expect(listed).toContainText('鹭岛班列改道');
  // A file that is not a scenario: the problem names the file and field, worded in Chinese.
  await panel.getByTestId('import-scenarios').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"scenarios":[{"id":"x"}]}'),
  });
  await expect(panel.getByText('broken.json /scenarios/0/nameEn：必须是非空字符串')).toBeVisible();
  await checkView(page, testInfo, 'scenarios-user');
  expect(record.requests.filter(isWholeFontFile), 'a typed character outside the subset fetched').not.toEqual([]);

  await panel.locator('input[value="red-sea-closure"]').check();
  await panel.getByRole('checkbox', { name: /分配/ }).check();
  await panel.getByRole('button', { name: '运行情景' }).click();
  await expect(panel.getByTestId('scenario-summary')).toBeVisible({ timeout: 60_000 });
  await checkView(page, testInfo, 'scenarios-run');

  for (const tab of ['terminals', 'services', 'sources'] as const) {
    await openDashboard(page, `/?view=data&lang=zh&tab=${tab}`);
    await page.locator(`#data-tab-${tab}`).click();
    await expect(page.getByTestId('data-table')).toHaveAttribute('data-tab', tab);
    if (tab === 'terminals') await expect(page.getByTestId('dataset-name')).toHaveText('福建多式联运通道');
    await checkView(page, testInfo, `data-${tab}`);
  }

  // What the font cost over the whole visit: the distinct files fetched, against all the app ships.
  const assets = fileURLToPath(new URL('../../apps/dashboard/dist/assets/', import.meta.url));
  const shipped = (await readdir(assets)).filter((file) => file.endsWith('.woff2'));
  const sizeOf = async (file: string) => (await stat(`${assets}${file}`)).size;
  const fetched = [...new Set(record.requests.map((url) => /[^/]+\.woff2$/.exec(url)?.[0]).filter((file) => file))];
  const kb = async (files: readonly (string | undefined)[]) =>
    Math.round((await Promise.all(files.map((file) => sizeOf(file ?? '')))).reduce((a, b) => a + b, 0) / 1024);
  const wholeFont = fetched.filter((file) => isWholeFontFile(`/${file}`));
  testInfo.annotations.push({
    type: 'font',
    description: `the whole visit fetched ${fetched.length} of ${shipped.length} font files, ${await kb(fetched)} of ${await kb(shipped)} KB; of them the whole font's ${wholeFont.length} files, ${await kb(wholeFont)} KB`,
  });
});

test('the tofu check is not vacuous: without the shipped font this browser draws the same Chinese as boxes', async ({
  page,
}, testInfo) => {
  await openDashboard(page, '/?view=route&lang=zh');
  // The page's own characters, drawn in the system's sans-serif alone (no CJK font under no-cjk-fonts.conf).
  const runs = (await fontRunsOf(page)).map((run) => ({ ...run, family: 'sans-serif' }));
  const han = runs.flatMap((run) => run.characters).filter((character) => /\p{Script=Han}/u.test(character));
  const report = await findTofu(page, [{ family: 'sans-serif', weight: '400', characters: han }]);
  await attachPng(testInfo, 'without-the-shipped-font-glyphs', report.specimenPng);
  testInfo.annotations.push({
    type: 'glyphs',
    description: `without the shipped font: ${report.tofu.length} of ${han.length} Chinese characters drawn as tofu`,
  });
  expect(han.length).toBeGreaterThan(20);
  expect(report.tofu.length + report.blank.length).toBe(han.length);
});
