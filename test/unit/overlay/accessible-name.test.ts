import { describe, expect, it } from 'vitest';
import { badgeAccessibleName } from '../../../lib/overlay/accessible-name';
import { makeMetric } from './make-metric';

const trialToPaid = makeMetric({
  name: 'Trial-to-paid conversion rate',
  role: 'kpi',
  owner: 'Dana',
  target: { op: '>=', value: 25, unit: '%', by: '2027-09-30' },
});

describe('badgeAccessibleName: what a screen reader says for a badge', () => {
  it.each([
    [
      'a KPI',
      trialToPaid,
      undefined,
      'KPI: Trial-to-paid conversion rate, target at least 25% by 30 Sep 2027, owner Dana',
    ],
    [
      'a north star with a unit and a quarter',
      makeMetric({
        name: 'Weekly active teams',
        role: 'kpi',
        northStar: true,
        owner: 'Alex',
        target: { op: '>=', value: 1200, unit: 'teams', by: '2027-Q2' },
      }),
      undefined,
      'North star KPI: Weekly active teams, target at least 1200 teams by 2027-Q2, owner Alex',
    ],
    [
      'a KPI missing both',
      makeMetric({ name: 'Demos', role: 'kpi' }),
      undefined,
      'KPI: Demos, no target, no owner',
    ],
    [
      'a KPI at most a price',
      makeMetric({
        name: 'CAC',
        role: 'kpi',
        owner: 'Lee',
        target: { op: '<=', value: 50, unit: '$' },
      }),
      undefined,
      'KPI: CAC, target at most $50, owner Lee',
    ],
    [
      'a supporting metric',
      makeMetric({ name: 'Activation rate', role: 'supporting' }),
      trialToPaid,
      'Supporting metric: Activation rate, supports Trial-to-paid conversion rate',
    ],
    [
      'a diagnostic metric',
      makeMetric({ name: 'Bounce rate', role: 'diagnostic' }),
      makeMetric({ name: 'Landing-page conversion rate', role: 'supporting' }),
      'Diagnostic metric: Bounce rate, diagnoses Landing-page conversion rate',
    ],
    [
      'a suspected vanity metric',
      makeMetric({ name: 'Followers' }),
      undefined,
      'Suspected vanity metric: Followers',
    ],
    ['a plain metric', makeMetric({ name: 'Sessions' }), undefined, 'Metric: Sessions'],
  ])('%s', (_case, metric, parent, name) => {
    expect(badgeAccessibleName(metric, parent)).toBe(name);
  });
});
