import type { BrowserContext, Page } from '@playwright/test';
import path from 'node:path';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Debian Chromium on a machine with no network but loopback. */
export const HEADLESS_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** The same, with the built extension loaded. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...HEADLESS_FLAGS,
  ];
}

/** The tab KPI Lens opens on install (its URL is known only once it has navigated). */
export async function findWelcomeTab(context: BrowserContext): Promise<Page> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const welcome = context.pages().find((p) => p.url().endsWith('/options.html'));
    if (welcome) return welcome;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('KPI Lens did not open its registry page on install');
}
