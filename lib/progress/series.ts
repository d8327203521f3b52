/** A metric's history as dated points, and the weekly view the progress rules read. Pure. */
import { dayOf } from './calendar-days';

export interface SeriesPoint {
  /** ISO date (or time) of the observation. */
  at: string;
  value: number;
}

export interface DatedPoint extends SeriesPoint {
  day: number;
}

/** Points with a readable date and a finite value, oldest first (stable for equal days). */
export function inDayOrder(points: readonly SeriesPoint[]): DatedPoint[] {
  return points
    .map((p) => ({ ...p, day: dayOf(p.at) ?? NaN }))
    .filter((p) => Number.isFinite(p.day) && Number.isFinite(p.value))
    .sort((a, b) => a.day - b.day);
}

/** Days from the first to the last point: 0 for one point or none. */
export function spanDays(points: readonly DatedPoint[]): number {
  const first = points[0];
  const last = points[points.length - 1];
  return first && last ? last.day - first.day : 0;
}

/**
 * The series as weeks counted from its first day (days 0-6 are week 0), each week's last
 * observation standing for it: what the dashboard said at the end of that week. Weeks without
 * an observation are left out.
 */
export function weeklyLast(points: readonly DatedPoint[]): DatedPoint[] {
  const first = points[0];
  if (!first) return [];
  const weeks = new Map<number, DatedPoint>();
  for (const p of points) weeks.set(Math.floor((p.day - first.day) / 7), p);
  return [...weeks.entries()].sort(([a], [b]) => a - b).map(([, p]) => p);
}

export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return null;
  return sorted.length % 2
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
