/**
 * The page's labels the popup offers to tag: those that read as no metric of the registry. The
 * page only knows the metrics that badge there, so a metric hidden on this site ("Not this
 * metric here") or kept to other sites would otherwise come back as "untagged".
 */
import type { Candidate } from '../candidates/rank-candidates';
import { registeredLabelTest } from '../registry/name-clash';
import type { Registry } from '../registry/schema';

export function untaggedLabels(candidates: readonly Candidate[], registry: Registry): Candidate[] {
  const registered = registeredLabelTest(registry.metrics);
  return candidates.filter((c) => !registered(c.label));
}
