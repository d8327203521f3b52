/**
 * Stock Firefox (Debian's ESR) with the built extension, driven by puppeteer-core over WebDriver
 * BiDi: Playwright drives only its own patched Firefox, which cannot be downloaded here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Polls `probe` until it returns a value other than undefined, or fails with `what`. */
export async function pollFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  for (const end = Date.now() + timeoutMs; Date.now() < end;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Launches headless Firefox and installs the extension as a temporary add-on (BiDi). */
export async function launchFirefoxWithExtension(): Promise<{ browser: Browser; addonId: string }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
  });
  try {
    return { browser, addonId: await browser.installExtension(FIREFOX_EXTENSION_DIR) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * The tab KPI Lens opens on install. Firefox loads it in the first, blank tab; puppeteer's
 * page object misses that cross-process navigation (its url() stays about:blank), but scripts
 * run in the tab's current document, so the document itself is asked where it is.
 */
export async function findWelcomePage(browser: Browser): Promise<Page> {
  return pollFor('KPI Lens to open its registry page on install', async () => {
    for (const page of await browser.pages()) {
      const here = await page.evaluate(() => [location.href, document.readyState]);
      if (here[0]?.endsWith('/options.html') && here[1] === 'complete') return page;
    }
    return undefined;
  });
}

/** Serves the demo dashboard on a free loopback port (scripts/serve-demo.mjs). */
export async function startDemoServer(): Promise<{ origin: string; stop: () => void }> {
  const port = await new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
    probe.on('error', reject);
  });
  const server: ChildProcess = spawn(
    process.execPath,
    ['scripts/serve-demo.mjs', '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('demo server on')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => void server.kill() };
}
