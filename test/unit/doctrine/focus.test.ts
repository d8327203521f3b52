import { describe, expect, it } from 'vitest';
import {
  objectiveFewKpis,
  objectiveTooManyKpis,
  teamFewKpis,
  teamTooManyKpis,
} from '../../../lib/registry/doctrine/focus';
import type { Metric } from '../../../lib/registry/schema';
import { GROW, TODAY, goodKpi, metric, registry } from './build-registry';

/** `count` KPIs for the Growth team and the 'grow' objective. */
function growthKpis(count: number): Metric[] {
  return Array.from({ length: count }, (_, i) => goodKpi({ id: `kpi-${i + 1}` }));
}

describe('how many KPIs a team has', () => {
  it.each([
    {
      count: 1,
      shown: 'a note that 1 KPI may leave work unmeasured',
      tooMany: [],
      few: [
        'Growth has only 1 KPI: fewer than 3 may leave part of its work unmeasured. Check that nothing it is accountable for goes untracked.',
      ],
    },
    {
      count: 2,
      shown: 'a note that 2 KPIs may leave work unmeasured',
      tooMany: [],
      few: [
        'Growth has only 2 KPIs: fewer than 3 may leave part of its work unmeasured. Check that nothing it is accountable for goes untracked.',
      ],
    },
    { count: 3, shown: 'nothing', tooMany: [], few: [] },
    { count: 7, shown: 'nothing', tooMany: [], few: [] },
    {
      count: 9,
      shown: 'a warning that 5-7 keeps focus',
      tooMany: [
        'Growth has 9 KPIs: 5-7 keeps focus. Keep the few that matter most as KPIs, and make the others supporting metrics.',
      ],
      few: [],
    },
  ])('Growth with $count KPIs: $shown', ({ count, tooMany, few }) => {
    const reg = registry(growthKpis(count), [GROW]);
    expect(teamTooManyKpis.check(reg, TODAY).map((f) => f.message)).toEqual(tooMany);
    expect(teamFewKpis.check(reg, TODAY).map((f) => f.message)).toEqual(few);
  });

  it('names the team and every KPI concerned, as a warning', () => {
    const [finding] = teamTooManyKpis.check(registry(growthKpis(8)), TODAY);
    expect(finding).toMatchObject({ severity: 'warning', team: 'Growth' });
    expect(finding?.metricIds).toHaveLength(8);
  });

  it('counts KPIs only: supporting metrics, and a team with no KPI at all, are not noted', () => {
    const reg = registry([
      ...growthKpis(3),
      metric({ id: 'ctr', role: 'supporting', team: 'Growth' }),
      metric({ id: 'lcp', role: 'diagnostic', team: 'Web' }),
    ]);
    expect(teamFewKpis.check(reg, TODAY)).toEqual([]);
  });
});

describe('how many KPIs an objective has', () => {
  it.each([
    {
      count: 0,
      message:
        "'Grow paid conversions' has no KPI: nothing shows whether it is met. Tie a KPI to it.",
      rule: objectiveFewKpis,
    },
    {
      count: 2,
      message:
        "'Grow paid conversions' has only 2 KPIs: fewer than 3 may leave part of it unmeasured. Check that nothing it needs goes untracked.",
      rule: objectiveFewKpis,
    },
    {
      count: 8,
      message:
        "'Grow paid conversions' has 8 KPIs: 5-7 keeps focus. Keep the few that matter most as KPIs, and make the others supporting metrics.",
      rule: objectiveTooManyKpis,
    },
  ])('with $count KPIs: "$message"', ({ count, message, rule }) => {
    const reg = registry(growthKpis(count), [GROW]);
    expect(rule.check(reg, TODAY)).toMatchObject([{ objectiveId: 'grow', message }]);
  });

  it('notes fewer than 3 as info and more than 7 as a warning', () => {
    expect(objectiveFewKpis.severity).toBe('info');
    expect(teamFewKpis.severity).toBe('info');
    expect(objectiveTooManyKpis.severity).toBe('warning');
  });

  it('says nothing for 3 to 7 KPIs', () => {
    const reg = registry(growthKpis(5), [GROW]);
    expect([
      ...objectiveFewKpis.check(reg, TODAY),
      ...objectiveTooManyKpis.check(reg, TODAY),
    ]).toEqual([]);
  });
});
