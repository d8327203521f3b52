import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { optionsWithSample } from './registry-steps';

const SCREENSHOTS = 'artifacts/screenshots';

test('health review: a one-click fix updates the review live and can be undone', async ({
  openExtensionPage,
}) => {
  const options = await optionsWithSample(openExtensionPage, '#tab=health');
  const panel = options.getByRole('region', { name: 'KPI health review' });
  await expect(panel.getByRole('status')).toContainText('68');
  await options.screenshot({ path: `${SCREENSHOTS}/options-health.png`, fullPage: true });
  const noTarget = panel
    .getByRole('listitem')
    .filter({ hasText: "'Qualified demo requests' is a KPI without a target" });
  await noTarget
    .getByRole('button')
    .filter({ hasNotText: 'Qualified demo requests' })
    .first()
    .click();
  await expect(options.getByTestId('status')).toContainText('Fix:');
  await expect(panel).not.toContainText("'Qualified demo requests' is a KPI without a target");
  await options.getByTestId('status').getByRole('button', { name: 'Undo' }).click();
  await expect(panel).toContainText("'Qualified demo requests' is a KPI without a target");
});

test('hierarchy: "Move under…" makes a KPI moved under a KPI a supporting KPI, never into its own branch, and undoes', async ({
  openExtensionPage,
}) => {
  const options = await optionsWithSample(openExtensionPage, '#tab=hierarchy');
  const tree = options.getByRole('tree');
  await expect(tree).toContainText('Weekly active teams');
  await options.screenshot({ path: `${SCREENSHOTS}/options-hierarchy.png`, fullPage: true });
  const move = options.getByLabel(/Move .*Customer acquisition cost.* under/);
  await expect(move.locator('option', { hasText: 'Page load time' })).toHaveCount(0);
  await move.selectOption({ label: 'CSAT' });
  await options.getByRole('button', { name: 'Move', exact: true }).click();
  const status = options.getByTestId('status');
  await expect(status).toContainText(
    "Move 'Customer acquisition cost' under 'CSAT' as a supporting KPI, no longer tied to 'Acquire customers efficiently'",
  );
  await expect(
    tree.getByRole('treeitem', { name: 'Customer acquisition cost, Supporting' }),
  ).toBeVisible();
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect(
    tree.getByRole('treeitem', { name: 'Customer acquisition cost, KPI' }),
  ).toBeVisible();

  await options.getByLabel(/Move .*'Sessions'.* under/).selectOption({ label: 'CSAT' });
  await options.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(status).toContainText("Move 'Sessions' under 'CSAT' as a supporting metric");
  await options.goto(`${options.url().split('#')[0]}#metric=sessions`);
  await expect(options.getByLabel('Supports (explains)')).toHaveValue('csat');
  await expect(options.getByLabel('Role')).toHaveValue('supporting');
});

test('restore a backup from the backups tab', async ({ openExtensionPage }) => {
  const options = await optionsWithSample(openExtensionPage, '#metric=followers');
  await options.getByRole('button', { name: 'Delete' }).click();
  await expect(options.getByTestId('status')).toContainText("Deletion of 'Followers': saved.");
  await options.getByRole('tab', { name: 'Backups' }).click();
  const backups = options.getByRole('list', { name: 'Backups' });
  await backups
    .getByRole('listitem')
    .filter({ hasText: "before deletion of 'Followers'" })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(options.getByTestId('status')).toContainText('Restore of the backup');
  await options.getByRole('tab', { name: 'Metrics' }).click();
  await expect(options.getByRole('table', { name: 'Metrics in the registry' })).toContainText(
    'Followers',
  );
});

test('sites and display: built-in tools are allowed, a bad address says what to do, settings save', async ({
  openExtensionPage,
}) => {
  const options = await optionsWithSample(openExtensionPage, '#tab=sites');
  await expect(options.getByRole('table', { name: 'Supported tools' })).toContainText(
    'analytics.google.com',
  );
  await expect(
    options.getByRole('table', { name: 'Supported tools' }).getByText('✓ allowed').first(),
  ).toBeVisible();
  await options.getByLabel('Site address').fill('not a site');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByRole('alert')).toContainText(
    'is not a host name KPI Lens can use. Type one such as metabase.acme.com.',
  );
  await options.getByLabel('Compact dots').check();
  await expect(options.getByTestId('status')).toContainText('Display settings saved.');
  await options.getByLabel('Dark', { exact: true }).check();
  await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');
  await options.screenshot({ path: `${SCREENSHOTS}/options-sites-dark.png`, fullPage: true });
  await options.reload();
  await expect(options.getByLabel('Compact dots')).toBeChecked();
});

test('value history: turn it off, keep a site out, export and clear', async ({
  openExtensionPage,
}) => {
  const options = await optionsWithSample(openExtensionPage, '#tab=sites');
  const history = options.getByRole('region', { name: 'Value history' });
  await history.getByLabel('Keep a private history of values').uncheck();
  await expect(options.getByTestId('status')).toContainText('Display settings saved.');
  await history.getByLabel('Never record values on').fill('https://app.hubspot.com/reports');
  await history.getByRole('button', { name: 'Add' }).click();
  await expect(
    history.getByRole('list', { name: 'Sites whose values are never recorded' }),
  ).toContainText('app.hubspot.com');
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    history.getByRole('button', { name: 'Export history as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^kpi-lens-value-history-\d{4}-\d{2}-\d{2}\.csv$/);
  await history.getByRole('button', { name: 'Clear history…' }).click();
  await history.getByRole('button', { name: 'Clear history', exact: true }).click();
  await expect(options.getByTestId('status')).toContainText('Forgot 0 readings.');
  await options.reload();
  await expect(
    options
      .getByRole('region', { name: 'Value history' })
      .getByLabel('Keep a private history of values'),
  ).not.toBeChecked();
});

const AXE_PAGES = [
  ...['metrics', 'objectives', 'hierarchy', 'health', 'sites', 'backups'].map(
    (tab) => [`the ${tab} tab`, `#tab=${tab}`] as const,
  ),
  ["a metric's form", '#metric=csat'] as const,
];
for (const colorScheme of ['light', 'dark'] as const) {
  for (const [what, hash] of AXE_PAGES) {
    test(`${what} has no serious accessibility violations in ${colorScheme} mode (axe)`, async ({
      openExtensionPage,
    }) => {
      const options = await optionsWithSample(openExtensionPage, hash);
      await options.emulateMedia({ colorScheme });
      await expect(options.getByRole('tabpanel')).toBeVisible();
      const results = await new AxeBuilder({ page: options }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
        ),
      ).toEqual([]);
    });
  }
}
