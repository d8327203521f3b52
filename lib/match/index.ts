export { compileMatcher, matcherByteSize } from './compile-matcher';
export { findMatches } from './find-matches';
export { matchTerms } from './match-terms';
export { normaliseLabel } from './normalise-label';
export { packMatcher, unpackMatcher, type PackedMatcher } from './pack-matcher';
export { RunMatcher } from './run-matcher';
export { hostMatchesSites, normaliseSite } from './sites';
export type { CompiledMatcher, MatchHit, MatchTerm, TermEntry } from './types';
