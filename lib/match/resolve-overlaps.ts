import type { MatchHit } from './types';

/**
 * Keeps the longest of overlapping candidates ("Trial-to-paid conversion rate" over the
 * "conversion rate" inside it), then the leftmost among equals; the rest are dropped.
 * Candidates arrive at most one per start position. Returns hits in text order.
 */
export function resolveOverlaps(candidates: MatchHit[]): MatchHit[] {
  if (candidates.length < 2) return candidates;
  candidates.sort((a, b) => a.start - b.start);
  const kept: MatchHit[] = [];
  let cluster: MatchHit[] = [];
  let clusterEnd = -1;
  for (const candidate of candidates) {
    if (candidate.start >= clusterEnd && cluster.length > 0) {
      pickLongest(cluster, kept);
      cluster = [];
    }
    cluster.push(candidate);
    clusterEnd = Math.max(clusterEnd, candidate.end);
  }
  pickLongest(cluster, kept);
  return kept.sort((a, b) => a.start - b.start);
}

/** Greedy longest-first inside one chain of overlapping candidates (a handful at most). */
function pickLongest(cluster: MatchHit[], kept: MatchHit[]): void {
  if (cluster.length === 1) {
    kept.push(cluster[0]!);
    return;
  }
  const byLength = [...cluster].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const chosen: MatchHit[] = [];
  for (const hit of byLength) {
    if (chosen.every((c) => hit.end <= c.start || hit.start >= c.end)) chosen.push(hit);
  }
  kept.push(...chosen);
}
