/** Labels on this page that look like metrics but are not registered, for the popup to offer. */
import { collectCandidates } from '@/lib/candidates/collect-candidates';
import { rankCandidates, type Candidate } from '@/lib/candidates/rank-candidates';
import { normaliseLabel } from '@/lib/match';
import type { Metric } from '@/lib/registry/schema';

export function pageCandidates(doc: Document, metrics: readonly Metric[]): Candidate[] {
  const registered = new Set(metrics.flatMap((m) => [m.name, ...m.aliases]).map(normaliseLabel));
  return rankCandidates(collectCandidates(doc), (label) => registered.has(normaliseLabel(label)));
}
