/** A history for the tables: one observation per week from Monday Jan 5, 2026 (or every `step` days). */
import { dayOf, isoOfDay } from '../../../lib/progress/calendar-days';
import type { SeriesPoint } from '../../../lib/progress/series';

export function series(values: readonly number[], step = 7, start = '2026-01-05'): SeriesPoint[] {
  const first = dayOf(start)!;
  return values.map((value, i) => ({ at: isoOfDay(first + i * step), value }));
}
