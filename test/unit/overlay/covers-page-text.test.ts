// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { coversPageTextIn } from '../../../lib/overlay/covers-page-text';
import type { BadgeRequest } from '../../../lib/overlay/place-badges';
import type { TextHit } from '../../../lib/scan';

/** A label beside a neighbouring cell's text; jsdom has no layout, so boxes are given. */
function page() {
  const row = document.body.appendChild(document.createElement('table')).insertRow();
  const [label, next] = ['Paid search CTR', 'Avg. time'].map((name) => {
    const cell = row.appendChild(document.createElement('th'));
    cell.textContent = name;
    return cell;
  });
  const text = label!.firstChild as Text;
  const hit: TextHit = {
    metricId: 'ctr',
    startNode: text,
    startOffset: 0,
    endNode: text,
    endOffset: text.length,
  };
  const request: BadgeRequest = {
    key: 'ctr#0',
    label: { x: 0, y: 0, width: 100, height: 16 },
    clip: { x: 0, y: 0, width: 800, height: 600 },
    width: 90,
    height: 18,
  };
  // The next header's text sits right of the label: x 110-180.
  const elementFromPoint = vi.fn((x: number) => (x >= 104 ? next! : null));
  document.elementFromPoint = elementFromPoint;
  Range.prototype.getClientRects = function () {
    const inNext = next!.contains(this.startContainer);
    return (inNext ? [new DOMRect(110, 0, 70, 16)] : []) as unknown as DOMRectList;
  };
  return { hit, request, elementFromPoint };
}

describe('asking the page whether a badge would cover its text', () => {
  it('hit-tests a spot outside the label and finds the next cell’s text under it', () => {
    const { hit, request, elementFromPoint } = page();
    const covers = coversPageTextIn(document, null, () => hit);
    expect(covers({ x: 104, y: 0, width: 90, height: 18 }, request, false)).toBe(true);
    // The cell's box, but not its text: free.
    expect(covers({ x: 104, y: 40, width: 90, height: 18 }, request, false)).toBe(false);
    expect(elementFromPoint).toHaveBeenCalled();
  });
});
