/**
 * Where a metric name sits in the page: a position, not a live Range (a kept Range is updated
 * by the browser on every DOM change and taxes the page). Measure it once with one reused
 * Range, then let it go.
 */
export interface TextHit {
  metricId: string;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}
