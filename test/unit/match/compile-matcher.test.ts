import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches } from '../../../lib/match';
import { SEVERAL_LETTERS } from '../../../lib/match/types';

describe('compileMatcher', () => {
  it('hashes only the edges of nodes with several children; the rest are sole edges', () => {
    const matcher = compileMatcher([
      { metricId: 'sessions', text: 'Sessions' },
      { metricId: 'length', text: 'Session length' },
      { metricId: 'sales', text: 'Sales' },
    ]);
    // "s" -> "e" | "a", and "session" -> "s" | " ": four edges, at two nodes.
    expect(matcher.edges.keys.filter((key) => key !== 0)).toHaveLength(4);
    expect(matcher.soleLetter.filter((letter) => letter === SEVERAL_LETTERS)).toHaveLength(2);
    expect(
      findMatches(matcher, 'Sales, sessions and session length').map((h) => h.metricId),
    ).toEqual(['sales', 'sessions', 'length']);
  });
});
