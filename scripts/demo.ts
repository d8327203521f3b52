// Drives the demo: the built extension in Debian's Chromium, the sample registry, the demo page.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  chromiumArgs,
  CHROMIUM_PATH,
  EXTENSION_DIR,
  findWelcomeTab,
} from '../test/e2e/chromium-launch';
import type { PageDescription } from '../lib/messaging/protocol';
import { badgeFace } from '../lib/overlay/badge-face';
import { sampleRegistry } from '../lib/registry/sample';

interface ChromeTabs {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(
      id: number,
      m: unknown,
      o: { frameId: number },
    ): Promise<{ ok: boolean; value?: PageDescription; error?: string } | undefined>;
  };
}

const PORT = Number(process.env.DEMO_PORT ?? 4518);
const DASHBOARD = `http://127.0.0.1:${PORT}/demo/dashboard.html`;
const OUT = path.resolve('artifacts/demo');
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The demo server did not start on ${url}`);
}

/** Takes the first-run offer on the registry page KPI Lens opens when installed. */
async function loadSampleRegistry(context: BrowserContext): Promise<Page> {
  const options = await findWelcomeTab(context);
  const offer = options.getByRole('button', { name: 'Try with the sample registry' });
  await offer
    .or(options.getByRole('table', { name: 'Metrics in the registry' }))
    .first()
    .waitFor();
  if (await offer.isVisible()) await offer.click();
  await options.getByRole('table', { name: 'Metrics in the registry' }).waitFor();
  return options;
}

/** Asks the demo tab's content script what it found, from an extension page. */
async function describeDashboard(options: Page): Promise<PageDescription | string> {
  return options.evaluate(async (url) => {
    // Runs in the options page, where the extension APIs are.
    const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
    const [tab] = await chrome.tabs.query({ url: `${url}*` });
    if (tab?.id === undefined) return 'the demo tab was not found';
    try {
      const answer = await chrome.tabs.sendMessage(
        tab.id,
        { name: 'page.describe', payload: {} },
        { frameId: 0 },
      );
      return answer?.ok && answer.value
        ? answer.value
        : `no answer (${answer?.error ?? 'the content script did not reply'})`;
    } catch (e) {
      return `the content script is not running (${String(e)})`;
    }
  }, DASHBOARD);
}

function printFound(found: PageDescription | string): void {
  if (typeof found === 'string') {
    console.log(`KPI Lens found nothing to report: ${found}`);
    return;
  }
  const registry = sampleRegistry();
  const byId = new Map(registry.metrics.map((m) => [m.id, m]));
  console.log(`\nKPI Lens on ${found.url}: ${found.found.length} registered metrics found`);
  for (const { metricId, count } of found.found) {
    const m = byId.get(metricId);
    const badge = m
      ? badgeFace(m, m.supports ? byId.get(m.supports) : undefined, new Date()).text
      : '?';
    console.log(`  ${(m?.name ?? metricId).padEnd(32)} ${badge.padEnd(34)} ×${count}`);
  }
  if (found.candidates.length > 0) {
    console.log(
      `Untagged labels that look like metrics: ${found.candidates.map((c) => c.label).join(', ')}`,
    );
  }
  if (found.canvasCharts)
    console.log('  (this page draws charts on canvas: titles and legends only)');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = spawn(process.execPath, ['scripts/serve-demo.mjs', '--port', String(PORT)], {
    stdio: 'ignore',
  });
  try {
    await waitForServer(DASHBOARD);
    const context = await chromium.launchPersistentContext(
      mkdtempSync(path.join(tmpdir(), 'kpi-lens-demo-')),
      {
        executablePath: CHROMIUM_PATH,
        headless: !headed,
        args: chromiumArgs(EXTENSION_DIR),
        viewport: { width: 1280, height: 860 },
      },
    );
    const options = await loadSampleRegistry(context);
    await options.screenshot({ path: path.join(OUT, 'options.png'), fullPage: true });

    const dashboard = await context.newPage();
    await dashboard.goto(DASHBOARD);
    await dashboard.waitForTimeout(1500); // first scan and first screen of badges
    await dashboard.screenshot({ path: path.join(OUT, 'dashboard.png'), fullPage: true });
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await dashboard.waitForTimeout(300);
    await dashboard.screenshot({ path: path.join(OUT, 'dashboard-dark.png'), fullPage: true });
    await dashboard.emulateMedia({ colorScheme: 'light' });

    printFound(await describeDashboard(options));
    console.log(
      `\nScreenshots: ${path.relative(process.cwd(), OUT)}/{options,dashboard,dashboard-dark}.png`,
    );
    if (headed) {
      await dashboard.bringToFront();
      console.log(`\nChromium is open on ${DASHBOARD}. Close it to end the demo.`);
      await new Promise((resolve) => context.on('close', resolve));
    } else {
      await context.close();
    }
  } finally {
    server.kill();
  }
}

main().catch((e) => {
  console.error(`The demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
