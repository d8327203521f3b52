import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH, expect, test } from './fixtures';
import {
  countHostMutations,
  hostMutations,
  loadSampleRegistry,
  OverlayPage,
  sendFromOptions,
} from './overlay-page';

const FIXTURES = 'http://127.0.0.1:4517/fixtures/hostile';
const SCREENSHOTS = 'artifacts/screenshots';
const csp = (policy: string) => `?csp=${encodeURIComponent(policy)}`;

/** Pages that fight back, each with the name it is screenshotted under. */
const HOSTILE_PAGES: [name: string, path: string][] = [
  [
    'trusted-types',
    `static-dashboard.html${csp("require-trusted-types-for 'script'; trusted-types 'none'")}`,
  ],
  [
    'strict-csp',
    `static-dashboard.html${csp("default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'")}`,
  ],
  ['restyles-unknown', 'restyles-unknown.html'],
  ['patched-prototypes', 'patched-prototypes.html'],
  ['rerender', 'rerender.html'],
];

/** r + g + b of a computed colour: small for a dark badge, large for a light one. */
const channelSum = (colour: string | undefined) =>
  (colour?.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, c) => sum + Number(c), 0);

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Console errors of each page in a browser without KPI Lens: what the page logs on its own. */
async function baselineErrors(): Promise<Map<string, string[]>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  const found = new Map<string, string[]>();
  for (const [name, path] of HOSTILE_PAGES) {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${FIXTURES}/${path}`);
    await page.waitForTimeout(300);
    found.set(name, errors);
  }
  await browser.close();
  return found;
}

test('badges stay right on pages that fight back, which log nothing new and are not changed', async ({
  context,
  openExtensionPage,
}) => {
  const baseline = await baselineErrors();
  await loadSampleRegistry(openExtensionPage);
  await countHostMutations(context);
  for (const [name, path] of HOSTILE_PAGES) {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${FIXTURES}/${path}`);
    const overlay = new OverlayPage(page);
    console.log(`checking ${name}`);
    await overlay.waitForBadge('csat', /^KPI · ≥90% by Mar 31/);
    const style = await overlay.badgeStyle('csat');
    // Positioned absolutely, an inline-flex badge computes as flex.
    expect(style, name).toMatchObject({ display: 'flex' });
    expect(style!.background, name).not.toBe('rgba(0, 0, 0, 0)');
    // Beside its label: on the title's line, to its right (Playwright measures through CDP,
    // untouched by the page's patched prototypes).
    const title = (await page.locator('.tile-title', { hasText: 'CSAT' }).boundingBox())!;
    const badge = (await overlay.badgeFor('csat'))!;
    expect(Math.abs(badge.y + badge.height / 2 - (title.y + title.height / 2)), name).toBeLessThan(
      4,
    );
    expect(badge.x, name).toBeGreaterThan(title.x);
    if (name === 'trusted-types') {
      expect(
        await page.evaluate(
          () => (window as { __trustedTypesEnforced?: boolean }).__trustedTypesEnforced,
        ),
      ).toBe(true);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/overlay-${name}-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    // The page turned dark: badges sample it and take the dark theme.
    await expect
      .poll(async () => channelSum((await overlay.badgeStyle('csat'))?.background), {
        message: name,
      })
      .toBeLessThan(200);
    await page.screenshot({ path: `${SCREENSHOTS}/overlay-${name}-dark.png` });
    expect(await hostMutations(page), name).toEqual([]);
    expect(errors, name).toEqual(baseline.get(name));
    await page.close();
  }
});

test('HTML and script in registry text show as text and never run', async ({
  context,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await sendFromOptions(options, 'registry.import', {
    mode: 'replace',
    choices: {},
    source: 'payload test',
    registry: {
      objectives: [{ id: 'o', name: `<b>Objective</b>${payload}` }],
      metrics: [
        {
          id: 'sessions',
          name: 'Sessions',
          role: 'kpi',
          objectiveId: 'o',
          owner: payload,
          team: '<i>team</i>',
          definition: `<b>bold</b> ${payload}`,
          target: { op: '>=', value: 1, unit: '<u>u</u>' },
        },
        { id: 'activation', name: 'Activation rate', role: 'supporting', supports: 'sessions' },
      ],
    },
  });
  await countHostMutations(context);
  const page = await context.newPage();
  await page.goto(`${FIXTURES}/payloads.html`);
  const overlay = new OverlayPage(page);
  const badge = await overlay.hoverBadge('sessions', 'KPI · ≥1 <u>u</u> · <img src=x oner…');
  expect(badge.label).toContain(payload);
  await expect.poll(() => overlay.cardText()).toContain(`<b>bold</b> ${payload}`);
  expect(await overlay.cardText()).toContain('<b>Objective</b>');
  expect(await overlay.markupElements()).toBe(0);
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await page.screenshot({ path: `${SCREENSHOTS}/overlay-payloads-card.png` });
  expect(await hostMutations(page)).toEqual([]);
});
