import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../lib/overlay/box';
import { placeBadges, type BadgeRequest } from '../../../lib/overlay/place-badges';

const VIEWPORT = { x: 0, y: 0, width: 1000, height: 600 };
const H = 18;

function request(key: string, x: number, y: number, labelWidth: number, width = 120): BadgeRequest {
  return { key, label: { x, y, width: labelWidth, height: 16 }, clip: VIEWPORT, width, height: H };
}

function boxes(requests: BadgeRequest[]) {
  const placed = placeBadges(requests);
  return placed.map((p) => {
    const r = requests.find((q) => q.key === p.key)!;
    const size = p.compact ? 10 : r.width;
    return { ...p, box: { x: p.x, y: p.y, width: size, height: p.compact ? 10 : H } };
  });
}

describe('placeBadges: badges beside their labels, never on each other', () => {
  it('puts a lone badge right of its label, centred on its line', () => {
    const [p] = placeBadges([request('a', 100, 100, 80)]);
    expect(p).toEqual({ key: 'a', x: 184, y: 99, compact: false });
  });

  it('moves above when the right side would cover the next label (table headers)', () => {
    const placed = boxes([request('a', 100, 100, 80), request('b', 200, 100, 80)]);
    expect(placed.find((p) => p.key === 'a')!.y).toBeLessThan(100);
    expect(placed.find((p) => p.key === 'b')!).toMatchObject({ x: 284, y: 99 });
  });

  it.each([
    [
      'a row of 8 close headers',
      Array.from({ length: 8 }, (_, i) => request(`h${i}`, 20 + i * 110, 200, 70, 150)),
    ],
    [
      'a column of close labels',
      Array.from({ length: 10 }, (_, i) => request(`r${i}`, 100, 100 + i * 18, 90)),
    ],
    [
      'labels on top of each other',
      Array.from({ length: 5 }, (_, i) => request(`s${i}`, 300, 300, 60)),
    ],
  ])('never overlaps two full badges or a badge and a label: %s', (_case, requests) => {
    const placed = boxes(requests);
    const full = placed.filter((p) => !p.compact);
    for (const a of full) {
      for (const b of full) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
      for (const r of requests) expect(overlaps(a.box, r.label)).toBe(false);
    }
  });

  it('flips left at the right edge of the viewport', () => {
    const [p] = placeBadges([request('a', 900, 300, 90)]);
    expect(p!.x).toBeLessThan(900);
    expect(p!.compact).toBe(false);
  });

  it('stays inside the scrolling container the label is seen through', () => {
    const clip = { x: 0, y: 100, width: 400, height: 200 };
    const [p] = placeBadges([{ ...request('a', 300, 150, 90), clip }]);
    expect(p!.x + 120).toBeLessThanOrEqual(400);
    expect(p!.y).toBeGreaterThanOrEqual(100);
  });

  it('shrinks to a dot when no full badge fits', () => {
    const clip = { x: 0, y: 0, width: 150, height: 20 };
    const [p] = placeBadges([{ ...request('a', 0, 2, 100), clip }]);
    expect(p!.compact).toBe(true);
  });
});

describe('placeBadges: a badge beside its label stays within the label’s block', () => {
  it('goes above a right-aligned header cell rather than over the next cell', () => {
    const header = {
      ...request('a', 300, 100, 80),
      room: { x: 250, y: 92, width: 138, height: 32 },
    };
    const [p] = placeBadges([header]);
    expect(p!.y).toBeLessThan(100);
  });

  it('moves off words that follow the label in its own block', () => {
    const title = {
      ...request('a', 100, 100, 80),
      room: { x: 100, y: 100, width: 300, height: 16 },
    };
    const words = { x: 184, y: 100, width: 90, height: 16 };
    const [p] = placeBadges([title], (spot) => overlaps(spot, words));
    expect(p!.y).toBeLessThan(100);
  });

  it('stays beside a tile title that has room to its right', () => {
    const title = {
      ...request('a', 100, 100, 80),
      room: { x: 100, y: 100, width: 300, height: 16 },
    };
    expect(placeBadges([title])[0]).toMatchObject({ x: 184, y: 99 });
  });

  it('prefers a second row above to covering the numbers below', () => {
    const placed = placeBadges([
      { ...request('a', 100, 100, 80), room: { x: 100, y: 100, width: 80, height: 16 } },
      {
        ...request('b', 120, 100, 80),
        label: { x: 190, y: 100, width: 80, height: 16 },
        room: { x: 190, y: 100, width: 80, height: 16 },
      },
    ]);
    expect(placed.every((p) => p.y < 100)).toBe(true);
  });
});

describe('placeBadges: a badge away from its label still reads as its own', () => {
  it('sits before a label only inside its block, else shrinks to a dot beside it', () => {
    // Followers at the left of its stat cell, its number below, the panel title above, the
    // next column's label to its right: only the spot before it is free of text.
    const covered = (spot: { x: number; y: number }) => spot.x >= 100;
    const followers = (room: { x: number; width: number }) => ({
      ...request('followers', 100, 100, 70, 60),
      room: { ...room, y: 100, height: 16 },
    });
    const [outside] = placeBadges([followers({ x: 100, width: 120 })], covered);
    expect(outside).toMatchObject({ compact: true });
    expect(outside!.x).toBeGreaterThanOrEqual(100);
    // A right-aligned header cell: the block reaches left of the label, the spot is its own.
    const [inside] = placeBadges([followers({ x: 20, width: 150 })], covered);
    expect(inside).toMatchObject({ compact: false, x: 100 - 4 - 60 });
  });

  it('a long badge never ends at a short label by reaching over its neighbour', () => {
    // A short tile title at the right edge, its neighbour's title to its left.
    const placed = placeBadges([
      request('csat', 900, 100, 30, 200),
      { ...request('neighbour', 700, 100, 160), width: 60 },
    ]);
    const csat = placed.find((p) => p.key === 'csat')!;
    expect(csat.compact || csat.x >= 900 - 100).toBe(true);
  });

  it('keeps a right-aligned badge over a label at least half its width', () => {
    const [p] = placeBadges([request('h', 880, 100, 100, 150)]);
    expect(p).toMatchObject({ compact: false, x: 830 });
  });

  it('never climbs over other page text (a card title) to sit a row further up', () => {
    const title = { x: 100, y: 80, width: 150, height: 14 };
    const [p] = placeBadges(
      [
        { ...request('followers', 100, 100, 80), room: { x: 100, y: 100, width: 80, height: 16 } },
        request('next tile', 190, 100, 80),
      ],
      (spot) => overlaps(spot, title),
    );
    expect(p!.y).toBeGreaterThan(100);
  });
});

describe('placeBadges: scrolling reuses last placements without asking the page', () => {
  it('keeps a hinted spot relative to its label and never hit-tests it', () => {
    const asked: string[] = [];
    const covers = (_spot: unknown, r: { key: string }) => (asked.push(r.key), false);
    const hints = new Map([['a', { dx: 0, dy: -20, compact: false }]]);
    const [p] = placeBadges([request('a', 100, 300, 80)], covers, hints);
    expect(p).toMatchObject({ x: 100, y: 280, compact: false });
    expect(asked).toEqual([]);
  });

  it('places afresh when the hinted spot left the visible area', () => {
    const clip = { x: 0, y: 290, width: 1000, height: 300 };
    const hints = new Map([['a', { dx: 0, dy: -20, compact: false }]]);
    const [p] = placeBadges([{ ...request('a', 100, 300, 80), clip }], () => false, hints);
    expect(p!.y).toBeGreaterThanOrEqual(290);
  });
});
