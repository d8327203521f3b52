import type { CompiledMatcher } from '../../lib/match';
import { scanSubtree } from '../../lib/scan';

/** Ours: the scanner's full synchronous scan (text across inline elements, shadow roots). */
export function scanOurs(root: Node, matcher: CompiledMatcher): number {
  return scanSubtree(root, matcher, 'bench.example').length;
}
