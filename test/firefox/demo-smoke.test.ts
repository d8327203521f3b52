/**
 * Firefox smoke: the built Firefox extension (.output/firefox-mv3) does for a user what the
 * Chromium journeys prove in test/e2e: installed, it opens its registry page; the sample
 * registry loads from the first-run offer; the demo dashboard gets its badges beside its labels.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  findWelcomePage,
  launchFirefoxWithExtension,
  pollFor,
  startDemoServer,
} from './firefox-session';
import { DEMO_BADGES as EXPECTED } from '../demo-badges';
import { overlayBadges, overlayCardText } from './overlay-bidi';

const SCREENSHOT = 'artifacts/screenshots/firefox-demo.png';

let browser: Browser;
let demo: Awaited<ReturnType<typeof startDemoServer>>;

beforeAll(async () => {
  demo = await startDemoServer();
  ({ browser } = await launchFirefoxWithExtension());
});

afterAll(async () => {
  await browser?.close();
  demo?.stop();
});

/** Asks the extension page whether Firefox granted a host permission (it runs as the add-on). */
function hasHostPermission(page: Page, origin: string): Promise<boolean> {
  return page.evaluate((o) => {
    type Permissions = { permissions: { contains(p: object): Promise<boolean> } };
    return (globalThis as unknown as { browser: Permissions }).browser.permissions.contains({
      origins: [o],
    });
  }, origin);
}

test('in Firefox, the sample registry badges every registered label of the demo dashboard', async () => {
  const welcome = await findWelcomePage(browser);
  // Firefox 127+ grants an MV3 add-on's host_permissions at install, temporary add-ons too;
  // without it the content script would never run on the demo page.
  expect(await hasHostPermission(welcome, 'http://127.0.0.1/*')).toBe(true);

  await (await welcome.waitForSelector('::-p-text(Try with the sample registry)'))!.click();
  await welcome.waitForSelector('::-p-text(Loaded the sample registry: 21 metrics.)');

  const page = await browser.newPage();
  // What KPI Lens logs on the page's console: it warns only when something failed.
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('[KPI Lens]')) warnings.push(message.text());
  });
  await page.goto(`${demo.origin}/demo/dashboard.html`);
  const badges = await pollFor('every badge of the demo dashboard', async () => {
    const seen = await overlayBadges(browser, page);
    return seen.length >= EXPECTED.length ? seen : undefined;
  });
  const byMetric = new Map(badges.map((b) => [b.metricId, b.text]));
  for (const [metricId, text] of EXPECTED) expect(byMetric.get(metricId), metricId).toMatch(text);
  expect(badges).toHaveLength(EXPECTED.length);
  // Nothing went wrong on the way: the names came compiled from the background, for one.
  expect(warnings).toEqual([]);

  // What the page itself can see: one overlay element on <html>, closed to it, and the
  // underlines as named CSS highlights.
  const outside = await page.evaluate(() => {
    const overlays = document.querySelectorAll('kpi-lens-overlay');
    return {
      overlays: overlays.length,
      onHtml: overlays[0]?.parentElement === document.documentElement,
      openShadow: overlays[0]?.shadowRoot !== null,
      highlights: [...CSS.highlights.keys()].sort(),
    };
  });
  expect(outside).toMatchObject({ overlays: 1, onHtml: true, openShadow: false });
  expect(outside.highlights).toEqual(expect.arrayContaining(['kpi-lens-kpi', 'kpi-lens-vanity']));

  // Beside its label: the badge's box touches the tile title's line.
  const title = await page.evaluate(() => {
    const t = [...document.querySelectorAll('.tile-title')].find((e) =>
      e.textContent?.startsWith('Trial-to-paid'),
    );
    const r = t!.getBoundingClientRect();
    return { y: r.y, height: r.height };
  });
  const trial = badges.find((b) => b.metricId === 'trial-to-paid')!;
  expect(trial.y).toBeLessThan(title.y + title.height + 4);
  expect(trial.y + trial.height).toBeGreaterThan(title.y - 4);

  // No badge covers page text: not its label, not a neighbour's, not a number.
  const texts = await page.evaluate(() => {
    const boxes: { text: string; x: number; y: number; width: number; height: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      if (text === '') continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects())
        if (r.width > 0 && r.height > 0)
          boxes.push({ text, x: r.x, y: r.y, width: r.width, height: r.height });
    }
    return boxes;
  });
  const covered = badges.flatMap((b) =>
    texts
      .filter(
        (t) =>
          b.x < t.x + t.width - 1 &&
          t.x < b.x + b.width - 1 &&
          b.y < t.y + t.height - 1 &&
          t.y < b.y + b.height - 1,
      )
      .map((t) => `${b.text} covers "${t.text}"`),
  );
  expect(covered).toEqual([]);

  mkdirSync('artifacts/screenshots', { recursive: true });
  await page.screenshot({ path: SCREENSHOT });

  // Hovering a badge opens its card with the KPI's story.
  await page.mouse.move(trial.x + trial.width / 2, trial.y + trial.height / 2);
  const card = await pollFor('the card of the hovered badge', async () => {
    const text = await overlayCardText(browser, page);
    return text?.includes('Trial-to-paid conversion rate') ? text : undefined;
  });
  expect(card).toMatch(/Grow paid conversions · \d{4}-Q4/);
  expect(card).toContain('Dana');
});
