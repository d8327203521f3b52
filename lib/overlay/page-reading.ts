/** A metric's value as this page shows it now, read by `readPageValues`. */
import type { ValueKind } from '../values/parse-value';

export interface PageReading {
  value: number;
  unit?: string | undefined;
  kind: ValueKind;
  /** As printed: `21.4%`. */
  text: string;
}

/** One stored observation, as `observations.history` answers. */
export interface HistoryPoint {
  at: string;
  value: number;
  unit?: string | undefined;
}
