import { MODE_COLORS } from '../../apps/dashboard/src/map/network-colors';
import { expect, openDashboard, READY_MAP, test, waitForNetwork } from './dashboard-test';
import { tinyDatasetFiles } from './dataset-files';
import { colourShare } from './pixels';
import { asciiOnlyTexts } from './visible-text';

test('loading a dataset with an error lists it with file, row and field; a valid one replaces the network until the bundled one is restored', async ({
  page,
}) => {
  await openDashboard(page, '/?view=data&lang=en');
  await waitForNetwork(page);
  await expect(page.getByTestId('dataset-name')).toHaveText('Fujian corridors');
  const files = page.getByTestId('dataset-files');
  const errors = page.getByTestId('dataset-errors');

  // A latitude of 95 in places.csv (row 2 is the first data row), and a terminal kind that does not exist.
  await files.setInputFiles(
    tinyDatasetFiles({
      'places.csv': (text) => text.replace('118.089,24.480', '118.089,95'),
      'terminals.csv': (text) => text.replace('sin_port,seaport', 'sin_port,harbour'),
    }),
  );
  await expect(errors).toBeVisible();
  await expect(errors).toHaveAttribute('role', 'alert');
  await expect(errors).toContainText('The dataset was not loaded: 2 problems');
  const latitude = errors.getByTestId('dataset-issue').filter({ hasText: 'places.csv' });
  await expect(latitude).toContainText('row 2');
  await expect(latitude).toContainText('field lat');
  await expect(latitude).toContainText('value “95”');
  // Worded from the issue's code and params (out-of-range, -90..90), not from the loader's English sentence.
  await expect(latitude).toContainText('The value must be between -90 and 90.');
  await expect(latitude).toContainText('Fix: Give a value within the range');
  await expect(errors.getByTestId('dataset-issue').filter({ hasText: 'terminals.csv' })).toContainText('field kind');
  // Nothing was loaded: the bundled dataset is still shown.
  await expect(page.getByTestId('dataset-name')).toHaveText('Fujian corridors');
  await expect(page.getByTestId('network-legend')).toHaveAttribute('data-origin', 'bundled');

  // The valid tiny dataset: 4 places, 7 terminals, drawn on the map, which fits it (Xiamen to Almaty).
  const tinyFiles = tinyDatasetFiles();
  await files.setInputFiles(tinyFiles);
  await expect(page.getByTestId('dataset-name')).toHaveText('Tiny');
  await expect(errors).toHaveCount(0);
  await expect(page.getByTestId('count-places')).toHaveText('4');
  await expect(page.getByTestId('count-terminals')).toHaveText('7');
  await expect(page.getByTestId('dataset-summary')).toContainText('Your files');
  await expect(page.getByTestId('upload-status')).toContainText(`Loaded ${tinyFiles.length} files`);
  await expect(page.getByTestId('terminal-row')).toHaveCount(7);
  await waitForNetwork(page, 'loaded');
  await expect(page).toHaveURL(/#map=[34]\.\d\d\//);
  await expect(page.locator(READY_MAP)).toBeVisible();
  const tiny = await page.getByTestId('map').screenshot();
  expect(colourShare(tiny, MODE_COLORS.rail), 'the Urumqi–Almaty train').toBeGreaterThan(0.0002);
  expect(colourShare(tiny, MODE_COLORS.sea), 'the Xiamen–Singapore shuttle').toBeGreaterThan(0.0002);
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByTestId('source')).toHaveCount(2);

  // And back.
  await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
  await expect(page.getByTestId('dataset-name')).toHaveText('Fujian corridors');
  await expect(page.getByTestId('count-terminals')).toHaveText('104');
  await expect(page.getByTestId('dataset-summary')).toContainText('Bundled');
  await waitForNetwork(page, 'bundled');
  await expect(page.getByRole('button', { name: 'Back to the bundled dataset' })).toHaveCount(0);
  expect(await page.getByTestId('source').count()).toBeGreaterThan(100);
});

test('files dropped on the Data panel are loaded; a file that is not UTF-8 is named, and nothing breaks', async ({
  page,
}) => {
  await openDashboard(page, '/?view=data&lang=en');
  await waitForNetwork(page);
  const files = tinyDatasetFiles().map(({ name, mimeType, buffer }) => ({
    name,
    mimeType,
    // places.csv as GBK would write it: 厦门 is CF C3 C3 C5, not UTF-8.
    bytes: name === 'places.csv' ? [...buffer.subarray(0, 40), 0xcf, 0xc3, 0xc3, 0xc5, 0x0a] : [...buffer],
  }));
  const drop = async (payload: typeof files): Promise<void> => {
    const transfer = await page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const { name, mimeType, bytes } of list)
        data.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
      return data;
    }, payload);
    const panel = page.getByTestId('data-view');
    await panel.dispatchEvent('dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop the dataset’s files or folder to load them')).toBeVisible();
    await panel.dispatchEvent('dragover', { dataTransfer: transfer });
    await panel.dispatchEvent('drop', { dataTransfer: transfer });
  };

  await drop(files);
  const errors = page.getByTestId('dataset-errors');
  await expect(errors).toContainText('These files cannot be read as a dataset');
  await expect(errors).toContainText('places.csv is not UTF-8 text');
  await expect(page.getByText('Drop the dataset’s files or folder to load them')).toHaveCount(0);
  await expect(page.getByTestId('dataset-name')).toHaveText('Fujian corridors');

  await drop(tinyDatasetFiles().map(({ name, mimeType, buffer }) => ({ name, mimeType, bytes: [...buffer] })));
  await expect(page.getByTestId('dataset-name')).toHaveText('Tiny');
  await expect(errors).toHaveCount(0);
  await waitForNetwork(page, 'loaded');
});

test('more than 20 MB of files is refused with a clear message, before anything is read', async ({ page }) => {
  await openDashboard(page, '/?view=data&lang=en');
  await waitForNetwork(page);
  await page
    .getByTestId('dataset-files')
    .setInputFiles([
      ...tinyDatasetFiles(),
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 0x61) },
    ]);
  const errors = page.getByTestId('dataset-errors');
  await expect(errors).toContainText('The files add up to 21.0 MB, more than the limit of 20 MB.');
  await expect(page.getByTestId('dataset-name')).toHaveText('Fujian corridors');
});

test('after loading a dataset the Route planner forgets the old one: its answer goes and it offers the new places', async ({
  page,
}) => {
  // A route planned on the bundled dataset, in the URL.
  await openDashboard(page, '/?view=route&lang=en&from=CNXMN&to=DEDUI&teu=2');
  await expect(page.getByTestId('route-option').first()).toBeVisible();

  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByTestId('dataset-files').setInputFiles(tinyDatasetFiles());
  await expect(page.getByTestId('dataset-name')).toHaveText('Tiny');

  await page.getByRole('tab', { name: 'Route planner' }).click();
  await expect(page.getByTestId('route-options')).toHaveCount(0);
  await expect(page).not.toHaveURL(/to=DEDUI/);
  const origin = page.getByRole('combobox', { name: 'Origin' });
  await origin.fill('Urumqi');
  await expect(page.getByRole('option', { name: /Urumqi/ }).first()).toBeVisible();
  await origin.fill('Duisburg');
  await expect(page.getByRole('option', { name: /Duisburg/ })).toHaveCount(0);
});

/**
 * What may stay in Latin letters in the problem list in 简体中文: file names and JSON pointers (where), and codes,
 * ids and numbers as the params carry them. Everything else is a sentence the catalogue failed to word.
 */
const PROBLEM_LIST_CODES: readonly RegExp[] = [
  /^[\w-]+\.(csv|json)$/, // a file of the dataset
  /^(\/[\w-]*)+$/, // a JSON pointer
  /^[-+]?[\d,.]+$/, // a number
  /^[a-z0-9]+([_-][a-z0-9]+)+$/, // an id or a code (“xmn_port”, “out-of-range”)
];

test('in 简体中文, every problem of a broken dataset is worded in Chinese from its code, with no note about English', async ({
  page,
}) => {
  await openDashboard(page, '/?view=data&lang=zh');
  await waitForNetwork(page);
  const errors = page.getByTestId('dataset-errors');
  // Breaks of several kinds: a number out of range, a word not allowed, an unknown property, an unknown column.
  await page.getByTestId('dataset-files').setInputFiles(
    tinyDatasetFiles({
      'places.csv': (text) => text.replace('118.089,24.480', '118.089,95'),
      'terminals.csv': (text) => text.replace('sin_port,seaport', 'sin_port,harbour'),
      'services.json': (text) => text.replace('"frequencyPerWeek": 1,', '"frequencyPerWeek": 1, "colour": "red",'),
      'sources.csv': (text) => text.replace(/^([^\n]*)/, '$1,remarks'),
    }),
  );
  await expect(errors).toBeVisible();
  await expect(errors).toContainText('数据集未加载');
  const issues = errors.getByTestId('dataset-issue');
  expect(await issues.count()).toBeGreaterThanOrEqual(4);
  const latitude = issues.filter({ hasText: 'places.csv' });
  await expect(latitude).toContainText('第 2 行');
  await expect(latitude).toContainText('字段 lat');
  await expect(latitude).toContainText('此值必须在 -90 到 90 之间。');
  await expect(issues.filter({ hasText: 'services.json' })).toContainText('未知的列或属性 colour。');
  await expect(issues.filter({ hasText: 'terminals.csv' })).toContainText('此值不在允许的取值之中。');
  // Every issue is worded, so the note that problems come from the loader in English is gone, and no span is English.
  await expect(errors).not.toContainText('问题描述来自加载器');
  await expect(errors.locator('[lang="en"]')).toHaveCount(0);
  const left = (await asciiOnlyTexts(page, '[data-testid="dataset-errors"]')).filter(
    ({ text }) => !PROBLEM_LIST_CODES.some((pattern) => pattern.test(text)),
  );
  expect(left, 'sentences left in English in the problem list').toEqual([]);
});
