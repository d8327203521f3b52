/**
 * Vanity from data: a series that only ever goes up, week after week, is a running total
 * (sign-ups to date, total page views), and a running total changes no decision. Pure.
 *
 * Read weekly (each week's last observation, see `weeklyLast`) over at least
 * MONOTONIC_MIN_WEEKS weeks: it must never go down from one week to the next and go up in at
 * least RISING_SHARE of the steps (a flat week happens when nothing was added; a flat line is
 * not a running total). Percentages, ratios and durations are never running totals, so only
 * counts and money are judged.
 */
import type { ValueKind } from '../values/parse-value';
import { inDayOrder, weeklyLast, type SeriesPoint } from './series';

export const MONOTONIC_MIN_WEEKS = 4;
export const RISING_SHARE = 0.75;

export interface RunningTotalSuspicion {
  weeks: number;
  /** `only ever goes up over 6 weeks: a running total changes no decision` */
  reason: string;
}

export function suspectRunningTotal(
  observations: readonly SeriesPoint[],
  kind?: ValueKind,
): RunningTotalSuspicion | null {
  if (kind === 'percent' || kind === 'ratio' || kind === 'duration') return null;
  const weeks = weeklyLast(inDayOrder(observations));
  if (weeks.length < MONOTONIC_MIN_WEEKS) return null;
  let rises = 0;
  for (let i = 1; i < weeks.length; i++) {
    const step = (weeks[i]?.value ?? 0) - (weeks[i - 1]?.value ?? 0);
    if (step < 0) return null;
    if (step > 0) rises += 1;
  }
  if (rises < RISING_SHARE * (weeks.length - 1)) return null;
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  const span = first && last ? Math.round((last.day - first.day) / 7) + 1 : weeks.length;
  return {
    weeks: span,
    reason: `only ever goes up over ${span} weeks: a running total changes no decision`,
  };
}
