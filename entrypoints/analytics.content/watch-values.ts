/**
 * Reads the values of the metrics on the page once the hits have settled (SETTLE_MS after
 * the last change, then when the browser is idle), keeps them for the overlay, sends the new
 * ones to the history, and fetches each metric's history once per page for the sparkline and
 * the pace. Never on the scroll or scan path: a burst of hit updates is one read.
 */
import type { TextHit } from '@/lib/scan';
import type { ValuesView } from '@/lib/overlay/overlay-registry';
import type { HistoryPoint, PageReading } from '@/lib/overlay/page-reading';
import { ReadingLedger, type RecordedReading } from './reading-ledger';

export const SETTLE_MS = 1500;
/** The longest an idle callback may wait on a busy page before it runs anyway. */
const IDLE_TIMEOUT_MS = 3000;

export interface WatchValuesDeps {
  win: Window;
  signal: AbortSignal;
  read: (hits: readonly TextHit[]) => Map<string, PageReading>;
  /** Whether this site's values go to the history now (settings can change meanwhile). */
  recordsHistory: () => boolean;
  /** Sends `observations.record`; false when it failed (the readings are tried again later). */
  record: (at: string, readings: RecordedReading[]) => Promise<boolean>;
  /** `observations.history`; null when it failed. */
  history: (metricIds: string[]) => Promise<Record<string, HistoryPoint[]> | null>;
  /** The page's clock: a reading's time is the page's, not the background's. */
  now: () => Date;
  onValues: (values: ValuesView) => void;
}

export interface ValueWatch {
  setHits(hits: readonly TextHit[]): void;
}

export function watchValues(deps: WatchValuesDeps): ValueWatch {
  const { win, signal } = deps;
  const ledger = new ReadingLedger();
  const history = new Map<string, readonly HistoryPoint[]>();
  let hits: readonly TextHit[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let running = false;
  let again = false;

  const cancel = () => {
    clearTimeout(timer);
    if (idle !== undefined) win.cancelIdleCallback?.(idle);
    idle = undefined;
  };
  signal.addEventListener('abort', cancel, { once: true });

  async function run(): Promise<void> {
    if (signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const readings = deps.read(hits);
      deps.onValues({ readings, history: new Map(history) });
      const fresh = deps.recordsHistory() ? ledger.fresh(readings) : [];
      if (fresh.length > 0 && (await deps.record(deps.now().toISOString(), fresh)))
        ledger.markSent(fresh);
      // Once per metric and page; again for a metric just recorded, so today is in it.
      const recorded = new Set(fresh.map((r) => r.metricId));
      const wanted = [...readings.keys()].filter((id) => !history.has(id) || recorded.has(id));
      if (wanted.length === 0 || signal.aborted) return;
      const answer = await deps.history(wanted);
      if (!answer || signal.aborted) return;
      for (const id of wanted) history.set(id, answer[id] ?? []);
      deps.onValues({ readings, history: new Map(history) });
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  }

  function schedule(): void {
    cancel();
    timer = setTimeout(() => {
      if (signal.aborted) return;
      if (typeof win.requestIdleCallback === 'function')
        idle = win.requestIdleCallback(() => void run(), { timeout: IDLE_TIMEOUT_MS });
      else void run();
    }, SETTLE_MS);
  }

  return {
    setHits(next) {
      hits = next;
      schedule();
    },
  };
}
