import type { CompiledMatcher } from '../../lib/match';
import { scanSubtree, type ShadowRootOpener } from '../../lib/scan';

/**
 * The content script's closed-root opener as a plain page can have it: the extension API
 * answers null for elements without a closed root. Passed so that the bench takes the
 * product's path, where the shadow-root search also asks which elements may host one.
 */
export const openNoShadowRoot: ShadowRootOpener = () => null;

/** Ours: the scanner's full synchronous scan (text across inline elements, shadow roots). */
export function scanOurs(root: Node, matcher: CompiledMatcher): number {
  return scanSubtree(root, matcher, 'bench.example', openNoShadowRoot).length;
}
