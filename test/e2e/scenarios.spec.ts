import { DELTA_GREW, DELTA_SHRANK } from '../../apps/dashboard/src/map/delta-colors';
import { expect, openDashboard, READY_MAP, test } from './dashboard-test';
import { colourShare, percent } from './pixels';

test('the Scenarios view runs red-sea-closure with an assignment: summary, routes, mode shares', async ({ page }) => {
  test.setTimeout(60_000);
  await openDashboard(page, '/?view=route&lang=en#map=2.00/35.0000/60.0000');
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  const panel = page.getByTestId('panel');
  const map = page.getByTestId('map');
  await expect(page.locator(READY_MAP)).toBeVisible();
  const shares = (shot: Buffer) => [colourShare(shot, DELTA_GREW), colourShare(shot, DELTA_SHRANK)];
  const before = shares(await map.screenshot());
  await panel.locator('input[value="red-sea-closure"]').check();
  await panel.getByRole('checkbox', { name: /assignment/ }).check();
  await panel.getByRole('button', { name: 'Run scenario' }).click();

  await expect(panel.getByTestId('scenario-summary')).toContainText('Cape of Good Hope', { timeout: 30_000 });
  const row = panel.getByTestId('scenario-routes').locator('tr[data-route="Xiamen → Rotterdam"]');
  await expect(row).toBeVisible();
  const daysBefore = Number(await row.locator('[data-side="before"]').first().textContent());
  const daysAfter = Number(await row.locator('[data-side="after"]').first().textContent());
  expect(daysAfter).toBeGreaterThan(daysBefore);
  expect(await panel.getByTestId('mode-share-chart').locator('rect').count()).toBeGreaterThan(1);
  // The Xiamen trains fill up as cargo leaves the sea; nothing that was full is relieved.
  await expect(panel.getByTestId('scenario-bottlenecks')).toContainText('CR Express (Xiamen)');
  await expect(panel.getByTestId('scenario-relieved-bottlenecks')).toHaveText('None');

  // The corridor charts' labels: no two alike (issue 17: "Silk Road Maritime – So…" twice), each row's full name
  // in its tooltip, in either language.
  for (const lang of ['English', '简体中文']) {
    if (lang !== 'English') await page.getByRole('button', { name: lang }).click();
    for (const chart of await panel.locator('svg[data-testid^="corridor-shift-chart-"]').all()) {
      const labels = await chart.getByTestId('corridor-label').allTextContents();
      const short = labels.map((label) => label.trim());
      expect(short.length).toBeGreaterThan(0);
      expect(new Set(short).size, `${lang} labels: ${short.join(' | ')}`).toBe(short.length);
      for (const row of await chart.locator('g[data-corridor]').all()) {
        const full = (await row.getAttribute('data-name')) ?? '';
        await expect(row.locator(':scope > title')).toContainText(full);
      }
    }
  }
  await page.getByRole('button', { name: 'English' }).click();
  await panel
    .getByTestId('corridor-shift-chart-teu')
    .screenshot({ path: test.info().outputPath('corridor-chart.png') });

  // The delta map: legs that grew and legs that shrank, in their colours (the legend masked out).
  await expect(page.getByTestId('delta-legend')).toBeVisible();
  await expect(page.locator(READY_MAP)).toBeVisible();
  const drawn = shares(await map.screenshot({ mask: [page.getByTestId('delta-legend')] }));
  test.info().annotations.push({
    type: 'pixels',
    description: `grew ${percent(before[0] ?? 0)} → ${percent(drawn[0] ?? 0)}, shrank ${percent(before[1] ?? 0)} → ${percent(drawn[1] ?? 0)}`,
  });
  expect(drawn[0] ?? 0).toBeGreaterThan((before[0] ?? 0) + 0.0001);
  expect(drawn[1] ?? 0).toBeGreaterThan((before[1] ?? 0) + 0.0001);
});

test('a user scenario: built in the form with an inline problem, run, kept over a reload, exported and imported', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openDashboard(page, '/?view=scenarios&lang=en#map=3.00/50.0000/40.0000');
  const panel = page.getByTestId('panel');
  const map = page.getByTestId('map');
  await expect(page.locator(READY_MAP)).toBeVisible();
  const form = panel.getByTestId('scenario-form');
  await form.getByTestId('draft-id').fill('close-malaszewicze');
  await form.getByTestId('draft-nameEn').fill('Close Małaszewicze');
  await form.getByTestId('draft-description').fill('Brest / Małaszewicze shut, at half capacity later.');
  await form.getByTestId('new-edit-kind').selectOption('close-border-crossing');
  await form.getByTestId('add-edit').click();
  await form.getByTestId('edit-0-terminal').selectOption('brest_malaszewicze');
  await form.getByTestId('new-edit-kind').selectOption('scale-capacity');
  await form.getByTestId('add-edit').click();
  await form.getByTestId('edit-1-target').selectOption('brest_malaszewicze');
  await form.getByTestId('edit-1-factor').fill('0');

  // A factor of 0 is refused inline with the loader's range once typed; saving then says why, saves nothing and
  // puts the focus on the field.
  await expect(form.getByTestId('scenario-edit-1')).toContainText('Must be from 0.001 to 1000.');
  await form.getByTestId('save-scenario').click();
  await expect(form.getByTestId('save-disabled-reason')).toContainText('1 problem');
  await expect(form.getByTestId('edit-1-factor')).toBeFocused();
  await expect(panel.getByTestId('user-scenario-close-malaszewicze')).toHaveCount(0);
  await form.getByTestId('edit-1-factor').fill('0.5');
  await form.getByTestId('save-scenario').click();

  const listed = panel.getByTestId('user-scenario-close-malaszewicze');
  await expect(listed).toContainText('user-built (unsourced)');
  await expect(listed.getByRole('radio')).toBeChecked();
  const shrank = (shot: Buffer) => colourShare(shot, DELTA_SHRANK);
  const before = shrank(await map.screenshot());
  await panel.getByRole('checkbox', { name: /assignment/ }).check();
  await panel.getByRole('button', { name: 'Run scenario' }).click();
  await expect(panel.getByTestId('scenario-summary')).toContainText('suspended', { timeout: 45_000 });
  await expect(page.getByTestId('delta-legend')).toBeVisible();
  await expect(page.locator(READY_MAP)).toBeVisible();
  const after = shrank(await map.screenshot({ mask: [page.getByTestId('delta-legend')] }));
  test.info().annotations.push({ type: 'pixels', description: `shrank ${percent(before)} → ${percent(after)}` });
  expect(after).toBeGreaterThan(before + 0.0001);
  await expect(page).toHaveURL(/[?&]scenario=user%3Aclose-malaszewicze&assign=1/);

  // A reload keeps the scenario (localStorage) and re-runs it from the URL.
  await page.reload();
  await expect(page.locator(READY_MAP)).toBeVisible();
  await expect(listed.getByRole('radio')).toBeChecked();
  await expect(panel.getByTestId('scenario-summary')).toContainText('suspended', { timeout: 45_000 });

  // Export, delete, import the exported file back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    listed.getByTestId('export-close-malaszewicze').click(),
  ]);
  expect(download.suggestedFilename()).toBe('scenario-close-malaszewicze.json');
  const path = await download.path();
  await listed.getByRole('button', { name: 'Delete' }).click();
  await expect(listed).toHaveCount(0);
  await panel.getByTestId('import-scenarios').setInputFiles(path);
  await expect(listed).toContainText('Close Małaszewicze');
  await panel.getByTestId('import-scenarios').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"scenarios":[{"id":"x"}]}'),
  });
  await expect(panel.getByText('broken.json /scenarios/0/nameEn: must be a non-empty string')).toBeVisible();

  // Shape-valid but naming a terminal this dataset lacks: listed, with the engine's check.
  const stale = {
    id: 'stale',
    nameEn: 'Stale',
    nameZh: '过时',
    description: 'Closes a terminal that does not exist.',
    edits: [{ kind: 'close-terminal', terminal: 'atlantis' }],
    sources: [],
  };
  await panel.getByTestId('import-scenarios').setInputFiles({
    name: 'stale.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ scenarios: [stale] })),
  });
  await expect(panel.getByTestId('user-scenario-stale')).toContainText('/edits/0/terminal');

  // Start from a preset: its edits are copied into the form under a new id.
  await form.getByTestId('from-preset').selectOption('malaszewicze-congestion');
  await form.getByRole('button', { name: 'Start from preset' }).click();
  await expect(form.getByTestId('draft-id')).toHaveValue('malaszewicze-congestion-copy');
  await expect(form.getByTestId('edit-0-hours')).toHaveValue('180');
});

test('the form names what its pickers offer: regions, places, vehicle and cargo classes, in either language', async ({
  page,
}) => {
  await openDashboard(page, '/?view=scenarios&lang=en#map=3.00/50.0000/40.0000');
  const form = page.getByTestId('panel').getByTestId('scenario-form');
  await form.getByTestId('new-edit-kind').selectOption('scale-demand');
  await form.getByTestId('add-edit').click();
  await expect(form.getByTestId('edit-0-from').locator('option[value="region:eu"]')).toHaveText(
    'European Union (region:eu)',
  );
  await expect(form.getByTestId('edit-0-cargo').locator('option[value="container"]')).toHaveText(
    'Containers (TEU) (container)',
  );
  await form.getByTestId('new-edit-kind').selectOption('set-emission-factor');
  await form.getByTestId('add-edit').click();
  const train = form.getByTestId('edit-1-vehicle').locator('option[value="rail-china-europe"]');
  await expect(train).toHaveText('China–Europe train (rail-china-europe)');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(train).toHaveText('中欧班列 (rail-china-europe)');
});

test('the routes compared are chosen in the view, kept in the URL, and come back on a reload', async ({ page }) => {
  test.setTimeout(60_000);
  await openDashboard(page, '/?view=scenarios&lang=en#map=3.00/50.0000/40.0000');
  const panel = page.getByTestId('panel');
  const pairs = panel.getByTestId('scenario-route-pairs');
  await expect(pairs.locator('li[data-route-pair]')).toHaveCount(5);
  await pairs.getByTestId('route-pair-from').selectOption('CNFOC');
  await pairs.getByTestId('route-pair-to').selectOption('DEHAM');
  await pairs.getByTestId('route-pair-mode').selectOption('rail');
  await pairs.getByTestId('route-pair-add').click();
  await pairs.getByTestId('route-pair-add').click();
  await expect(pairs.getByRole('alert')).toHaveText('This route is already compared.');
  await expect(pairs.locator('li[data-route-pair]')).toHaveCount(6);
  await pairs.getByRole('button', { name: 'Remove Xiamen → Rotterdam' }).click();
  await expect(pairs.locator('li[data-route-pair]')).toHaveCount(5);

  await panel.locator('input[value="malaszewicze-congestion"]').check();
  await panel.getByRole('button', { name: 'Run scenario' }).click();
  const row = panel.getByTestId('scenario-routes').locator('tr[data-route="Fuzhou → Hamburg"]');
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText('Rail');
  await expect(panel.getByTestId('scenario-routes').locator('tr[data-route="Xiamen → Rotterdam"]')).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]od=CNXMN%3ADEDUI%3Arail%2C.*CNFOC%3ADEHAM%3Arail/);

  await page.reload();
  await expect(
    page.getByTestId('panel').getByTestId('scenario-routes').locator('tr[data-route="Fuzhou → Hamburg"]'),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(
    page.getByTestId('panel').getByTestId('scenario-route-pairs').locator('li[data-route-pair]'),
  ).toHaveCount(5);
});

test('two stored scenarios with one id no longer blank the view: the first is listed, the other offered for export', async ({
  page,
}) => {
  const entry = {
    id: 'twin',
    nameEn: 'Twin',
    nameZh: '双胞胎',
    description: 'Closes Małaszewicze.',
    edits: [{ kind: 'close-border-crossing', terminal: 'brest_malaszewicze' }],
    sources: [],
  };
  const stored = JSON.stringify({ scenarios: [entry, { ...entry, nameEn: 'Twin again' }, { id: 7 }] });
  await page.addInitScript((text) => window.localStorage.setItem('corridor.scenarios.v1', text), stored);
  await openDashboard(page, '/?view=scenarios&lang=en#map=3.00/50.0000/40.0000');
  const panel = page.getByTestId('panel');
  await expect(panel.getByTestId('user-scenario-twin')).toHaveCount(1);
  await expect(panel.getByTestId('user-scenario-twin')).toContainText('Twin');
  await expect(panel.getByTestId('dropped-scenarios')).toContainText('2 stored scenario(s) left out (twin, ?)');
  const download = page.waitForEvent('download');
  await panel.getByTestId('export-dropped').click();
  expect((await download).suggestedFilename()).toBe('dropped-scenarios.json');
  // The presets are still there to run.
  await expect(panel.locator('input[value="red-sea-closure"]')).toBeVisible();
});

/** A user scenario as a scenarios.json entry: Małaszewicze closed. */
const CLOSE_MALASZEWICZE = {
  id: 'close-malaszewicze',
  nameEn: 'Close Małaszewicze',
  nameZh: '关闭马拉舍维奇',
  description: 'Brest / Małaszewicze shut.',
  edits: [{ kind: 'close-border-crossing', terminal: 'brest_malaszewicze' }],
  sources: [],
};

test('the Scenarios tab opens at its top, and its form shows no problem before the user acts', async ({ page }) => {
  test.setTimeout(60_000);
  // A long Route planner panel, scrolled down.
  await openDashboard(page, '/?view=route&lang=en&from=CNXMN&to=DEDUI&obj=balanced&teu=1&alt=3&vot=50&cp=100&sel=0');
  await expect(page.getByTestId('route-option')).toHaveCount(3, { timeout: 20_000 });
  const panel = page.getByTestId('panel');
  await panel.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  expect(await panel.evaluate((element) => element.scrollTop)).toBeGreaterThan(100);

  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await expect(panel.getByTestId('scenario-form')).toBeVisible();
  await expect(panel.locator('input[value="red-sea-closure"]')).toBeChecked();
  expect(await panel.evaluate((element) => element.scrollTop)).toBe(0);
  await page.screenshot({ path: test.info().outputPath('scenarios-tab.png') });

  // Nothing said against an empty form before the user acts.
  const form = panel.getByTestId('scenario-form');
  await expect(form.getByText('Required.')).toHaveCount(0);
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(form.getByTestId('save-disabled-reason')).toHaveCount(0);

  // A field left empty after typing says so; the others stay quiet until saving is tried.
  await form.getByTestId('draft-id').fill('x');
  await form.getByTestId('draft-id').fill('');
  await expect(form.getByText('Required.')).toHaveCount(1);
  await form.getByTestId('save-scenario').click();
  await expect(form.getByText('Required.')).toHaveCount(3);
  await expect(form.getByText('Add at least one edit.')).toBeVisible();
  await expect(form.getByTestId('draft-id')).toBeFocused();
});

test('the scenario form labels each control for what it takes, in both languages', async ({ page }) => {
  await openDashboard(page, '/?view=scenarios&lang=en#map=3.00/50.0000/40.0000');
  const form = page.getByTestId('panel').getByTestId('scenario-form');
  await form.getByLabel('Kind of edit to add').selectOption('close-border-crossing');
  await form.getByTestId('add-edit').click();
  await form.getByLabel('Kind of edit to add').selectOption('scale-capacity');
  await form.getByTestId('add-edit').click();

  const first = form.getByRole('group', { name: 'Edit 1: Close a border crossing' });
  await expect(first.getByRole('combobox', { name: 'Border crossing' })).toBeVisible();
  await expect(first.getByRole('combobox', { name: 'Kind of edit' })).toHaveValue('close-border-crossing');
  await expect(form.getByRole('group', { name: 'Edit 2: Scale a capacity' })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Remove edit 2' })).toBeVisible();
  await expect(form).not.toContainText('Edits 1');

  // Every control has a name a screen reader can say.
  const unnamed = await form
    .locator('input, select, textarea')
    .evaluateAll((controls) =>
      controls
        .filter(
          (control) => ((control as HTMLInputElement).labels?.length ?? 0) === 0 && !control.getAttribute('aria-label'),
        )
        .map((control) => control.outerHTML.slice(0, 80)),
    );
  expect(unnamed).toEqual([]);

  await page.getByRole('button', { name: '简体中文' }).click();
  const zhFirst = form.getByRole('group', { name: '第 1 项修改：关闭口岸' });
  await expect(zhFirst.getByRole('combobox', { name: '边境口岸' })).toBeVisible();
});

test('a shared link carries a user scenario: a fresh browser runs it, and can save it', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.addInitScript(
    (text) => window.localStorage.setItem('corridor.scenarios.v1', text),
    JSON.stringify({ scenarios: [CLOSE_MALASZEWICZE] }),
  );
  await openDashboard(page, '/?view=scenarios&lang=en#map=3.00/50.0000/40.0000');
  const panel = page.getByTestId('panel');
  await panel.getByTestId('user-scenario-close-malaszewicze').getByRole('radio').check();
  await panel.getByRole('button', { name: 'Run scenario' }).click();
  await expect(panel.getByTestId('scenario-summary')).toBeVisible({ timeout: 45_000 });
  await expect(page).toHaveURL(/[?&]scenario=user%3Aclose-malaszewicze(&assign=1)?&shared=[A-Za-z0-9%$-]+/);
  const link = page.url();

  // Another browser, which never saw the scenario.
  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    const otherPanel = other.getByTestId('panel');
    const linked = otherPanel.getByTestId('linked-scenario');
    await expect(linked).toContainText('Close Małaszewicze');
    await expect(linked).toContainText('not saved in this browser');
    await expect(linked.getByRole('radio')).toBeChecked();
    await expect(otherPanel.getByTestId('scenario-summary')).toBeVisible({ timeout: 45_000 });
    await expect(otherPanel.getByTestId('missing-scenario')).toHaveCount(0);
    await expect(otherPanel.locator('input[value="red-sea-closure"]')).not.toBeChecked();
    await other.screenshot({ path: test.info().outputPath('shared-scenario-link.png') });

    await linked.getByTestId('save-linked').click();
    await expect(otherPanel.getByTestId('linked-scenario')).toHaveCount(0);
    await expect(otherPanel.getByTestId('user-scenario-close-malaszewicze').getByRole('radio')).toBeChecked();
  } finally {
    await fresh.close();
  }
});

test('a link naming a user scenario this browser lacks says so, runs nothing else, and runs it once imported', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openDashboard(page, '/?view=scenarios&lang=en&scenario=user:close-malaszewicze#map=3.00/50.0000/40.0000');
  const panel = page.getByTestId('panel');
  const missing = panel.getByTestId('missing-scenario');
  await expect(missing).toContainText('“close-malaszewicze”, which is not saved in this browser');
  await expect(panel.locator('input[name="scenario"]:checked')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Run scenario' })).toBeDisabled();
  await expect(panel.getByTestId('scenario-summary')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('missing-scenario.png') });

  await missing.getByTestId('import-missing-scenario').setInputFiles({
    name: 'scenario-close-malaszewicze.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ scenarios: [CLOSE_MALASZEWICZE] })),
  });
  await expect(panel.getByTestId('missing-scenario')).toHaveCount(0);
  await expect(panel.getByTestId('user-scenario-close-malaszewicze').getByRole('radio')).toBeChecked();
  await expect(panel.getByTestId('scenario-summary')).toBeVisible({ timeout: 45_000 });
});

test('a preset run at once, while the worker still prepares the first preset, answers as the same run made once the page has settled', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  // Picked and run before the map is ready: the Red Sea's preparation is superseded, the run goes before the rest.
  const read = async (where: typeof page) => {
    const panel = where.getByTestId('panel');
    await expect(panel.getByTestId('scenario-summary')).toBeVisible({ timeout: 30_000 });
    return [
      await panel.getByTestId('scenario-summary').textContent(),
      await panel.getByTestId('scenario-routes').textContent(),
      await panel.getByTestId('scenario-bottlenecks').textContent(),
    ];
  };
  await page.goto('/?view=scenarios&lang=en');
  const panel = page.getByTestId('panel');
  await panel.locator('input[value="suez-closure"]').check();
  await panel.getByRole('button', { name: 'Run scenario' }).click();
  const atOnce = await read(page);

  const settled = await browser.newPage();
  await openDashboard(settled, '/?view=scenarios&lang=en');
  await settled.getByTestId('panel').locator('input[value="suez-closure"]').check();
  await expect(settled.locator(READY_MAP)).toBeVisible();
  await settled.getByTestId('panel').getByRole('button', { name: 'Run scenario' }).click();
  expect(await read(settled)).toEqual(atOnce);
  await settled.close();
});
