import { expect, test } from './fixtures';
import { pageWithSample } from './registry-steps';
import {
  countHostMutations,
  hostMutations,
  labelBox,
  loadSampleRegistry,
  OverlayPage,
} from './overlay-page';

const FIXTURES = 'http://127.0.0.1:4517/fixtures/hostile';
const SCREENSHOTS = 'artifacts/screenshots';

test('badges follow a scroll inside a scrolling table and hide with the rows it clips', async ({
  context,
  openExtensionPage,
}) => {
  await loadSampleRegistry(openExtensionPage);
  await countHostMutations(context);
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${FIXTURES}/scrolling-table.html`);
  const overlay = new OverlayPage(page);
  const bounce = await overlay.waitForBadge('bounce-rate', 'diagnostic · Landing-page CR');
  expect(await overlay.badgeFor('csat')).toBeUndefined(); // row 20: below the table's fold
  await page.screenshot({ path: `${SCREENSHOTS}/overlay-scrolling-table-dark.png` });

  await page.locator('#scroller').evaluate((el) => (el.scrollTop = 120));
  await expect
    .poll(async () => (await overlay.badgeFor('bounce-rate'))?.y)
    .toBeCloseTo(bounce.y - 120, 0);
  const label = await labelBox(page, 'td', 'Bounce rate');
  const moved = (await overlay.badgeFor('bounce-rate'))!;
  expect(Math.abs(moved.y + moved.height / 2 - (label!.y + label!.height / 2))).toBeLessThan(4);
  // Sessions (row 1) scrolled under the sticky header and out of the table: its badge hides.
  await expect.poll(async () => overlay.badgeFor('sessions')).toBeUndefined();

  await page.locator('#scroller').evaluate((el) => (el.scrollTop = 520));
  await overlay.waitForBadge('csat', /^KPI · ≥90% by Mar 31/);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForTimeout(100);
  await page.screenshot({ path: `${SCREENSHOTS}/overlay-scrolling-table-light.png` });
  expect(await hostMutations(page)).toEqual([]);
});

test('badges come back within 300 ms after the app re-renders its nodes', async ({
  context,
  openExtensionPage,
}) => {
  const { page, overlay } = await pageWithSample(
    context,
    openExtensionPage,
    `${FIXTURES}/rerender.html`,
    true,
  );
  await overlay.waitForBadge('csat');

  const delays: number[] = [];
  for (let i = 0; i < 3; i++) {
    const renders = await page.evaluate(
      () => (window as unknown as { __renders: number }).__renders,
    );
    await page.waitForFunction(
      (n) => (window as unknown as { __renders: number }).__renders > n,
      renders,
    );
    // The tiles swapped places: wait until the CSAT badge sits beside CSAT's new title.
    await expect
      .poll(
        async () => {
          const title = await labelBox(page, '.tile-title', 'CSAT');
          const badge = await overlay.badgeFor('csat');
          return (
            badge !== undefined &&
            title !== null &&
            Math.abs(badge.x - (title.x + title.width + 4)) < 3
          );
        },
        { intervals: [10] },
      )
      .toBe(true);
    delays.push(
      await page.evaluate(
        () => performance.now() - (window as unknown as { __lastRender: number }).__lastRender,
      ),
    );
  }
  console.log(`badge back after re-render: ${delays.map((d) => d.toFixed(0)).join(', ')} ms`);
  for (const delay of delays) expect(delay).toBeLessThan(300);
  expect(await hostMutations(page)).toEqual([]);
});

test('badges follow their labels when the window is resized (as browser zoom does) and the page scrolls', async ({
  context,
  openExtensionPage,
}) => {
  const { page, overlay } = await pageWithSample(context, openExtensionPage);
  await overlay.waitForBadge('csat');

  /** The badge touches its label: beside it on its line, or just above or below it. */
  const besideItsLabel = async (metricId: string, selector: string, text: string) => {
    const badge = await overlay.badgeFor(metricId);
    const label = await labelBox(page, selector, text);
    if (!badge || !label) return false;
    const near = (a: number, b: number) => Math.abs(a - b) < 40;
    const sameLine = badge.y < label.y + label.height && badge.y + badge.height > label.y;
    const besideX = near(badge.x, label.x + label.width) || near(badge.x + badge.width, label.x);
    const aboveOrBelow =
      near(badge.y + badge.height, label.y) || near(badge.y, label.y + label.height);
    const overlapsX = badge.x < label.x + label.width && badge.x + badge.width > label.x;
    return (sameLine && besideX) || (aboveOrBelow && overlapsX);
  };
  expect(await besideItsLabel('csat', '.tile-title', 'CSAT')).toBe(true);

  // Zooming in to 150% leaves 853 CSS pixels of a 1280-pixel window: the grid reflows.
  const wide = (await labelBox(page, '.tile-title', 'CSAT'))!;
  await page.setViewportSize({ width: 853, height: 533 });
  await expect.poll(async () => (await labelBox(page, '.tile-title', 'CSAT'))!.x).not.toBe(wide.x);
  await expect.poll(() => besideItsLabel('csat', '.tile-title', 'CSAT')).toBe(true);
  await page.screenshot({ path: `${SCREENSHOTS}/overlay-demo-narrow.png` });

  // And the page's own scroll: the table's headers come up, their badges with them.
  const offset = async () => {
    const badge = await overlay.badgeFor('paid-search-ctr');
    const label = await labelBox(page, 'th', 'Paid search CTR');
    return badge && label ? Math.round(badge.y - label.y) : null;
  };
  await expect.poll(offset).not.toBeNull();
  const before = await offset();
  const headerY = (await labelBox(page, 'th', 'Paid search CTR'))!.y;
  await page.mouse.wheel(0, 200);
  await expect
    .poll(async () => (await labelBox(page, 'th', 'Paid search CTR'))!.y)
    .toBeLessThan(headerY - 100);
  await expect.poll(offset).toBe(before);
});
