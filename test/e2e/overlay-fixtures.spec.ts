import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_TERMS } from '../unit/scan/fixture-registry';
import { expect, test } from './fixtures';
import { countHostMutations, hostMutations, OverlayPage, sendFromOptions } from './overlay-page';

/**
 * The detection issue's saved tool pages, with the built extension: every metric the scanner
 * is expected to find there gets a badge beside it, and the page is left unchanged.
 */
const ORIGIN = 'http://127.0.0.1:4517/fixtures';
const SCREENSHOTS = 'artifacts/screenshots';

const PAGES: [page: string, expected: string][] = [
  ['ga4/report-table.html', 'ga4/report-table.expected.json'],
  ['ga4/exploration-grid.html', 'ga4/exploration-grid.expected.json'],
  ['mixpanel/insights.html', 'mixpanel/insights.expected.json'],
  ['metabase/echarts-svg.html', 'metabase/echarts-svg.expected.json'],
  ['virtual-grid/grid.html', 'virtual-grid/grid.expected.json'],
];

/** The fixture registry as records: one metric per id, its first text as name, roles mixed. */
function fixtureRegistry() {
  const roles = ['kpi', 'supporting', 'diagnostic', 'metric'] as const;
  const byId = new Map<string, string[]>();
  for (const t of FIXTURE_TERMS) byId.set(t.metricId, [...(byId.get(t.metricId) ?? []), t.text]);
  const metrics = [...byId].map(([id, [name, ...aliases]], i) => ({
    id,
    name: name!,
    aliases,
    role: roles[i % roles.length],
    owner: i % 3 === 0 ? 'Dana' : undefined,
    target: { op: '>=', value: 10 + i, unit: '%', by: '2027-06-30' },
  }));
  return { objectives: [], metrics };
}

const expectedIds = (file: string) =>
  [
    ...new Set(
      (
        JSON.parse(readFileSync(path.join('test/fixtures', file), 'utf8')) as { metricId: string }[]
      ).map((h) => h.metricId),
    ),
  ].sort();

test('every metric found on the detection fixtures gets a badge; a virtual grid rebadges as it scrolls', async ({
  context,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  await sendFromOptions(options, 'registry.import', {
    registry: fixtureRegistry(),
    mode: 'replace',
    choices: {},
    source: 'fixture registry',
  });
  await countHostMutations(context);
  for (const [file, expected] of PAGES) {
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/${file}`);
    const overlay = new OverlayPage(page);
    const ids = expectedIds(expected);
    await expect
      .poll(async () => [...new Set((await overlay.badges()).map((b) => b.metricId))].sort(), {
        message: file,
      })
      .toEqual(ids);
    // Checked before the screenshots: Playwright styles editable fields to hide their caret.
    // The grid's own rewrites are its business; every other page must stay untouched.
    if (!file.startsWith('virtual-grid')) expect(await hostMutations(page), file).toEqual([]);
    const name = file.replace(/\.html$/, '').replace('/', '-');
    await page.screenshot({ path: `${SCREENSHOTS}/overlay-${name}-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SCREENSHOTS}/overlay-${name}-dark.png` });

    if (file.startsWith('virtual-grid')) {
      // The grid recycles its row elements: scrolling rewrites their text in place.
      await page.evaluate(() =>
        (window as unknown as { scrollGridTo(n: number): void }).scrollGridTo(4),
      );
      await expect
        .poll(async () => [...new Set((await overlay.badges()).map((b) => b.metricId))].sort())
        .toEqual(expectedIds('virtual-grid/grid-scrolled.expected.json'));
    }
    await page.close();
  }
});
