/** A KPI nobody looks at steers nothing: each metric with a cadence is reviewed at it. */
import { dayOf, localDay } from '../../progress/calendar-days';
import type { Cadence } from '../schema';
import { defineRule } from './define-rule';
import { patchMetric } from './patch-registry';
import { plural, quoted } from './registry-queries';

/** Days between reviews for each cadence (a month and a quarter at their longest). */
export const REVIEW_INTERVAL_DAYS: Record<Cadence, number> = {
  daily: 1,
  weekly: 7,
  monthly: 31,
  quarterly: 92,
};

/** Slack before a review counts as overdue: weekends, holidays, a meeting moved by a day. */
export const REVIEW_GRACE_DAYS: Record<Cadence, number> = {
  daily: 2,
  weekly: 2,
  monthly: 5,
  quarterly: 10,
};

/** `2026-11-23`, the local calendar date: what `lastReviewed` holds. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const reviewOverdue = defineRule(
  {
    id: 'review-overdue',
    severity: 'warning',
    explanation: 'A KPI nobody looks at steers nothing: review each metric at its cadence.',
  },
  // A metric with a cadence but no review date yet is not reported: nothing says it is late.
  (registry, today) =>
    registry.metrics.flatMap((m) => {
      const reviewed = m.lastReviewed === undefined ? null : dayOf(m.lastReviewed);
      if (!m.cadence || reviewed === null) return [];
      const days = localDay(today) - reviewed;
      if (days <= REVIEW_INTERVAL_DAYS[m.cadence] + REVIEW_GRACE_DAYS[m.cadence]) return [];
      return [
        {
          metricId: m.id,
          message: `${quoted(m)} is reviewed ${m.cadence} but was last reviewed ${plural(days, 'day')} ago (${m.lastReviewed}): a KPI nobody looks at steers nothing. Review it, then mark it reviewed.`,
          fix: {
            label: 'Mark it reviewed today',
            apply: (r, day) => patchMetric(r, m.id, { lastReviewed: localIsoDate(day) }, day),
          },
        },
      ];
    }),
);
