import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../../lib/match/resolve-overlaps';
import { mulberry32 } from '../../../bench/dashboard-page';

interface Candidate {
  start: number;
  end: number;
  metricId: string;
}

/** The rule written the obvious way, with objects: chains of overlaps, longest then leftmost. */
function reference(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const kept: Candidate[] = [];
  let chain: Candidate[] = [];
  let chainEnd = -1;
  const close = (): void => {
    const byLength = [...chain].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
    const chosen: Candidate[] = [];
    for (const hit of byLength) {
      if (chosen.every((c) => hit.end <= c.start || hit.start >= c.end)) chosen.push(hit);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
  };
  for (const candidate of sorted) {
    if (candidate.start >= chainEnd && chain.length > 0) {
      close();
      chain = [];
    }
    chain.push(candidate);
    chainEnd = Math.max(chainEnd, candidate.end);
  }
  if (chain.length > 0) close();
  return kept;
}

function resolved(candidates: Candidate[]): Candidate[] {
  const starts = candidates.map((c) => c.start);
  const ends = candidates.map((c) => c.end);
  const metrics = candidates.map((c) => c.metricId);
  const count = resolveOverlaps(starts, ends, metrics, candidates.length);
  return starts
    .slice(0, count)
    .map((start, i) => ({ start, end: ends[i]!, metricId: metrics[i]! }));
}

describe('resolveOverlaps', () => {
  it('keeps the longest of nested names, and names that only touch', () => {
    // "Trial-to-paid conversion rate" (0-29), "conversion rate" (14-29), "rate" (25-29), then
    // "Sessions" (29-37) touching it, settled in another order than they start.
    const hits = resolved([
      { start: 25, end: 29, metricId: 'rate' },
      { start: 14, end: 29, metricId: 'conversion' },
      { start: 29, end: 37, metricId: 'sessions' },
      { start: 0, end: 29, metricId: 'trial' },
    ]);
    expect(hits.map((h) => h.metricId)).toEqual(['trial', 'sessions']);
  });

  it('keeps the leftmost of equally long overlapping names, and what fits beside it', () => {
    const hits = resolved([
      { start: 4, end: 10, metricId: 'right' },
      { start: 0, end: 6, metricId: 'left' },
      { start: 7, end: 9, metricId: 'inner' },
    ]);
    expect(hits.map((h) => h.metricId)).toEqual(['left', 'inner']);
  });

  it.each([1, 2, 3, 4, 5])('decides as the obvious rule does on random candidates (%i)', (seed) => {
    const random = mulberry32(seed);
    for (let round = 0; round < 300; round++) {
      const count = Math.floor(random() * 12);
      const starts = new Set<number>();
      while (starts.size < count) starts.add(Math.floor(random() * 40));
      const candidates = [...starts].map((start, i) => ({
        start,
        end: start + 1 + Math.floor(random() * 12),
        metricId: `m${i}`,
      }));
      expect(resolved(candidates)).toEqual(reference(candidates));
    }
  });
});
