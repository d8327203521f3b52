import { RunMatcher } from './run-matcher';
import type { CompiledMatcher, MatchHit } from './types';

/**
 * Whole-word occurrences of the matcher's terms in one string, longest first among
 * overlapping ones, as offsets into `text` itself. Terms limited to sites match only when
 * `host` is one of them (or a sub-domain); without a host only unscoped terms match.
 */
export function findMatches(matcher: CompiledMatcher, text: string, host?: string): MatchHit[] {
  const run = new RunMatcher(matcher, host);
  run.feed(text, 0);
  run.hardBreak();
  return run.takeHits();
}
