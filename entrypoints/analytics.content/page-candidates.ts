/** Labels on this page that look like metrics but are not registered, for the popup to offer. */
import { collectCandidates } from '@/lib/candidates/collect-candidates';
import { rankCandidates, type Candidate } from '@/lib/candidates/rank-candidates';
import { registeredLabelTest } from '@/lib/registry/name-clash';
import type { Metric } from '@/lib/registry/schema';

export function pageCandidates(doc: Document, metrics: readonly Metric[]): Candidate[] {
  return rankCandidates(collectCandidates(doc), registeredLabelTest(metrics));
}
