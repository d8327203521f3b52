import { describe, expect, it } from 'vitest';
import { reviewOverdue } from '../../../lib/registry/doctrine/review-overdue';
import type { MetricInput } from '../../../lib/registry/schema';
import { TODAY, goodKpi, registry } from './build-registry';

type Cadence = MetricInput['cadence'];

describe('review-overdue, on Mon 23 Nov 2026', () => {
  it.each([
    {
      cadence: 'daily',
      lastReviewed: '2026-11-20',
      overdue: false,
      shown: 'Friday, before a Monday: in time',
    },
    { cadence: 'daily', lastReviewed: '2026-11-19', overdue: true, shown: '4 days ago: overdue' },
    {
      cadence: 'weekly',
      lastReviewed: '2026-11-14',
      overdue: false,
      shown: '9 days ago: in time (2 days of grace)',
    },
    { cadence: 'weekly', lastReviewed: '2026-11-13', overdue: true, shown: '10 days ago: overdue' },
    {
      cadence: 'monthly',
      lastReviewed: '2026-10-18',
      overdue: false,
      shown: '36 days ago: in time',
    },
    {
      cadence: 'monthly',
      lastReviewed: '2026-10-17',
      overdue: true,
      shown: '37 days ago: overdue',
    },
    {
      cadence: 'quarterly',
      lastReviewed: '2026-08-13',
      overdue: false,
      shown: '102 days ago: in time',
    },
    {
      cadence: 'quarterly',
      lastReviewed: '2026-08-12',
      overdue: true,
      shown: '103 days ago: overdue',
    },
    {
      cadence: undefined,
      lastReviewed: '2020-01-01',
      overdue: false,
      shown: 'no cadence: nothing to be late for',
    },
    {
      cadence: 'weekly',
      lastReviewed: undefined,
      overdue: false,
      shown: 'never reviewed: nothing says it is late',
    },
  ] as { cadence: Cadence; lastReviewed?: string; overdue: boolean; shown: string }[])(
    '$cadence, last reviewed $lastReviewed: $shown',
    ({ cadence, lastReviewed, overdue }) => {
      const reg = registry([goodKpi({ id: 'k', cadence, lastReviewed })]);
      expect(reviewOverdue.check(reg, TODAY)).toHaveLength(overdue ? 1 : 0);
    },
  );

  it('says how late, as a warning, and one click records today as the review date', () => {
    const reg = registry([
      goodKpi({ id: 'cac', name: 'CAC', cadence: 'monthly', lastReviewed: '2026-10-14' }),
    ]);
    const [finding] = reviewOverdue.check(reg, TODAY);
    expect(finding).toMatchObject({
      severity: 'warning',
      metricId: 'cac',
      message:
        "'CAC' is reviewed monthly but was last reviewed 40 days ago (2026-10-14): a KPI nobody looks at steers nothing. Review it, then mark it reviewed.",
    });
    expect(finding?.fix?.label).toBe('Mark it reviewed today');
    const later = new Date(2026, 10, 24, 9, 30);
    const fixed = finding?.fix?.apply(reg, later) ?? reg;
    expect(fixed.metrics[0]).toMatchObject({
      lastReviewed: '2026-11-24',
      updatedAt: later.toISOString(),
    });
    expect(reviewOverdue.check(fixed, later)).toEqual([]);
  });
});
