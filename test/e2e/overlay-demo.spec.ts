import { DEMO_BADGES as EXPECTED } from '../demo-badges';
import { expect, test } from './fixtures';
import { DEMO_URL, pageWithSample } from './registry-steps';
import { hostMutations, pageTextBoxes, sendFromOptions } from './overlay-page';

const SCREENSHOTS = 'artifacts/screenshots';

test('badges sit beside every registered label of the demo dashboard, light and dark', async ({
  context,
  openExtensionPage,
}) => {
  const { page, overlay, warnings } = await pageWithSample(
    context,
    openExtensionPage,
    DEMO_URL,
    true,
  );
  for (const [metricId, text] of EXPECTED) await overlay.waitForBadge(metricId, text);
  // Nothing went wrong on the way: the names came compiled from the background, for one.
  expect(warnings).toEqual([]);

  const badges = await overlay.badges();
  expect(badges.filter((b) => !b.compact).length).toBe(EXPECTED.length);
  const trial = badges.find((b) => b.metricId === 'trial-to-paid')!;
  expect(trial.label).toMatch(
    /^KPI: Trial-to-paid conversion rate, target at least 25% by 30 Sep \d{4}, owner Dana$/,
  );
  // Beside its label: the badge's box touches the tile title's line.
  const title = await page.locator('.tile-title', { hasText: 'Trial-to-paid' }).boundingBox();
  expect(trial.y).toBeLessThan(title!.y + title!.height + 4);
  expect(trial.y + trial.height).toBeGreaterThan(title!.y - 4);

  // No badge covers page text: not its label, not the next column's header, not a number.
  const texts = await pageTextBoxes(page);
  const covered = badges.flatMap((b) =>
    texts
      .filter(
        ({ box: t }) =>
          b.x < t.x + t.width - 1 &&
          t.x < b.x + b.width - 1 &&
          b.y < t.y + t.height - 1 &&
          t.y < b.y + b.height - 1,
      )
      .map(({ text }) => `${b.text} covers "${text}"`),
  );
  expect(covered).toEqual([]);

  await page.screenshot({ path: `${SCREENSHOTS}/overlay-demo-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(100);
  await page.screenshot({ path: `${SCREENSHOTS}/overlay-demo-dark.png` });

  expect(await hostMutations(page)).toEqual([]);
});

test('hovering a badge opens its card; the keyboard reaches every badge and Escape leaves', async ({
  context,
  openExtensionPage,
}) => {
  const { page, overlay } = await pageWithSample(context, openExtensionPage);
  await overlay.hoverBadge('trial-to-paid');
  await expect.poll(() => overlay.cardText()).toMatch(/Grow paid conversions · \d{4}-Q4/);
  const card = (await overlay.cardText())!;
  for (const fact of [
    'Share of trials started in the period that became paying accounts.',
    '≥25%',
    'From\n18%',
    /Sep 30, \d{4} · \d+ days left/,
    'Dana',
    'Growth',
    /weekly · (next due|overdue since)/,
    'lagging',
    'Activation rate',
    'Open rate',
    'Edit in KPI Lens',
    'Not this metric here',
  ]) {
    expect(card).toMatch(fact);
  }
  await page.screenshot({ path: `${SCREENSHOTS}/overlay-demo-card.png` });

  await page.mouse.move(5, 790);
  await expect.poll(() => overlay.cardText()).toBeNull();

  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+KeyB');
  await expect
    .poll(() => overlay.focusedBadgeLabel())
    .toMatch(/^North star KPI: Weekly active teams/);
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => overlay.focusedBadgeLabel())
    .toMatch(/^KPI: Trial-to-paid conversion rate/);
  await expect.poll(() => overlay.cardText()).toContain('Trial-to-paid conversion rate');
  // Tab goes into the card; Escape there closes it and gives focus back to its badge.
  await page.keyboard.press('Tab');
  await expect.poll(() => overlay.focusInCard()).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => overlay.cardText()).toBeNull();
  await expect
    .poll(() => overlay.focusedBadgeLabel())
    .toMatch(/^KPI: Trial-to-paid conversion rate/);
  await page.keyboard.press('Escape');
  await expect.poll(() => overlay.focusedBadgeLabel()).toBeNull();

  // Alt+Shift+M: full badges -> dots -> off -> full.
  await page.keyboard.press('Alt+Shift+KeyM');
  await expect.poll(async () => (await overlay.badges()).every((b) => b.compact)).toBe(true);
  await page.screenshot({ path: `${SCREENSHOTS}/overlay-demo-dots.png` });
  await page.keyboard.press('Alt+Shift+KeyM');
  await expect.poll(async () => (await overlay.badges()).length).toBe(0);
  await page.keyboard.press('Alt+Shift+KeyM');
  await expect.poll(async () => (await overlay.badges()).length).toBe(EXPECTED.length);

  // "Not this metric here" removes that metric's badges from the page.
  const sessions = await overlay.waitForBadge('sessions');
  await page.mouse.move(sessions.x + sessions.width / 2, sessions.y + sessions.height / 2);
  await expect.poll(() => overlay.cardText()).toContain('Sessions');
  await overlay.clickInCard('Not this metric here');
  await expect.poll(() => overlay.badgeFor('sessions')).toBeUndefined();
});

test('a badge vanishes when its metric is deleted and comes back when it is added, without reload', async ({
  context,
  openExtensionPage,
}) => {
  const { options, overlay } = await pageWithSample(context, openExtensionPage);
  await overlay.waitForBadge('csat');
  const csat = await options.evaluate(async () => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const { chrome } = globalThis as unknown as { chrome: Runtime };
    const state = (await chrome.runtime.sendMessage({ name: 'registry.get', payload: {} })) as {
      value: { registry: { metrics: { id: string }[] } };
    };
    return state.value.registry.metrics.find((m) => m.id === 'csat');
  });

  // The popup asks the tab what was found, and to show one of them.
  const askTab = (name: string, payload: unknown) =>
    options.evaluate(
      async ([n, p]) => {
        type Chrome = {
          tabs: {
            query(q: object): Promise<{ id: number; url?: string }[]>;
            sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
          };
        };
        const { chrome } = globalThis as unknown as { chrome: Chrome };
        const [tab] = (await chrome.tabs.query({})).filter((t) => t.url?.includes('/demo/'));
        return chrome.tabs.sendMessage(tab!.id, { name: n, payload: p }, { frameId: 0 });
      },
      [name, payload] as const,
    );
  const described = (await askTab('page.describe', {})) as {
    ok: boolean;
    value: { found: { metricId: string; count: number }[]; canvasCharts: boolean };
  };
  expect(described.ok).toBe(true);
  expect(described.value.found).toContainEqual({ metricId: 'trial-to-paid', count: 1 });
  expect(described.value.found).toHaveLength(EXPECTED.length);
  expect(described.value.canvasCharts).toBe(false);
  expect(await askTab('page.reveal', { metricId: 'emails-sent' })).toEqual({
    ok: true,
    value: null,
  });
  expect(await askTab('page.reveal', { metricId: 'nowhere' })).toMatchObject({ ok: false });
  // Revealing Emails sent scrolled the tiles off screen, where badges are not drawn.
  await overlay.page.evaluate(() => window.scrollTo(0, 0));

  await sendFromOptions(options, 'metric.delete', { ids: ['csat'] });
  await expect.poll(() => overlay.badgeFor('csat')).toBeUndefined();
  await sendFromOptions(options, 'metric.save', { metric: { ...csat, owner: 'Robin' } });
  await overlay.waitForBadge('csat', /^KPI · ≥90% by Mar 31(, \d{4})? · Robin$/);
});

// Needs `options.open` in lib/messaging/protocol.ts and its handler in the background
// (tabs.create at options.html#metric=<id>): a content script cannot open extension pages.
test('"Edit in KPI Lens" opens the registry at the metric’s record', async ({
  context,
  openExtensionPage,
}) => {
  const { overlay } = await pageWithSample(context, openExtensionPage);
  await overlay.hoverBadge('trial-to-paid');
  await expect.poll(() => overlay.cardText()).not.toBeNull();
  const [editor] = await Promise.all([
    context.waitForEvent('page'),
    overlay.clickInCard('Edit in KPI Lens'),
  ]);
  await expect.poll(() => editor.url()).toMatch(/\/options\.html#metric=trial-to-paid$/);
  await expect(
    editor.getByRole('heading', { name: 'Edit “Trial-to-paid conversion rate”' }),
  ).toBeVisible();
});

test('"Not this metric here" stays suppressed on this site after a reload, and Sites brings it back', async ({
  context,
  openExtensionPage,
}) => {
  const { page, overlay, options } = await pageWithSample(context, openExtensionPage);
  await overlay.hoverBadge('sessions');
  await expect.poll(() => overlay.cardText()).toContain('Sessions');
  await overlay.clickInCard('Not this metric here');
  await page.reload();
  await overlay.waitForBadge('trial-to-paid');
  expect((await overlay.badges()).map((b) => b.metricId)).not.toContain('sessions');

  // The options page's Sites tab lists what was hidden where, and shows it again.
  await options.reload();
  await options.getByRole('tab', { name: 'Sites' }).click();
  await options.getByRole('button', { name: 'Show Sessions again on 127.0.0.1' }).click();
  await expect(options.getByRole('button', { name: /Show .* again/ })).toHaveCount(0);
  await overlay.waitForBadge('sessions', 'metric');
});
