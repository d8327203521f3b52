import { describe, expect, it } from 'vitest';
import { badgeFace, badgeLook } from '../../../lib/overlay/badge-face';
import { makeMetric } from './make-metric';

const NOW = new Date(2026, 10, 23);
const trialToPaid = makeMetric({
  name: 'Trial-to-paid conversion rate',
  aliases: ['Trial conversion', 'Trial → paid'],
  role: 'kpi',
  owner: 'Dana',
  target: { op: '>=', value: 25, unit: '%', from: 18, by: '2027-09-30' },
});
const landingPageCr = makeMetric({
  name: 'Landing-page conversion rate',
  aliases: ['Landing-page CR', 'Landing page conversion rate'],
  role: 'diagnostic',
});
const cac = makeMetric({ name: 'Customer acquisition cost', aliases: ['CAC'], role: 'kpi' });

describe('badgeFace: what a badge says beside a label', () => {
  it.each([
    [
      'a KPI with target and owner',
      trialToPaid,
      undefined,
      'KPI · ≥25% by Sep 30 · Dana',
      'kpi',
      false,
    ],
    [
      'a KPI due more than a year ahead keeps the year',
      makeMetric({
        name: 'NRR',
        role: 'kpi',
        owner: 'Lee',
        target: { op: '>=', value: 110, unit: '%', by: '2028-01-31' },
      }),
      undefined,
      'KPI · ≥110% by Jan 31, 2028 · Lee',
      'kpi',
      false,
    ],
    [
      'a KPI due by a quarter',
      makeMetric({
        name: 'OTD',
        role: 'kpi',
        owner: 'Priya',
        target: { op: '>=', value: 98, unit: '%', by: '2027-Q2' },
      }),
      undefined,
      'KPI · ≥98% by 2027-Q2 · Priya',
      'kpi',
      false,
    ],
    [
      'a KPI with a currency target and no deadline',
      makeMetric({
        name: 'CAC',
        role: 'kpi',
        owner: 'Lee',
        target: { op: '<=', value: 50, unit: '$' },
      }),
      undefined,
      'KPI · ≤$50 · Lee',
      'kpi',
      false,
    ],
    [
      'a long owner field is cut (the card has all of it)',
      makeMetric({
        name: 'CAC',
        role: 'kpi',
        owner: 'Lee Anderson-Whitfield (Marketing)',
        target: { op: '<=', value: 50, unit: '$' },
      }),
      undefined,
      'KPI · ≤$50 · Lee Anderson-Wh…',
      'kpi',
      false,
    ],
    [
      'a KPI without an owner',
      makeMetric({ name: 'Qualified demo requests', role: 'kpi' }),
      undefined,
      'KPI ⚠ no owner',
      'kpi',
      true,
    ],
    [
      'a KPI with an owner but no target',
      makeMetric({ name: 'Demos', role: 'kpi', owner: 'Jo' }),
      undefined,
      'KPI ⚠ no target',
      'kpi',
      true,
    ],
    [
      'a vanity metric set as a KPI',
      makeMetric({ name: 'Followers', role: 'kpi', owner: 'Jo', vanity: true }),
      undefined,
      'KPI ⚠ vanity',
      'kpi',
      true,
    ],
    [
      'a suspected vanity KPI',
      makeMetric({ name: 'Total page views', role: 'kpi', owner: 'Jo' }),
      undefined,
      'KPI ⚠ vanity?',
      'kpi',
      true,
    ],
    [
      'the north star',
      makeMetric({ name: 'Weekly active teams', role: 'kpi', northStar: true }),
      undefined,
      '★ north star',
      'northStar',
      false,
    ],
    [
      'a supporting metric names its KPI, shortened',
      makeMetric({ name: 'Activation rate', role: 'supporting', supports: 'trial-to-paid' }),
      trialToPaid,
      'supports Trial-to-paid',
      'supporting',
      false,
    ],
    [
      'a supporting metric names its KPI by acronym',
      makeMetric({ name: 'Paid search CTR', role: 'supporting', supports: 'cac' }),
      cac,
      'supports CAC',
      'supporting',
      false,
    ],
    [
      'a diagnostic names what it explains by its short alias',
      makeMetric({ name: 'Bounce rate', role: 'diagnostic', supports: 'landing-page-cr' }),
      landingPageCr,
      'diagnostic · Landing-page CR',
      'diagnostic',
      false,
    ],
    [
      'a supporting metric whose parent is missing',
      makeMetric({ name: 'X rate', role: 'supporting', supports: 'gone' }),
      undefined,
      'supporting',
      'supporting',
      false,
    ],
    [
      'a metric marked vanity',
      makeMetric({ name: 'Impressions', vanity: true }),
      undefined,
      'vanity',
      'vanity',
      false,
    ],
    [
      'a metric suspected vanity by its name',
      makeMetric({ name: 'App downloads' }),
      undefined,
      'vanity?',
      'vanity',
      false,
    ],
    [
      'a suspicion the team overruled',
      makeMetric({ name: 'App downloads', vanity: false }),
      undefined,
      'metric',
      'metric',
      false,
    ],
    [
      'a plain metric',
      makeMetric({ name: 'Sessions', aliases: ['Visits'] }),
      undefined,
      'metric',
      'metric',
      false,
    ],
  ])('%s', (_case, metric, parent, text, look, warning) => {
    expect(badgeFace(metric, parent, NOW)).toEqual({ text, look, warning });
  });
});

describe('badgeLook: one look for a metric on its badge, its card and the registry table', () => {
  const impressions = makeMetric({ name: 'Impressions', role: 'metric' });
  it.each([
    ['a metric whose name suggests vanity', impressions, 'vanity'],
    ['the same, judged not vanity', { ...impressions, vanity: false }, 'metric'],
    ['a metric marked vanity', makeMetric({ name: 'Reach', vanity: true }), 'vanity'],
    ['a KPI named like vanity (its text warns)', { ...impressions, role: 'kpi' as const }, 'kpi'],
    ['a north star', { ...trialToPaid, northStar: true }, 'northStar'],
    ['a diagnostic metric', landingPageCr, 'diagnostic'],
  ])('%s', (_case, metric, look) => {
    expect(badgeLook(metric)).toBe(look);
    expect(badgeFace(metric, undefined, NOW).look).toBe(look);
  });

  it('a running total on the page makes a plain metric look vanity, as its badge says', () => {
    const emails = makeMetric({ name: 'Emails sent', role: 'metric' });
    const runningTotal = { weeks: 5, reason: 'has only gone up for 5 weeks' };
    expect(badgeLook(emails)).toBe('metric');
    expect(badgeLook(emails, { runningTotal })).toBe('vanity');
  });
});
