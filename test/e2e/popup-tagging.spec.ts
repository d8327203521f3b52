import { expect, test } from './fixtures';
import { OverlayPage } from './overlay-page';
import { demoWithPopup } from './registry-steps';

const SCREENSHOTS = 'artifacts/screenshots';

test('tag a candidate as a KPI from the popup: the badge shows it on the page without a reload, and undo removes it', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  const { dashboard, popup } = await demoWithPopup(context, extensionId, openExtensionPage);

  await expect(popup.getByTestId('page-summary')).toContainText('metrics here:');
  await expect(popup.getByRole('list', { name: 'Registered metrics on this page' })).toContainText(
    'Trial-to-paid conversion rate',
  );
  const candidates = popup.getByRole('list', { name: 'Untagged labels on this page' });
  await expect(candidates).toContainText('Revenue per user');
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-page.png`, fullPage: true });

  await candidates.getByRole('button', { name: /Revenue per user/ }).click();
  const form = popup.getByTestId('tag-form');
  await form.getByRole('radio', { name: 'KPI' }).check();
  await form.getByLabel('Target, deadline and owner').fill('≥ 45 $ by 2027-Q3 · Dana');
  // Teams already in the registry are offered as the person types.
  await expect(form.locator('#tag-team-suggestions option[value="Growth"]')).toHaveCount(1);
  await form.getByLabel('Team').fill('Growth');
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-tag-form.png`, fullPage: true });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByTestId('popup-status')).toContainText(
    'Tagged “Revenue per user” as a KPI.',
  );
  await expect(popup.getByRole('list', { name: 'Registered metrics on this page' })).toContainText(
    'Revenue per user',
  );
  await expect(popup.getByRole('list', { name: 'Registered metrics on this page' })).toContainText(
    'Dana',
  );
  // On the page itself, without a reload: the new KPI's badge, and its card names the team.
  const overlay = new OverlayPage(dashboard);
  await overlay.waitForBadge('revenue-per-user', /KPI · ≥\$45/);
  await overlay.hoverBadge('revenue-per-user');
  await expect.poll(() => overlay.cardText()).toContain('Growth');
  await dashboard.mouse.move(5, 790);

  // Supporting metric of the new KPI.
  await popup
    .getByRole('list', { name: 'Untagged labels on this page' })
    .getByRole('button', { name: /Avg\. engagement time/ })
    .click();
  // A line KPI Lens cannot read says how to write it, and goes once the person changes course.
  const tagForm = popup.getByTestId('tag-form');
  await tagForm.getByRole('radio', { name: 'KPI' }).check();
  await tagForm.getByLabel('Target, deadline and owner').fill('twelve percent next quarter');
  await tagForm.getByRole('button', { name: 'Save' }).click();
  await expect(tagForm.getByRole('alert')).toContainText('target value');
  await tagForm.getByRole('radio', { name: 'Supporting' }).check();
  await expect(tagForm.getByRole('alert')).toBeHidden();
  await popup.getByTestId('tag-form').getByRole('radio', { name: 'Supporting' }).check();
  await popup
    .getByTestId('tag-form')
    .getByLabel('Supports which KPI?')
    .selectOption({ label: 'Revenue per user' });
  await popup.getByTestId('tag-form').getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByTestId('popup-status')).toContainText(
    'Tagged “Avg. engagement time” as supporting.',
  );
  // The list shows the six most telling metrics first; the rest are one click away.
  await popup.getByRole('button', { name: 'Show all 20' }).click();
  await expect(popup.getByRole('list', { name: 'Registered metrics on this page' })).toContainText(
    'supports Revenue per user',
  );

  await new OverlayPage(dashboard).waitForBadge('avg-engagement-time', /supports Revenue/);
  await popup.getByTestId('popup-status').getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () => (await new OverlayPage(dashboard).badges()).map((b) => b.metricId))
    .not.toContain('avg-engagement-time');
  await expect(
    popup.getByRole('list', { name: 'Registered metrics on this page' }),
  ).not.toContainText('Avg. engagement time');
});

test('turning KPI Lens off on a site is one click, and on again', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  const { popup } = await demoWithPopup(context, extensionId, openExtensionPage);
  await popup.getByRole('button', { name: 'Turn KPI Lens off on 127.0.0.1' }).click();
  await expect(popup.getByTestId('site-notice')).toContainText('KPI Lens is off on 127.0.0.1.');
  await popup.getByRole('button', { name: 'Turn on' }).click();
  await expect(popup.getByTestId('page-summary')).toBeVisible();
});
