/** A blank page in headless Chromium with the in-page bench code (page-entry.ts) loaded. */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, HEADLESS_FLAGS } from '../test/e2e/chromium-launch';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Never fetched: answered by the route in freshPage. */
const BENCH_URL = 'http://bench.localhost/';

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
    // Served cross-origin isolated: performance.now() then counts in 5 us steps, not 100 us
    // (a 1.5 ms incremental rescan was read to +-7%).
    await fresh.route(BENCH_URL, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: {
          'Cross-Origin-Opener-Policy': 'same-origin',
          'Cross-Origin-Embedder-Policy': 'require-corp',
        },
        body: '<!doctype html><html><head><title>bench</title></head><body></body></html>',
      }),
    );
    await fresh.goto(BENCH_URL);
    if (!(await fresh.evaluate(() => crossOriginIsolated)))
      throw new Error('The bench page is not cross-origin isolated: its timer would be coarse.');
    await fresh.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return fresh;
  };
  return { browser, page: await freshPage(), freshPage };
}
