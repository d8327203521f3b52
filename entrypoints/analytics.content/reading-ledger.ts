/**
 * What this page has already sent to the history: a reading (metric, value, unit) goes once in
 * the page's life, however often the page re-renders, scrolls or navigates back to it. Pure.
 */
import type { PageReading } from '@/lib/overlay/page-reading';

export interface RecordedReading {
  metricId: string;
  value: number;
  unit?: string;
}

const keyOf = (metricId: string, r: Pick<PageReading, 'value' | 'unit'>) =>
  JSON.stringify([metricId, r.value, r.unit ?? null]);

export class ReadingLedger {
  private readonly sent = new Set<string>();

  /** The readings not sent before, in the protocol's shape. */
  fresh(readings: ReadonlyMap<string, PageReading>): RecordedReading[] {
    return [...readings]
      .filter(([id, r]) => !this.sent.has(keyOf(id, r)))
      .map(([metricId, { value, unit }]) => ({ metricId, value, ...(unit ? { unit } : {}) }));
  }

  markSent(readings: readonly RecordedReading[]): void {
    for (const r of readings) this.sent.add(keyOf(r.metricId, r));
  }
}
