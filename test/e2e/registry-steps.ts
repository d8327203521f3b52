import type { BrowserContext, Page } from '@playwright/test';
import { DEMO_ORIGIN } from './fixtures';
import { countHostMutations, loadSampleRegistry, OverlayPage } from './overlay-page';

/** The registry page with the sample registry loaded, at `hash` (`#tab=health`, `#metric=csat`). */
export async function optionsWithSample(
  openExtensionPage: (file: string) => Promise<Page>,
  hash = '',
): Promise<Page> {
  const options = await loadSampleRegistry(openExtensionPage);
  if (hash) await options.goto(`${options.url().split('#')[0]}${hash}`);
  return options;
}

/** The popup page, opened as a tab that describes `target` (as the toolbar popup would). */
export async function openPopupFor(
  context: BrowserContext,
  extensionId: string,
  target: Page,
): Promise<Page> {
  const worker = context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    };
    return (await chrome.tabs.query({})).find((t) => t.url === url)?.id;
  }, target.url());
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

export const DEMO_URL = `${DEMO_ORIGIN}/demo/dashboard.html`;

/**
 * The sample registry loaded, then `url` open in a new tab, with its overlay to read.
 * `countMutations`: the page counts changes to its DOM from before anything runs (see
 * countHostMutations).
 */
export async function pageWithSample(
  context: BrowserContext,
  openExtensionPage: (file: string) => Promise<Page>,
  url = DEMO_URL,
  countMutations = false,
): Promise<{ options: Page; page: Page; overlay: OverlayPage; warnings: string[] }> {
  const options = await loadSampleRegistry(openExtensionPage);
  if (countMutations) await countHostMutations(context);
  const page = await context.newPage();
  // What the content script logs on the page's console: it warns only when something failed.
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('[KPI Lens]')) warnings.push(message.text());
  });
  await page.goto(url);
  return { options, page, overlay: new OverlayPage(page), warnings };
}

/** The sample registry loaded, the demo dashboard open, and the popup describing it. */
export async function demoWithPopup(
  context: BrowserContext,
  extensionId: string,
  openExtensionPage: (file: string) => Promise<Page>,
): Promise<{ dashboard: Page; popup: Page }> {
  const { page: dashboard } = await pageWithSample(context, openExtensionPage);
  return { dashboard, popup: await openPopupFor(context, extensionId, dashboard) };
}
