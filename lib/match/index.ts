export { compileMatcher, matcherByteSize } from './compile-matcher';
export { findMatches } from './find-matches';
export { normaliseLabel } from './normalise-label';
export { RunMatcher } from './run-matcher';
export { hostMatchesSites, normaliseSite } from './sites';
export type { CompiledMatcher, MatchHit, MatchTerm, TermEntry } from './types';
