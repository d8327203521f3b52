/**
 * Where a sparkline's points go: x by date (a missed week leaves a gap in time, not a squeeze),
 * y by value with the target inside the scale so the line shows how far it is. Pure.
 */
import { inDayOrder, spanDays, type SeriesPoint } from '../../lib/progress/series';
import { formatValue } from '../../lib/values/format-value';

export interface SparklineGeometry {
  /** `x,y x,y …` for a polyline. */
  points: string;
  last: { x: number; y: number } | null;
  /** The target's y, when there is a target. */
  targetY: number | null;
  label: string;
}

/** `Trend over 6 weeks: from 9.8% to 10.4%`; days below two weeks. */
export function trendLabel(points: readonly SeriesPoint[], unit?: string): string {
  const dated = inDayOrder(points);
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (!first || !last) return 'No trend yet';
  if (dated.length === 1) return `One reading so far: ${formatValue(first.value, unit, true)}`;
  const days = spanDays(dated);
  const weeks = Math.round(days / 7);
  const span = days < 14 ? `${days} day${days === 1 ? '' : 's'}` : `${weeks} weeks`;
  const from = formatValue(first.value, unit, true);
  return `Trend over ${span}: from ${from} to ${formatValue(last.value, unit, true)}`;
}

export function sparklineGeometry(
  input: readonly SeriesPoint[],
  size: { width: number; height: number },
  target?: number,
  unit?: string,
): SparklineGeometry {
  const points = inDayOrder(input);
  const pad = 2; // room for the end dot and the stroke
  const values = points.map((p) => p.value).concat(target === undefined ? [] : [target]);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const firstDay = points[0]?.day ?? 0;
  const days = spanDays(points) || 1;
  const x = (day: number) => pad + ((day - firstDay) / days) * (size.width - 2 * pad);
  // A flat series sits in the middle rather than on an edge.
  const y = (v: number) =>
    high === low ? size.height / 2 : pad + ((high - v) / (high - low)) * (size.height - 2 * pad);
  const round = (n: number) => Math.round(n * 10) / 10;
  const xy = points.map((p) => ({
    x: round(points.length === 1 ? size.width / 2 : x(p.day)),
    y: round(y(p.value)),
  }));
  return {
    points: xy.map((p) => `${p.x},${p.y}`).join(' '),
    last: xy[xy.length - 1] ?? null,
    targetY: target === undefined || points.length === 0 ? null : round(y(target)),
    label: trendLabel(input, unit),
  };
}
