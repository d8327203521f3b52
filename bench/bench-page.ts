/** A blank page in headless Chromium with the in-page bench code (page-entry.ts) loaded. */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, HEADLESS_FLAGS } from '../test/e2e/chromium-launch';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function openBenchPage(
  extraFlags: readonly string[],
): Promise<{ browser: Browser; page: Page }> {
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
  const page = await browser.newPage();
  await page.setContent(
    '<!doctype html><html><head><title>bench</title></head><body></body></html>',
  );
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  return { browser, page };
}
