import { expect, test } from './fixtures';
import {
  loadSampleRegistry,
  OverlayPage,
  sendFromOptions,
  setContentScriptClock,
} from './overlay-page';
import { openPopupFor } from './registry-steps';

/**
 * Issue 7 end to end: a marketer opens the same support dashboard on several days; KPI Lens
 * reads the CSAT tile each time, keeps a private history, and the badge and card turn it into
 * progress: no baseline yet, a proposed baseline after four weeks, then on track / at risk /
 * off track once the baseline is set. Each visit runs on a simulated day (the page's clock).
 */
const PAGE = 'http://127.0.0.1:4517/fixtures/values-e2e/csat.html';
const SCREENSHOTS = 'artifacts/screenshots';

type Metric = { id: string; target?: Record<string, unknown> };

test('visits on several days turn the CSAT value into a history, a baseline and a status', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  const options = await loadSampleRegistry(openExtensionPage);
  const csat = await options.evaluate(async () => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const { chrome } = globalThis as unknown as { chrome: Runtime };
    const state = (await chrome.runtime.sendMessage({ name: 'registry.get', payload: {} })) as {
      value: { registry: { metrics: Metric[] } };
    };
    return state.value.registry.metrics.find((m) => m.id === 'csat')!;
  });
  // The team has a target but has not said where CSAT stood: no `from` yet.
  const target = { op: '>=', value: 90, unit: '%', by: '2027-03-31' };
  await sendFromOptions(options, 'metric.save', { metric: { ...csat, target } });

  /** One visit on a simulated day: the badge, and the card once the reading is in the history. */
  async function visit(day: string, value: number, daysRead: number, shot?: string) {
    const page = await context.newPage();
    const time = new Date(`${day}T12:00:00Z`);
    await page.clock.setFixedTime(time);
    await setContentScriptClock(page, time);
    await page.goto(`${PAGE}?csat=${value}`);
    const overlay = new OverlayPage(page);
    await overlay.hoverBadge('csat');
    const read = daysRead === 1 ? 'first reading' : `${daysRead} days read`;
    await expect.poll(() => overlay.cardText()).toContain(read);
    const seen = {
      badge: (await overlay.badgeFor('csat'))!,
      card: (await overlay.cardText())!,
      sparkline: await overlay.sparkline(),
    };
    if (shot) await page.screenshot({ path: `${SCREENSHOTS}/values-${shot}.png` });
    await page.close();
    return seen;
  }

  // Day one: the card has the value; the badge keeps its target form (no line yet).
  const first = await visit('2026-12-01', 84, 1, '1-first-day');
  expect(first.badge.text).toMatch(/^KPI · ≥90% by Mar 31(, 2027)? · Sam$/);
  expect(first.card).toContain('84% of 90% target, no baseline yet');
  expect(first.sparkline).toMatchObject({ points: 1 });

  // Weekly visits: the badge shows the value; still no baseline, none proposed before 4 weeks.
  const second = await visit('2026-12-08', 83, 2, '2-no-baseline');
  expect(second.badge.text).toBe('KPI · 83% of ≥90% · no baseline · Sam');
  expect(second.badge.label).toContain('now 83%, no baseline');
  expect(second.card).not.toContain('Proposed baseline');
  expect(second.sparkline).toMatchObject({
    points: 2,
    label: 'Trend over 7 days: from 84% to 83%',
  });
  await visit('2026-12-15', 85, 3);
  await visit('2026-12-22', 84, 4);

  // Four weeks of readings: a baseline is proposed, with the way to set it.
  const fifth = await visit('2026-12-29', 86, 5, '3-baseline-proposed');
  expect(fifth.card).toContain(
    'Proposed baseline: 84%, the median of Dec 1, 2026 – Dec 29, 2026. Use it as the target’s “from”: Edit in KPI Lens',
  );
  expect(fifth.sparkline).toEqual({ points: 5, label: 'Trend over 4 weeks: from 84% to 86%' });

  // The marketer takes the proposal in one click from the popup, on that day's dashboard.
  const dashboard = await context.newPage();
  await setContentScriptClock(dashboard, new Date('2026-12-29T12:30:00Z'));
  await dashboard.goto(`${PAGE}?csat=86`);
  await new OverlayPage(dashboard).waitForBadge('csat');
  const popup = await openPopupFor(context, extensionId, dashboard);
  await popup.getByRole('button', { name: 'Use 84% as baseline' }).click();
  await expect(popup.getByTestId('popup-status')).toContainText(
    'CSAT’s target now starts from 84.',
  );
  await popup.close();
  await dashboard.close();
  const onTrack = await visit('2027-01-05', 87, 6, '4-on-track');
  expect(onTrack.badge.text).toBe('KPI · 87% of ≥90% · on track · Sam');
  expect(onTrack.card).toContain('87% of 90% target, on pace');
  expect(onTrack.card).not.toContain('Proposed baseline');

  const atRisk = await visit('2027-01-12', 85.5, 7);
  expect(atRisk.badge.text).toBe('KPI · 85.5% of ≥90% · at risk · Sam');
  expect(atRisk.card).toMatch(/85\.5% of 90% target, at risk: expected 86\.\d% by now/);

  const offTrack = await visit('2027-01-26', 84, 8, '5-off-track');
  expect(offTrack.badge.text).toBe('KPI · 84% of ≥90% · off track · Sam');
  expect(offTrack.card).toMatch(/84% of 90% target, off track: expected 86\.\d% by now/);
  expect(offTrack.sparkline).toEqual({ points: 8, label: 'Trend over 8 weeks: from 84% to 84%' });
});
