/**
 * A baseline proposed from the page's own history, offered as the target's `from` with one
 * click. Pure.
 *
 * Proposed once the history spans at least BASELINE_MIN_DAYS (4 weeks) with an observation in
 * at least 4 different weeks, so that one odd week cannot set it. It is the median of the
 * observations of the first BASELINE_WINDOW_DAYS (6 weeks): the median, not the mean, because a
 * dashboard misread once (a 0 while loading, a doubled total) must not move it; the first
 * weeks, because a baseline is where the metric stood before the work on the target began.
 * Rounded to the decimals the observations themselves have, so it reads like the dashboard.
 */
import { isoOfDay } from './calendar-days';
import { inDayOrder, median, spanDays, weeklyLast, type SeriesPoint } from './series';

export const BASELINE_MIN_DAYS = 28;
export const BASELINE_WINDOW_DAYS = 42;
export const BASELINE_MIN_WEEKS = 4;

export interface BaselineProposal {
  from: number;
  /** The first and last observation dates the median was taken over. */
  since: string;
  until: string;
}

function decimalsOf(n: number): number {
  const text = String(n);
  return text.includes('.') && !text.includes('e') ? (text.split('.')[1]?.length ?? 0) : 0;
}

export function proposeBaseline(observations: readonly SeriesPoint[]): BaselineProposal | null {
  const points = inDayOrder(observations);
  const first = points[0];
  if (!first || spanDays(points) < BASELINE_MIN_DAYS) return null;
  const window = points.filter((p) => p.day - first.day < BASELINE_WINDOW_DAYS);
  if (weeklyLast(window).length < BASELINE_MIN_WEEKS) return null;
  const middle = median(window.map((p) => p.value));
  const last = window[window.length - 1];
  if (middle === null || !last) return null;
  const decimals = Math.min(4, Math.max(...window.map((p) => decimalsOf(p.value))));
  return {
    from: Number(middle.toFixed(decimals)),
    since: isoOfDay(first.day),
    until: isoOfDay(last.day),
  };
}
