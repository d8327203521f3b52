import { build } from 'esbuild';
import { chromium, expect, test, type Browser, type Frame } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, HEADLESS_FLAGS } from './chromium-launch';

/**
 * The scanner in plain Chromium (no extension) on the saved fixture pages, for what jsdom
 * cannot show: real frames (same- and cross-origin), real layout for canvas detection. The
 * scanner is bundled into an IIFE and injected into each frame, as the content script runs in
 * all frames.
 */
const ORIGIN = 'http://127.0.0.1:4517/fixtures';
const FIXTURES = path.resolve('test/fixtures');

const TERMS = [
  { metricId: 'sessions', text: 'Sessions' },
  { metricId: 'bounce-rate', text: 'Bounce rate (%)' },
  { metricId: 'users', text: 'Users' },
  { metricId: 'revenue', text: 'Revenue' },
  { metricId: 'revenue', text: 'Total revenue' },
  { metricId: 'aov', text: 'Average order value' },
  { metricId: 'conversions', text: 'Conversions' },
  { metricId: 'sm-spend', text: 'Sales & marketing spend' },
  { metricId: 'event-count', text: 'Event count' },
  { metricId: 'orders', text: 'Orders' },
];

const ENTRY = `
  import { compileMatcher } from './lib/match';
  import { scanSubtree, startPageScanner } from './lib/scan';
  const describe = (hits) => hits.map((h) => {
    const range = document.createRange();
    range.setStart(h.startNode, h.startOffset);
    range.setEnd(h.endNode, h.endOffset);
    return { metricId: h.metricId, text: range.toString() };
  });
  globalThis.kpiScan = {
    scan: (terms) => describe(scanSubtree(document, compileMatcher(terms), location.hostname)),
    canvasCharts: (terms) => new Promise((resolve) => {
      const controller = new AbortController();
      const scanner = startPageScanner(document, {
        matcher: compileMatcher(terms), host: location.hostname, signal: controller.signal,
        onHits: () => { resolve(scanner.canvasCharts); controller.abort(); },
      });
    }),
  };
`;

let browser: Browser;
let bundle: string;

test.beforeAll(async () => {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: path.resolve('.'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  bundle = result.outputFiles[0]!.text;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...HEADLESS_FLAGS],
  });
});

test.afterAll(async () => browser.close());

async function scanFrame(frame: Frame): Promise<{ metricId: string; text: string }[]> {
  await frame.addScriptTag({ content: bundle });
  return frame.evaluate(
    (terms) =>
      (globalThis as never as { kpiScan: { scan(t: unknown): never } }).kpiScan.scan(terms),
    TERMS,
  );
}

function expected(file: string): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8'));
}

test('a Looker-Studio-like report: names inside its same-origin and cross-origin frames', async () => {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/looker-studio/report.html`);
  const report = page.frame({ url: /report-frame\.html$/ })!;
  const embedded = page.frame({ url: /embedded-frame\.html$/ })!;
  await expect.poll(() => embedded.url()).toContain('localhost');
  expect(await scanFrame(page.mainFrame())).toEqual([]);
  expect(await scanFrame(report)).toEqual(expected('looker-studio/report-frame.expected.json'));
  expect(await scanFrame(embedded)).toEqual(expected('looker-studio/embedded-frame.expected.json'));
  await page.close();
});

test('a Metabase-like dashboard: SVG chart text is read, the canvas chart is reported', async () => {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/metabase/echarts-svg.html`);
  expect(await scanFrame(page.mainFrame())).toEqual(expected('metabase/echarts-svg.expected.json'));
  const canvasCharts = await page.evaluate(
    (terms) =>
      (
        globalThis as never as { kpiScan: { canvasCharts(t: unknown): Promise<boolean> } }
      ).kpiScan.canvasCharts(terms),
    TERMS,
  );
  expect(canvasCharts).toBe(true);
  await page.close();
});

test('a page with only a sparkline canvas does not claim canvas charts', async () => {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/metabase/echarts-svg.html`);
  await page.evaluate(() => document.querySelector('canvas[width="600"]')!.remove());
  await page.addScriptTag({ content: bundle });
  const canvasCharts = await page.evaluate(
    (terms) =>
      (
        globalThis as never as { kpiScan: { canvasCharts(t: unknown): Promise<boolean> } }
      ).kpiScan.canvasCharts(terms),
    TERMS,
  );
  expect(canvasCharts).toBe(false);
  await page.close();
});

test('editors are skipped as Chromium decides editability: nested, switched off, odd values', async () => {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><body>
    <div contenteditable="true"><p>Sessions <span contenteditable="false">Users <b>Revenue</b></span></p>
      <section contenteditable="False"><em contenteditable="TRUE">Conversions</em> Orders</section>
      <svg width="200" height="40"><text x="0" y="20">Event count</text></svg></div>
    <div contenteditable="plaintext-only"><span>Sessions</span></div>
    <div contenteditable="inherit"><span>Users</span></div>
    <div contenteditable="bogus">Revenue</div>
    <div contenteditable=""><div contenteditable="inherit">Orders</div></div>
    <textarea>Sessions</textarea>
  </body>`);
  const found = await scanFrame(page.mainFrame());
  // Read: what editing switched off (any case), values that inherit from a non-editor, and
  // SVG text, which is never editable itself.
  expect(found.map((hit) => hit.text)).toEqual([
    'Users',
    'Revenue',
    'Orders',
    'Event count',
    'Users',
    'Revenue',
  ]);
  await page.close();
});
