// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match';
import { FullScan } from '../../../lib/scan/full-scan';
import { isHugeBatch } from '../../../lib/scan/hit-index';
import { loadFixture } from './fixture-page';

describe('when a mutation batch is met with a full rescan', () => {
  it.each([
    // [dirty blocks, text nodes of the page, full rescan?]
    [2000, 0, false],
    [2001, 0, true],
    [2001, 10_000, true],
    [4000, 200_000, false],
    [10_000, 200_000, false],
    [10_001, 200_000, true],
  ])('%i dirty blocks on a page of %i text nodes: %s', (dirty, nodes, full) => {
    expect(isHugeBatch(dirty, nodes)).toBe(full);
  });

  it('a full scan counts the text nodes it read, shadow roots included', () => {
    const doc = loadFixture('mixpanel/insights.html', true).window.document;
    const scan = new FullScan(doc, compileMatcher([{ metricId: 'x', text: 'x' }]), 'x.com');
    while (!scan.advance(Infinity));
    let expected = 0;
    for (const root of [doc.body, ...scan.shadowRoots]) {
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) expected++;
    }
    expect(scan.shadowRoots.length).toBeGreaterThan(0);
    expect(scan.textNodes).toBe(expected);
  });
});
