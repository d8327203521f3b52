/**
 * The extension fixtures of fixtures.ts, with Chromium headed on a private X display instead
 * of headless: for journeys through the browser's own UI (toolbar popup, permission prompt,
 * context menu). Same extension, same flags; `browserUi` drives what Playwright cannot.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserUi } from './browser-ui';
import {
  chromiumArgs,
  CHROMIUM_PATH,
  EXTENSION_DIR,
  findWelcomeTab,
  test as extensionTest,
} from './fixtures';
import { VirtualDesktop } from './virtual-desktop';

/**
 * Playwright leaves out targets Chromium calls "other", which is what an extension's toolbar
 * popup is; this switch of Playwright's Chromium driver makes them pages too, so the real
 * popup can be read and clicked like any page. Set only while a desktop context is open.
 */
const ATTACH_TO_OTHER = 'PW_CHROMIUM_ATTACH_TO_OTHER';

export const test = extensionTest.extend<{ browserUi: BrowserUi }, { desktop: VirtualDesktop }>({
  desktop: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const desktop = await VirtualDesktop.start();
      await use(desktop);
      await desktop.stop();
    },
    { scope: 'worker' },
  ],
  context: async ({ desktop }, use) => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'kpi-lens-e2e-desktop-'));
    process.env[ATTACH_TO_OTHER] = '1';
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: false,
      env: desktop.env(),
      // The page takes the window's size, as it does for a person.
      viewport: null,
      args: [
        ...chromiumArgs(EXTENSION_DIR),
        // English menus, whatever the machine's locale: the context menu is chosen by its letter.
        '--lang=en-US',
        '--window-position=0,0',
        '--window-size=1280,900',
      ],
    });
    await use(context);
    await context.close();
    delete process.env[ATTACH_TO_OTHER];
    rmSync(userDataDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    // A headed window closes with its last tab, and the browser with its last window: a blank
    // tab stays while the registry page KPI Lens opens on install is closed.
    await context.newPage();
    await (await findWelcomeTab(context)).close();
    await use(new URL(worker.url()).host);
  },
  browserUi: async ({ context, desktop }, use) => {
    await use(new BrowserUi(context, desktop));
  },
});

export const expect = test.expect;
