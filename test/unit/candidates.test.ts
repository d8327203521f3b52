// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectCandidates } from '../../lib/candidates/collect-candidates';
import { isDateLike, isNoiseLabel, isValueText } from '../../lib/candidates/label-text';
import { cleanLabel, rankCandidates } from '../../lib/candidates/rank-candidates';

describe('label text', () => {
  it.each([
    '12.4%',
    '$1,234.50',
    '€1.2K',
    '3.4M',
    '-3.1 pts',
    '2m 35s',
    '—',
    '48,210',
    '±0',
    '+4.2%',
  ])('%s is a value', (t) => {
    expect(isValueText(t)).toBe(true);
  });
  it.each(['Bounce rate', 'Q3 revenue', 'CSAT', 'Top 10 pages'])('%s is not a value', (t) => {
    expect(isValueText(t)).toBe(false);
  });
  it.each(['Oct 26 – Nov 22, 2026', '2026-11-22', 'Last 28 days', '22/11/2026'])(
    '%s is a date',
    (t) => {
      expect(isDateLike(t)).toBe(true);
    },
  );
  it.each([
    'Home',
    'Export',
    'Share',
    'x',
    'This report shows how your users behave on the site.',
    '12%',
  ])('%s is noise', (t) => {
    expect(isNoiseLabel(t)).toBe(true);
  });
  it.each(['Revenue per user', 'Avg. engagement time', 'Churn rate'])('%s may be a metric', (t) => {
    expect(isNoiseLabel(t)).toBe(false);
  });
  it('cleans trailing colons and unit brackets', () => {
    expect(cleanLabel(' Bounce rate (%): ')).toBe('Bounce rate');
  });
});

describe('candidates on a page', () => {
  it('finds tile titles, column headers and legends, ranks them, and leaves out registered names and noise', () => {
    document.body.replaceChildren();
    const html = `
      <nav><a>Home</a><a>Revenue per user</a></nav>
      <div class="tile"><div>Revenue per user</div><div>$42.10</div><div>+0.8%</div></div>
      <div class="tile"><div>Sessions</div><div>48,210</div></div>
      <table><thead><tr><th>Channel</th><th>Avg. engagement time</th><th>Sessions</th></tr></thead>
      <tbody><tr><td>Email</td><td>2m 35s</td><td>9,377</td></tr></tbody></table>
      <svg><g class="legend"><text>Churn rate</text></g><text transform="rotate(-90)">Net revenue</text></svg>
      <dl><dt>Followers</dt><dd>12,480</dd></dl>`;
    document.body.insertAdjacentHTML('afterbegin', html);
    const registered = new Set(['sessions', 'followers']);
    const ranked = rankCandidates(collectCandidates(document), (l) =>
      registered.has(l.toLowerCase()),
    );
    expect(ranked.map((c) => c.label)).toEqual([
      'Revenue per user',
      'Avg. engagement time',
      'Churn rate',
      'Net revenue',
    ]);
    expect(ranked[0]).toMatchObject({ kinds: ['tile-title'], count: 1 });
  });
});
