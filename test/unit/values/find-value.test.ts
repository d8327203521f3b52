// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { lookerStudioValueQuirks } from '../../../lib/adapters/looker-studio/values';
import { findValue } from '../../../lib/values/find-value';
import { snapshotDom } from '../scan/fixture-page';
import { describeValue, expectedValues, labelElement, loadPage } from './fixture-values';

const PAGES = [
  ['public/demo/dashboard.html', 'test/fixtures/values/demo-dashboard.expected.json'],
  ['test/fixtures/values/tiles.html', 'test/fixtures/values/tiles.expected.json'],
  ['test/fixtures/values/tables.html', 'test/fixtures/values/tables.expected.json'],
  ['test/fixtures/values/legends.html', 'test/fixtures/values/legends.expected.json'],
  ['test/fixtures/values/definitions.html', 'test/fixtures/values/definitions.expected.json'],
] as const;

/** The expected entry's fields only: `rows` is checked where the fixture lists them. */
function actualLike(actual: ReturnType<typeof describeValue>, expected: object) {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) picked[key] = (actual as Record<string, unknown>)[key];
  return picked;
}

describe('findValue on fixture pages', () => {
  for (const [page, expectedFile] of PAGES) {
    const doc = loadPage(page);
    it.each(expectedValues(expectedFile).map((e) => [e.name, e] as const))(
      `${page}: %s`,
      (name, expected) => {
        expect(actualLike(describeValue(doc, name), expected)).toEqual(expected);
      },
    );
  }

  it('leaves the page as it found it', () => {
    const doc = loadPage('public/demo/dashboard.html');
    const before = snapshotDom(doc);
    for (const e of expectedValues('test/fixtures/values/demo-dashboard.expected.json'))
      findValue(labelElement(doc, e.name));
    expect(snapshotDom(doc)).toBe(before);
  });
});

describe('findValue with tool quirks', () => {
  const page = 'test/fixtures/values/looker-studio-table.html';

  it('finds nothing in a Looker Studio div table without its quirks', () => {
    const doc = loadPage(page);
    expect(findValue(labelElement(doc, 'Sessions'))).toBeNull();
  });

  it.each(
    expectedValues('test/fixtures/values/looker-studio-table.expected.json').map(
      (e) => [e.name, e] as const,
    ),
  )('reads the %s column with the Looker Studio quirks', (name, expected) => {
    const doc = loadPage(page);
    const actual = describeValue(doc, name, { quirks: lookerStudioValueQuirks });
    expect(actualLike(actual, expected)).toEqual(expected);
  });
});

describe('findValue from part of a split name', () => {
  it('reads the tile when handed an inline piece of the name', () => {
    const doc = loadPage('public/demo/dashboard.html');
    const piece = [...doc.querySelectorAll('.tile-title span')].find(
      (s) => s.textContent === 'conversion rate',
    )!;
    // The piece's own block is the whole title, so the tile's number is still found.
    expect(findValue(piece.parentElement!)?.reading?.text).toBe('21.4%');
  });

  it('reads a column from a header split across spans', () => {
    const doc = loadPage('public/demo/dashboard.html');
    const bounce = [...doc.querySelectorAll('th span')].find((s) => s.textContent === 'Bounce')!;
    expect(findValue(bounce)?.rows?.map((r) => r.text)).toEqual([
      '41.2%',
      '52.7%',
      '28.4%',
      '35.0%',
      '42.5%',
    ]);
  });
});

describe('findValue on a table column', () => {
  function table(rows: string): Element {
    const html = `<table><thead><tr><th>Channel</th><th>Sessions</th></tr></thead>
      <tbody>${rows}</tbody></table>`;
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.body.replaceChildren(...parsed.body.childNodes);
    return document.querySelector('thead th:nth-child(2)')!;
  }
  const row = (head: string, value: string) => `<tr><td>${head}</td><td>${value}</td></tr>`;

  it.each([
    [
      'a total row at the bottom',
      row('Organic', '48,210') + row('Grand total', '85,611'),
      '85,611',
    ],
    [
      'a total row on top, as GA4 has it',
      row('Total', '85,611') + row('Organic', '48,210'),
      '85,611',
    ],
    ['one row: that row', row('Organic', '48,210'), '48,210'],
    // A breakdown without its total: the top channel's number is not the metric's.
    ['several rows, no total row: none', row('Organic', '48,210') + row('Paid', '22,904'), null],
    ['a row only named like a total', row('Organic', '48,210') + row('Totally organic', '9'), null],
  ])('%s', (_case, rows, text) => {
    const found = findValue(table(rows));
    expect(found?.source).toBe('table-column');
    expect(found?.reading?.text ?? null).toBe(text);
    // Every row is still read, in page order.
    expect(found?.rows?.map((r) => r.rowHeader)).toEqual(
      [...rows.matchAll(/<tr><td>([^<]*)</g)].map((m) => m[1]),
    );
  });

  it('reads no value beside a column header without a total, even where one is near', () => {
    // The nearby-value fallback must not pick a number from around the table instead.
    const header = table(row('Organic', '48,210') + row('Paid', '22,904'));
    const note = document.createElement('p');
    note.textContent = '12,000';
    document.body.append(note);
    const found = findValue(header);
    expect(found?.source).toBe('table-column');
    expect(found?.reading).toBeNull();
  });
});
