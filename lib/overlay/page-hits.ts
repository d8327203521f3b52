/**
 * The scanner's current hits as the overlay keeps them: stable badge keys, the element the
 * IntersectionObserver watches for each, and which of them are near the screen.
 */
import type { TextHit } from '../scan';
import { hitKeys } from './hit-keys';
import { NearViewport, watchTarget } from './near-viewport';

export class PageHits {
  hits: readonly TextHit[] = [];
  keys: string[] = [];
  private targets: (Element | null)[] = [];
  private readonly near: NearViewport;

  /** `onNearChange`: labels came near the screen or left it (a scroll, a layout change). */
  constructor(onNearChange: () => void) {
    this.near = new NearViewport(onNearChange);
  }

  set(next: readonly TextHit[]): void {
    this.hits = next;
    this.keys = hitKeys(next.map((h) => h.metricId));
    this.targets = next.map((h) => watchTarget(h.startNode));
    this.near.watch(new Set(this.targets.filter((t): t is Element => t !== null)));
  }

  /** Indices of hits near the screen that `keep` accepts, in page order, at most `max`. */
  nearScreen(keep: (metricId: string) => boolean, max: number): number[] {
    const found: number[] = [];
    for (let i = 0; i < this.hits.length && found.length < max; i++) {
      const target = this.targets[i];
      if (target && this.near.isNear(target) && keep(this.hits[i]!.metricId)) found.push(i);
    }
    return found;
  }

  /** Index of the first hit of a metric, or -1. */
  firstOf(metricId: string): number {
    return this.hits.findIndex((h) => h.metricId === metricId);
  }

  counts(): { metricId: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const h of this.hits) counts.set(h.metricId, (counts.get(h.metricId) ?? 0) + 1);
    return [...counts].map(([metricId, count]) => ({ metricId, count }));
  }

  metricIds(): Set<string> {
    return new Set(this.hits.map((h) => h.metricId));
  }

  disconnect(): void {
    this.near.disconnect();
  }
}
