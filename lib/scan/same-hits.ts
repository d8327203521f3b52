import type { TextHit } from './types';

/** Whether two hit lists name the same metrics at the same positions (so no re-render is due). */
export function sameHits(a: readonly TextHit[], b: readonly TextHit[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.metricId !== y.metricId ||
      x.startNode !== y.startNode ||
      x.startOffset !== y.startOffset ||
      x.endNode !== y.endNode ||
      x.endOffset !== y.endOffset
    ) {
      return false;
    }
  }
  return true;
}
