/**
 * The background's compiled matchers, packed for content scripts and kept for the next page:
 * every page load and every frame of a dashboard asks for the same registry, and compiling it
 * there cost each of them a long task (5,000 names: ~100 ms, cold). Keyed by what the names
 * are, so a registry change or a site's own choices (off, suppressed metrics) get their own.
 */
import { compileMatcher, matchTerms, packMatcher, type PackedMatcher } from '../../match';
import type { Metric } from '../../registry/schema';

/** Sites with their own metric sets at once (a site-scoped metric, a suppression): a few. */
const KEPT = 4;

/**
 * A packed matcher and its id: random, so that an id a content script kept from before the
 * background restarted never names another matcher.
 */
export interface KeptMatcher {
  id: string;
  packed: PackedMatcher;
}

export type PackedMatcherFor = (revision: number, metrics: readonly Metric[]) => KeptMatcher;

export function packedMatchers(): PackedMatcherFor {
  const kept = new Map<string, KeptMatcher>();
  return (revision, metrics) => {
    const key = `${revision}\n${metrics.map((m) => m.id).join('\n')}`;
    let matcher = kept.get(key);
    if (matcher === undefined) {
      const packed = packMatcher(compileMatcher(matchTerms(metrics)));
      matcher = { id: crypto.randomUUID(), packed };
      if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
    } else kept.delete(key);
    kept.set(key, matcher); // most recent last: the first is the one to drop
    return matcher;
  };
}
