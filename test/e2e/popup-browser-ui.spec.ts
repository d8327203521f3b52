/**
 * The popup journeys that go through the browser's own UI, in headed Chromium on a private
 * X display (desktop-fixtures.ts): the real toolbar popup opened with KPI Lens's shortcut,
 * the real permission prompt, the real context menu.
 */
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './desktop-fixtures';
import { DEMO_ORIGIN } from './fixtures';
import { loadSampleRegistry, OverlayPage } from './overlay-page';

/** The hosts KPI Lens holds a permission for, as the browser reports them. */
async function grantedOrigins(context: BrowserContext): Promise<string[]> {
  const worker = context.serviceWorkers()[0]!;
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } };
    };
    return (await chrome.permissions.getAll()).origins ?? [];
  });
}

const SCREENSHOTS = 'artifacts/screenshots';
/** A host outside the manifest's host_permissions that Chromium resolves to this machine. */
const NEW_HOST = 'metabase.localhost';

test('enable on a new host: the popup asks the browser for that one site, and badges appear there at once and on every later visit', async ({
  context,
  openExtensionPage,
  browserUi,
}) => {
  await loadSampleRegistry(openExtensionPage);
  const dashboard = await context.newPage();
  await dashboard.goto(`${DEMO_ORIGIN.replace('127.0.0.1', NEW_HOST)}/demo/dashboard.html`);
  const overlay = new OverlayPage(dashboard);

  const popup = await browserUi.openPopupWithShortcut(dashboard);
  await expect(popup.getByTestId('site-notice')).toContainText(
    `KPI Lens is not allowed on ${NEW_HOST} yet.`,
  );
  expect(await overlay.badges()).toEqual([]);
  // The toolbar popup takes its content's size: the popup's own width, not a cramped column.
  expect(await popup.evaluate(() => window.innerWidth)).toBeGreaterThanOrEqual(380);
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-not-allowed.png` });
  await browserUi.answerPermissionPrompt(
    popup,
    popup.getByRole('button', { name: `Enable on ${NEW_HOST}` }),
    'Allow',
  );

  // The browser now grants KPI Lens that one site, as the page's scheme.
  await expect.poll(() => grantedOrigins(context)).toContain(`http://${NEW_HOST}/*`);
  // At once, on the page the person is looking at.
  await overlay.waitForBadge('trial-to-paid', /KPI · ≥25%/);
  // And on every later visit: the content script is registered for the site, not just run once.
  await dashboard.reload();
  await overlay.waitForBadge('trial-to-paid', /KPI · ≥25%/);
  const again = await browserUi.openPopupWithShortcut(dashboard);
  await expect(again.getByTestId('page-summary')).toContainText('metrics here:');
  await expect(again.getByTestId('site-notice')).toHaveCount(0);
});

test('the context-menu path: select a label on the page, right-click, “Tag “…” in KPI Lens”, and the popup opens on the tag form with that name', async ({
  context,
  openExtensionPage,
  browserUi,
}) => {
  await loadSampleRegistry(openExtensionPage);
  const dashboard = await context.newPage();
  await dashboard.goto(`${DEMO_ORIGIN}/demo/dashboard.html`);
  const overlay = new OverlayPage(dashboard);
  await overlay.waitForBadge('trial-to-paid');

  // A triple click selects the label, as a person would before right-clicking it.
  const label = dashboard.getByText('Revenue per user', { exact: true });
  await label.click({ clickCount: 3 });
  const box = (await label.boundingBox())!;
  const popupOpens = browserUi.waitForToolbarPopup();
  await browserUi.chooseFromContextMenu(
    dashboard,
    box.x + box.width / 2,
    box.y + box.height / 2,
    // “Tag “Revenue per user” in KPI Lens”: the menu's only item that starts with a T.
    't',
  );
  const popup = await popupOpens;

  const form = popup.getByTestId('tag-form');
  await expect(form.getByLabel('Metric name')).toHaveValue('Revenue per user');
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-from-context-menu.png` });
  await form.getByRole('radio', { name: 'KPI' }).check();
  await form.getByLabel('Target, deadline and owner').fill('≥ 45 $ by 2027-Q3 · Dana');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByTestId('popup-status')).toContainText(
    'Tagged “Revenue per user” as a KPI.',
  );
  await overlay.waitForBadge('revenue-per-user', /KPI · ≥\$45/);
});
