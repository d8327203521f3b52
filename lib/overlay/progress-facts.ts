/**
 * A metric's progress from the values pages show: the latest reading judged against the
 * target (`judgePace`), the history for the sparkline, a baseline proposal and the
 * running-total suspicion. Pure: today is passed in, so tests and the e2e clock decide it.
 *
 * The pace line starts on the first day KPI Lens saw the metric, at the target's `from`: the
 * registry says what the baseline was, not when, and the first reading is the earliest day
 * KPI Lens can vouch for.
 */
import { proposeBaseline, type BaselineProposal } from '../progress/baseline';
import { dayOf, isoOfDay, longDate } from '../progress/calendar-days';
import { suspectRunningTotal, type RunningTotalSuspicion } from '../progress/monotonic';
import { judgePace, type Pace, type PaceStatus } from '../progress/pace';
import { inDayOrder, type SeriesPoint } from '../progress/series';
import { formatTarget } from '../registry/format-target';
import type { Metric } from '../registry/schema';
import { formatValue } from '../values/format-value';
import type { HistoryPoint, PageReading } from './page-reading';

export interface ProgressFacts {
  /** `21.4%`, as the page prints it. */
  latest: string;
  unit: string | undefined;
  /** Null without a target. */
  pace: Pace | null;
  /**
   * The badge's words (`21.4% of ≥25% · at risk`), once the history reaches back before
   * today; null before (see `badgeProgress`).
   */
  badge: string | null;
  /** The history in the latest reading's unit, with today's reading, oldest first. */
  series: SeriesPoint[];
  /** Offered while the target has no `from`. */
  proposal: (BaselineProposal & { text: string }) | null;
  runningTotal: RunningTotalSuspicion | null;
}

export const STATUS_WORDS: Record<PaceStatus, string> = {
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  met: 'met',
  'no-baseline': 'no baseline',
  'no-target': 'no target',
};

/** The local calendar day of a time as ISO text: what "today" means to the person. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** History in the reading's unit plus today's reading (it may not be stored: history off). */
function seriesOf(reading: PageReading, history: readonly HistoryPoint[], today: string) {
  const sameUnit = history.filter((p) => (p.unit ?? undefined) === (reading.unit ?? undefined));
  const days = new Map<number, SeriesPoint>();
  // Several pages may show the metric on one day: the day's latest reading stands for it.
  for (const p of [...sameUnit].sort((a, b) => a.at.localeCompare(b.at))) {
    const day = dayOf(p.at);
    if (day !== null) days.set(day, { at: isoOfDay(day), value: p.value });
  }
  const todayDay = dayOf(today);
  if (todayDay !== null) days.set(todayDay, { at: today, value: reading.value });
  return inDayOrder([...days.values()]).map(({ at, value }) => ({ at, value }));
}

export function progressFacts(
  metric: Metric,
  reading: PageReading,
  history: readonly HistoryPoint[],
  today: string,
): ProgressFacts {
  const unit = reading.unit ?? metric.target?.unit;
  const series = seriesOf(reading, history, today);
  const target = metric.target;
  const pace = target
    ? judgePace({
        value: reading.value,
        unit: reading.unit,
        target,
        baselineAt: series[0]?.at ?? today,
        today,
      })
    : null;
  const proposed = target && target.from === undefined ? proposeBaseline(series) : null;
  const since = proposed ? dayOf(proposed.since) : null;
  const until = proposed ? dayOf(proposed.until) : null;
  return {
    latest: formatValue(reading.value, reading.unit, true),
    unit,
    pace,
    // A first day has no line yet to be ahead of or behind, and a badge that changed its
    // form on every first visit would jump about: the card carries the value until then.
    badge: pace && series.length > 1 ? badgeProgress(reading, pace, metric) : null,
    series,
    proposal:
      proposed && since !== null && until !== null
        ? {
            ...proposed,
            text: `Proposed baseline: ${formatValue(proposed.from, unit, true)}, the median of ${longDate(since)} – ${longDate(until)}`,
          }
        : null,
    runningTotal: suspectRunningTotal(series, reading.kind),
  };
}

/** `21.4% of ≥25% · at risk`, `$58.20 vs ≤$50 · off track`. */
function badgeProgress(reading: PageReading, pace: Pace, metric: Metric): string | null {
  const target = metric.target;
  if (!target || pace.status === 'no-target') return null;
  const goal = formatTarget({ ...target, by: undefined });
  const shown = formatValue(reading.value, reading.unit, true);
  return `${shown} ${target.op === '>=' ? 'of' : 'vs'} ${goal} · ${STATUS_WORDS[pace.status]}`;
}
