/** A blank page in headless Chromium with the in-page bench code (page-entry.ts) loaded. */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, HEADLESS_FLAGS } from '../test/e2e/chromium-launch';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function openBenchPage(
  extraFlags: readonly string[],
): Promise<{ browser: Browser; page: Page; freshPage: () => Promise<Page> }> {
  const bundle = await build({
    entryPoints: [path.join(here, 'page-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...HEADLESS_FLAGS, ...extraFlags],
  });
  /** A new page with the bench code, none of it run yet (as a content script on page load). */
  const freshPage = async (): Promise<Page> => {
    const fresh = await browser.newPage();
    await fresh.setContent(
      '<!doctype html><html><head><title>bench</title></head><body></body></html>',
    );
    await fresh.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return fresh;
  };
  return { browser, page: await freshPage(), freshPage };
}
