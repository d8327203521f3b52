import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, CHROMIUM_PATH, EXTENSION_DIR, findWelcomeTab } from './chromium-launch';

export { chromiumArgs, CHROMIUM_PATH, EXTENSION_DIR, findWelcomeTab };

export const DEMO_ORIGIN = 'http://127.0.0.1:4517';

interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  /** Opens one of the extension's pages (options.html, popup.html) in a tab. */
  openExtensionPage: (file: string) => Promise<Page>;
}

export const test = base.extend<ExtensionFixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'kpi-lens-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromiumArgs(EXTENSION_DIR),
      viewport: { width: 1280, height: 800 },
    });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await closeWelcomeTab(context);
    await use(new URL(worker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (file) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    });
  },
});

export const expect = test.expect;

/**
 * On install KPI Lens opens its registry page (the first-run offer). Tests open their own
 * pages, so that tab is closed first: Chrome would otherwise reuse it mid-navigation.
 */
export async function closeWelcomeTab(context: BrowserContext): Promise<void> {
  const welcome = await findWelcomeTab(context);
  await welcome.close();
}
