/**
 * Ranks labels found on a page that look like metrics but are not in the registry, so the
 * popup can offer the likeliest first for tagging.
 */
import { isNoiseLabel } from './label-text';

export type CandidateKind =
  'column-header' | 'beside-value' | 'tile-title' | 'legend' | 'axis-title';

export interface RawCandidate {
  text: string;
  kind: CandidateKind;
}

export interface Candidate {
  label: string;
  kinds: CandidateKind[];
  /** How often the label shows on the page. */
  count: number;
  score: number;
}

const KIND_WEIGHT: Record<CandidateKind, number> = {
  'tile-title': 5,
  'beside-value': 4,
  'column-header': 3,
  legend: 3,
  'axis-title': 2,
};

/** Trims trailing colons and units in brackets: "Bounce rate (%):" -> "Bounce rate". */
export function cleanLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:：]$/, '')
    .replace(/\s*\((%|\$|€|£|ms|s|#)\)$/, '')
    .trim();
}

export function rankCandidates(
  raws: readonly RawCandidate[],
  isRegistered: (label: string) => boolean,
  limit = 30,
): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const raw of raws) {
    const label = cleanLabel(raw.text);
    if (isNoiseLabel(label) || isRegistered(label)) continue;
    const key = label.toLowerCase();
    const seen = byKey.get(key) ?? { label, kinds: [], count: 0, score: 0 };
    seen.count += 1;
    if (!seen.kinds.includes(raw.kind)) {
      seen.kinds.push(raw.kind);
      seen.score += KIND_WEIGHT[raw.kind];
    }
    byKey.set(key, seen);
  }
  return [...byKey.values()]
    .map((c) => ({ ...c, score: c.score + Math.min(c.count - 1, 3) }))
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, limit);
}
