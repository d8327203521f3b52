import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  chromiumArgs,
  CHROMIUM_PATH,
  EXTENSION_DIR,
  expect,
  findWelcomeTab,
  test,
} from './fixtures';

const SCREENSHOTS = 'artifacts/screenshots';

async function loadSample(options: Page) {
  await options.getByRole('button', { name: 'Try with the sample registry' }).click();
  await expect(options.getByTestId('status')).toContainText('Loaded the sample registry');
}

function metricsTable(options: Page) {
  return options.getByRole('table', { name: 'Metrics in the registry' });
}

test('first run: the sample registry is offered, loads, and can be undone', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('heading', { name: 'Your registry is empty' })).toBeVisible();
  await options.screenshot({ path: `${SCREENSHOTS}/options-first-run.png` });
  await loadSample(options);
  await expect(metricsTable(options)).toContainText('Trial-to-paid conversion rate');
  await expect(options.getByTestId('registry-summary')).toHaveText(
    'Sample: Acme growth metrics · 21 metrics · 6 KPIs · 4 objectives',
  );
  await options.screenshot({ path: `${SCREENSHOTS}/options-sample.png`, fullPage: true });

  await options.getByTestId('status').getByRole('button', { name: 'Undo' }).click();
  await expect(options.getByTestId('status')).toContainText('Undone: loading the sample registry');
  await expect(options.getByRole('heading', { name: 'Your registry is empty' })).toBeVisible();
  // Empty again, and still a whole page: a backup to restore, a site to add.
  await options.getByRole('tab', { name: 'Backups' }).click();
  await expect(options.getByRole('heading', { name: 'Backups' })).toBeVisible();
});

test('the popup offers the sample on first run', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 300 });
  await popup.getByRole('button', { name: 'Try the sample registry' }).click();
  await expect(popup.getByTestId('popup-status')).toContainText('Loaded the sample registry.');
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-first-run.png` });
});

test('import shows a preview first, writes nothing until confirmed, then merges with undo', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  await loadSample(options);
  const teammate = {
    format: 'kpi-lens.registry',
    version: 1,
    exportedAt: '2026-11-22T10:00:00.000Z',
    objectives: [],
    metrics: [
      {
        id: 'trial-to-paid',
        name: 'Trial-to-paid conversion rate',
        role: 'kpi',
        objectiveId: 'grow-paid',
        owner: 'Robin',
        updatedAt: '2026-11-22T09:00:00.000Z',
        target: { op: '>=', value: 27, unit: '%', by: '2027-09-30' },
      },
      {
        id: 'csat',
        name: 'CSAT',
        role: 'kpi',
        owner: 'Someone',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      {
        id: 'nps',
        name: 'Net promoter score',
        aliases: ['NPS'],
        role: 'supporting',
        supports: 'csat',
      },
      { id: 'bad', name: 'Bounce rate', target: { op: '>=', value: 'forty' } },
      { id: 'ghost-child', name: 'Ghost child', supports: 'ghost' },
    ],
  };
  const file = path.resolve('test-results/teammate.json');
  writeFileSync(file, JSON.stringify(teammate));
  await options.getByLabel('Import registry').setInputFiles(file);

  const preview = options.getByTestId('import-preview');
  await expect(preview.getByTestId('import-counts')).toHaveText(
    '1 metric added · 1 metric updated · 1 metric conflicting · 2 metrics invalid (skipped)',
  );
  await expect(preview.getByTestId('import-invalid')).toContainText(
    "metric 4 'Bounce rate': target.value must be a number",
  );
  await expect(preview.getByTestId('import-invalid')).toContainText(
    "supports 'ghost', which is neither in this file nor in your registry",
  );
  // The conflicting record (mine is newer) keeps mine unless I pick theirs.
  await expect(preview.getByTestId('choice-metric:csat').getByLabel(/keep mine/)).toBeChecked();
  await options.screenshot({ path: `${SCREENSHOTS}/options-import-preview.png`, fullPage: true });
  await expect(metricsTable(options)).not.toContainText('Net promoter score');

  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(options.getByTestId('status')).toContainText(
    'Imported “teammate.json”: 1 metric added, 1 metric updated, 1 metric kept as you had them. The registry now has 22 metrics.',
  );
  await expect(metricsTable(options)).toContainText('Net promoter score');
  await expect(options.getByLabel('Owner of Trial-to-paid conversion rate')).toHaveValue('Robin');
  await expect(options.getByLabel('Owner of CSAT')).toHaveValue('Sam');

  await options.getByRole('toolbar').getByRole('button', { name: 'Undo' }).click();
  await expect(metricsTable(options)).not.toContainText('Net promoter score');
  await expect(options.getByLabel('Owner of Trial-to-paid conversion rate')).toHaveValue('Dana');
});

test('a spreadsheet kept by hand: its columns are read or named, a file of only problems offers no import', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  await loadSample(options);
  const sheet = path.resolve('test-results/team-sheet.csv');
  writeFileSync(
    sheet,
    'Metric,Owner(s),Target,Team name,Role,Budget\nDemo signups,Robin,≥ 40,Sales,Supporting KPI,100\nLikes,,,,Vanity,0\n',
  );
  await options.getByLabel('Import registry').setInputFiles(sheet);
  const preview = options.getByTestId('import-preview');
  await expect(preview.getByTestId('import-counts')).toHaveText('2 metrics added');
  // A supporting metric that supports nothing is imported, and said so before.
  await expect(preview.getByTestId('import-warnings').getByRole('listitem')).toHaveText([
    'Not read: the column “Budget” (KPI Lens has no such field). Its cells are left out.',
    '“Demo signups” is supporting but names no metric it supports: write that metric’s name in a supports column of the file, or set it after importing.',
  ]);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(options.getByTestId('status')).toContainText('The registry now has 23 metrics.');
  await expect(options.getByLabel('Owner of Demo signups')).toHaveValue('Robin');

  const broken = path.resolve('test-results/all-broken.csv');
  writeFileSync(broken, 'name,target_op,target_value\nCAC,<=,fifty\nCSAT,maybe,4\n');
  await options.getByLabel('Import registry').setInputFiles(broken);
  await expect(preview.getByTestId('import-nothing')).toHaveText(
    'Nothing can be imported: every record in this file has a problem (listed below).',
  );
  await expect(preview.getByTestId('import-invalid')).toContainText(
    'target_op must be ≥, ≤ or = (or >=, <=, =)',
  );
  await expect(preview.getByRole('button', { name: 'Import' })).toHaveCount(0);
  // Nothing to merge or replace with: no such question, and the sentence reads before its list.
  await expect(preview.getByLabel('Merge into my registry')).toHaveCount(0);
  await expect(preview.getByLabel('Replace my registry with this file')).toHaveCount(0);
  const [nothingTop, listTop] = await Promise.all(
    ['import-nothing', 'import-invalid'].map(
      async (id) => (await preview.getByTestId(id).boundingBox())?.y ?? Number.NaN,
    ),
  );
  expect(nothingTop).toBeLessThan(listTop ?? Number.NaN);
  await preview.screenshot({ path: `${SCREENSHOTS}/options-import-all-broken.png` });
});

test('a broken file gets a clear message and changes nothing', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await loadSample(options);
  const file = path.resolve('test-results/broken.json');
  writeFileSync(file, '{"format":"kpi-lens.registry","version":1,"metrics":[{"id":"a","na');
  await options.getByLabel('Import registry').setInputFiles(file);
  await expect(options.getByRole('alert')).toContainText(
    'Nothing was imported. This file is not valid JSON',
  );
  await expect(options.getByTestId('import-preview')).toHaveCount(0);
  await expect(options.getByTestId('registry-summary')).toContainText('21 metrics');
  await options.screenshot({ path: `${SCREENSHOTS}/options-import-error.png` });
});

for (const kind of ['JSON', 'CSV'] as const) {
  test(`export as ${kind}, replace the registry with it, and get the same registry back`, async ({
    openExtensionPage,
  }) => {
    const options = await openExtensionPage('options.html');
    await loadSample(options);
    const before = await metricsTable(options).innerText();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: `Export ${kind}` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(
        `^kpi-lens-sample-acme-growth-metrics-\\d{4}-\\d{2}-\\d{2}\\.${kind.toLowerCase()}$`,
      ),
    );
    const saved = path.resolve('test-results', download.suggestedFilename());
    await download.saveAs(saved);
    const text = readFileSync(saved, 'utf8');
    if (kind === 'JSON')
      expect(JSON.parse(text)).toMatchObject({ format: 'kpi-lens.registry', version: 1 });
    else expect(text.split('\r\n')[0]).toMatch(/^id,name,aliases,role,/);

    await options.getByLabel('Import registry').setInputFiles(saved);
    // 21 metrics and the 4 objectives they use: the export holds the whole registry.
    await expect(options.getByTestId('import-counts')).toHaveText(
      '21 metrics unchanged · 4 objectives unchanged',
    );
    await options.getByLabel('Replace my registry with this file').check();
    await expect(options.getByTestId('import-counts')).toHaveText(
      '21 metrics unchanged · 4 objectives unchanged',
    );
    await expect(options.getByTestId('import-nothing')).toHaveText(
      'Nothing to import: your registry already has all of it.',
    );
    await expect(options.getByRole('button', { name: 'Replace registry' })).toBeDisabled();
    expect(await metricsTable(options).innerText()).toBe(before);
  });
}

test('installing KPI Lens opens the registry page with the first-run offer', async () => {
  // Its own browser: the shared fixture closes that tab before a test starts.
  const { chromium } = await import('@playwright/test');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const context = await chromium.launchPersistentContext(
    mkdtempSync(path.join(tmpdir(), 'kpi-lens-install-')),
    {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromiumArgs(EXTENSION_DIR),
    },
  );
  const welcome = await findWelcomeTab(context);
  await expect(welcome.getByRole('button', { name: 'Try with the sample registry' })).toBeVisible();
  await context.close();
});
