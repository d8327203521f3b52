import type { CompiledMatcher } from '../match';
import { findShadowRoots, type ShadowRootOpener } from './shadow-roots';
import { TextWalk } from './text-walk';
import type { TextHit } from './types';

/**
 * Every registered name in a subtree and the shadow roots under it, synchronously, without
 * touching the page. For tests and small subtrees; whole pages go through startPageScanner,
 * which slices the same walk into short tasks. Frames are not entered: the content script runs
 * in each frame and scans its own document.
 */
export function scanSubtree(
  root: Node,
  matcher: CompiledMatcher,
  host: string,
  openShadowRoot?: ShadowRootOpener,
): TextHit[] {
  const hits: TextHit[] = [];
  for (const scope of [root, ...findShadowRoots(root, openShadowRoot)]) {
    const walk = new TextWalk(scope, matcher, host);
    walk.advance();
    hits.push(...walk.hits);
  }
  return hits;
}
