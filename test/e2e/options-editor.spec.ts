import { DEMO_ORIGIN, expect, test } from './fixtures';
import { optionsWithSample } from './registry-steps';
import { OverlayPage } from './overlay-page';

const SCREENSHOTS = 'artifacts/screenshots';

test('edit a KPI target in the full form: invalid values say how to fix them, valid ones save', async ({
  openExtensionPage,
}) => {
  const options = await optionsWithSample(openExtensionPage, '#metric=csat');
  const form = options.getByTestId('metric-form');
  await expect(form.getByRole('heading', { name: 'Edit “CSAT”' })).toBeVisible();
  await form.getByLabel('Target value').fill('ninety');
  await expect(form.getByText('Type a number, such as 25 or 4.5')).toBeVisible();
  await form.getByLabel('Deadline').fill('next year');
  await expect(
    form.getByText('Must be a date such as 2026-09-30 or a period such as 2026-Q3.'),
  ).toBeVisible();
  await options.screenshot({
    path: `${SCREENSHOTS}/options-metric-form-errors.png`,
    fullPage: true,
  });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Fix the fields marked above to save.')).toBeVisible();

  await form.getByLabel('Target value').fill('92');
  await form.getByLabel('Deadline').fill('2027-Q2');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('status')).toContainText("Edit of 'CSAT': saved.");
  await expect(options.locator('tr[data-metric-id="csat"]')).toContainText('≥92% by 2027-Q2');

  // Undo names the metric as it is written, not lower-cased.
  await expect(options.getByRole('toolbar').getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    "Undo edit of 'CSAT'",
  );
  await options.getByTestId('status').getByRole('button', { name: 'Undo' }).click();
  await expect(options.getByTestId('status')).toContainText("Undone: edit of 'CSAT'.");
  await expect(options.locator('tr[data-metric-id="csat"]')).toContainText('≥90%');
});

test('a KPI without a target shows its health problems in the form', async ({
  openExtensionPage,
}) => {
  const options = await optionsWithSample(openExtensionPage, '#metric=qualified-demo-requests');
  await expect(options.getByRole('list', { name: 'Health of this metric' })).toContainText(
    'a KPI without a target is just a metric',
  );
});

test('at 1280 px the metric form shows every choice whole, the sample’s long names too', async ({
  openExtensionPage,
}) => {
  const options = await optionsWithSample(openExtensionPage, '#metric=csat');
  const form = options.getByTestId('metric-form');
  await form.getByLabel('Vanity', { exact: true }).selectOption('false');
  await options.screenshot({ path: `${SCREENSHOTS}/options-metric-form-choices.png` });
  // Objective and Supports list the registry's own names: two columns hold the sample's.
  const fixedChoices = [
    'Role',
    'Vanity',
    'Objective',
    'Supports (explains)',
    'Target',
    'Review cadence',
    'Indicator',
  ];
  const cut = await form.evaluate((el, labels) => {
    const found: string[] = [];
    for (const label of labels) {
      const id = [...el.querySelectorAll('label')].find((l) => l.textContent === label)?.htmlFor;
      const select = el.querySelector<HTMLSelectElement>(`select#${id}`);
      if (!select) throw new Error(`No select labelled ${label}`);
      // A select sized to its content is as wide as its longest option: the one shown must be too.
      const natural = select.cloneNode(true) as HTMLSelectElement;
      natural.style.cssText = 'position: absolute; width: auto; max-width: none;';
      select.parentElement!.append(natural);
      if (natural.offsetWidth > select.offsetWidth)
        found.push(`${label}: ${natural.offsetWidth}px of options in ${select.offsetWidth}px`);
      natural.remove();
    }
    return found;
  }, fixedChoices);
  expect(cut).toEqual([]);
});

test('from an empty registry every tab opens, and the first metric is made by hand', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  const welcome = options.getByRole('region', { name: 'Your registry is empty' });
  await expect(welcome).toBeVisible();
  await expect(options.getByRole('tab', { name: 'Metrics', selected: true })).toBeVisible();
  await options.screenshot({ path: `${SCREENSHOTS}/options-empty.png`, fullPage: true });

  await options.getByRole('tab', { name: 'Sites & display' }).click();
  await expect(options.getByRole('heading', { name: 'Your own sites' })).toBeVisible();
  await expect(welcome).toBeHidden();
  await options.getByRole('tab', { name: 'Backups' }).click();
  await expect(options.getByText('No backups yet: one is kept before every change.')).toBeVisible();
  // No score for a registry with nothing in it, beside the tab or on it.
  await options.getByRole('tab', { name: 'Health', exact: true }).click();
  await expect(options.getByTestId('health-nothing')).toContainText('Nothing to review yet');
  await options.screenshot({ path: `${SCREENSHOTS}/options-empty-health.png`, fullPage: true });

  await options.getByRole('tab', { name: 'Metrics' }).click();
  await welcome.getByRole('button', { name: 'Create your first metric' }).click();
  const form = options.getByTestId('metric-form');
  await expect(form.getByRole('heading', { name: 'New metric' })).toBeVisible();
  expect(new URL(options.url()).hash).toBe('#metric=new');
  await form.getByLabel('Name', { exact: true }).fill('Weekly signups');
  await form.getByRole('button', { name: 'Add metric' }).click();
  await expect(options.getByTestId('status')).toContainText("New metric 'Weekly signups': saved.");
  await expect(options.locator('tr[data-metric-id="weekly-signups"]')).toBeVisible();
  await expect(welcome).toBeHidden();
});

test('cancelling a form with unsaved edits asks before discarding them', async ({
  openExtensionPage,
}) => {
  const options = await optionsWithSample(openExtensionPage, '#metric=cac');
  await options.getByLabel('Owner', { exact: true }).fill('Robin');
  await options.getByRole('button', { name: 'Cancel' }).click();
  await expect(options.getByRole('alertdialog', { name: 'Discard changes?' })).toBeVisible();
  await options.getByRole('button', { name: 'Keep editing' }).click();
  await expect(options.getByLabel('Owner', { exact: true })).toHaveValue('Robin');
});

test('leaving a form with unsaved edits by a tab or Back asks first, and keeps what was typed', async ({
  openExtensionPage,
}) => {
  const options = await optionsWithSample(openExtensionPage, '#metric=cac');
  const owner = options.getByLabel('Owner', { exact: true });
  const leaving = options.getByRole('alertdialog', { name: 'Leave without saving?' });
  await owner.fill('Robin');
  await options.getByRole('tab', { name: 'Objectives' }).click();
  await expect(leaving).toBeVisible();
  await expect(options.getByTestId('metric-form')).toBeVisible();
  await expect(options.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await options.screenshot({ path: `${SCREENSHOTS}/options-leave-unsaved.png` });
  await options.getByRole('button', { name: 'Keep editing' }).click();
  await expect(leaving).toBeHidden();
  await expect(owner).toHaveValue('Robin');

  // The browser's Back: the page stays, and so does the address.
  await options.goBack();
  await expect(leaving).toBeVisible();
  await expect(owner).toHaveValue('Robin');
  expect(new URL(options.url()).hash).toBe('#metric=cac');

  // Saved edits leave freely; discarded ones are gone from the form, not from the registry.
  await options.getByRole('tab', { name: 'Health' }).click();
  await options.getByRole('button', { name: 'Discard and leave' }).click();
  await expect(options.getByRole('tab', { name: /Health/, selected: true })).toBeVisible();
  await options.goto(`${options.url().split('#')[0]}#metric=cac`);
  await expect(owner).not.toHaveValue('Robin');
  await owner.fill('Robin');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('status')).toContainText(
    "Edit of 'Customer acquisition cost': saved.",
  );
  await options.getByRole('tab', { name: 'Objectives' }).click();
  await expect(options.getByRole('tab', { name: 'Objectives', selected: true })).toBeVisible();
  await expect(leaving).toBeHidden();
});

test("an objective's unsaved edits hold against a link to a metric, as against a tab", async ({
  openExtensionPage,
}) => {
  const options = await optionsWithSample(openExtensionPage, '#tab=objectives');
  await options
    .locator('article[data-objective-id="deliver-on-time"]')
    .getByRole('button', { name: 'Edit' })
    .click();
  const form = options.getByRole('form', { name: 'Edit objective Deliver on time' });
  await form.getByLabel('Name').fill('Ship on time');
  // Another objective's metric, one click from the form.
  await options
    .locator('article[data-objective-id="delight-customers"]')
    .getByRole('button', { name: 'CSAT' })
    .click();
  await expect(options.getByRole('alertdialog', { name: 'Leave without saving?' })).toBeVisible();
  await options.getByRole('button', { name: 'Keep editing' }).click();
  await expect(form.getByLabel('Name')).toHaveValue('Ship on time');
  await options
    .locator('article[data-objective-id="delight-customers"]')
    .getByRole('button', { name: 'CSAT' })
    .click();
  await options.getByRole('button', { name: 'Discard and leave' }).click();
  await expect(options.getByRole('heading', { name: 'Edit “CSAT”' })).toBeVisible();
});

test('inline edit, search, filters and a bulk action with undo', async ({ openExtensionPage }) => {
  const options = await optionsWithSample(openExtensionPage);
  const table = options.getByRole('table', { name: 'Metrics in the registry' });
  const owner = options.getByLabel('Owner of Open rate');
  await owner.fill('Jo');
  await owner.press('Enter');
  await expect(options.getByTestId('status')).toContainText("Edit of 'Open rate' (owner): saved.");

  await options.getByRole('searchbox', { name: 'Search names and aliases' }).fill('rate');
  await expect(options.getByTestId('metric-count')).toHaveText('Showing 6 of 21 metrics');
  await options.getByRole('search').getByLabel('Role').selectOption('diagnostic');
  await expect(options.getByTestId('metric-count')).toHaveText('Showing 2 of 21 metrics');

  await options.getByLabel('Select all shown metrics').check();
  await options
    .getByRole('region', { name: 'Bulk actions' })
    .getByLabel('Bulk action')
    .selectOption('team');
  await options.getByLabel('New team').fill('Web');
  await options.screenshot({ path: `${SCREENSHOTS}/options-metrics-bulk.png` });
  await options.getByRole('button', { name: 'Apply' }).click();
  await expect(options.getByTestId('status')).toContainText('Bulk edit: team of 2 metrics: saved.');
  await expect(options.getByLabel('Team of Bounce rate')).toHaveValue('Web');
  await expect(options.getByLabel('Team of Landing-page conversion rate')).toHaveValue('Web');

  await options.getByTestId('status').getByRole('button', { name: 'Undo' }).click();
  await expect(options.getByLabel('Team of Bounce rate')).toHaveValue('');
  await expect(table).toBeVisible();
});

test('objectives: create one, then retire it with undo', async ({ openExtensionPage }) => {
  const options = await optionsWithSample(openExtensionPage, '#tab=objectives');
  await options.getByRole('button', { name: 'New objective' }).click();
  await options.getByRole('button', { name: 'Add objective' }).click();
  await expect(options.getByText('An objective needs a name')).toBeVisible();
  await options.getByLabel('Name').fill('grow paid  Conversions');
  await options.getByRole('button', { name: 'Add objective' }).click();
  await expect(options.locator('#objective-name-error')).toHaveText(
    '“Grow paid conversions” already exists: choose another name, or cancel and edit that objective.',
  );
  await expect(options.getByRole('article', { name: 'Grow paid conversions' })).toHaveCount(1);
  await options.getByLabel('Name').fill('Retain customers');
  await options.getByLabel('Period').fill('2027-Q1');
  await options.getByRole('button', { name: 'Add objective' }).click();
  await expect(options.getByRole('article', { name: 'Retain customers' })).toContainText('2027-Q1');

  const grow = options.getByRole('article', { name: 'Grow paid conversions' });
  await grow.getByRole('button', { name: 'Retire' }).click();
  await expect(grow.getByRole('alertdialog')).toContainText(
    'Qualified demo requests, Trial-to-paid conversion rate, Weekly active teams will no longer name an objective',
  );
  await options.screenshot({ path: `${SCREENSHOTS}/options-objectives.png`, fullPage: true });
  await grow.getByRole('button', { name: 'Retire objective' }).click();
  await expect(options.getByRole('article', { name: 'Grow paid conversions' })).toHaveCount(0);
  await options.getByTestId('status').getByRole('button', { name: 'Undo' }).click();
  await expect(options.getByRole('article', { name: 'Grow paid conversions' })).toBeVisible();
});

test('a new metric from a link has its name filled in, and a clashing alias is flagged before saving', async ({
  openExtensionPage,
}) => {
  const options = await optionsWithSample(
    openExtensionPage,
    '#metric=new&name=Revenue%20per%20user',
  );
  const form = options.getByTestId('metric-form');
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Revenue per user');
  await form.getByLabel('Aliases (other labels on your dashboards)').fill('Visits');
  await expect(
    form.getByText('“Sessions” already uses this alias: both would badge the same label.'),
  ).toBeVisible();
  await form.getByLabel('Aliases (other labels on your dashboards)').fill('ARPU');
  await form.getByRole('button', { name: 'Add alias' }).click();
  await form.getByRole('button', { name: 'Add metric' }).click();
  await expect(options.getByTestId('status')).toContainText(
    "New metric 'Revenue per user': saved.",
  );
  await expect(options.locator('tr[data-metric-id="revenue-per-user"]')).toContainText('also ARPU');
});

test("editing a KPI's target in the registry updates its badge on an open dashboard tab", async ({
  context,
  openExtensionPage,
}) => {
  const options = await optionsWithSample(openExtensionPage);
  const dashboard = await context.newPage();
  await dashboard.goto(`${DEMO_ORIGIN}/demo/dashboard.html`);
  const overlay = new OverlayPage(dashboard);
  await overlay.waitForBadge('csat', /≥90%/);

  await options.bringToFront();
  await options.goto(`${options.url().split('#')[0]}#metric=csat`);
  await options.getByTestId('metric-form').getByLabel('Target value').fill('93');
  await options.getByTestId('metric-form').getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('status')).toContainText("Edit of 'CSAT': saved.");

  await overlay.waitForBadge('csat', /≥93%/);
});
