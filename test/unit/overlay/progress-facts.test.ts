import { describe, expect, it } from 'vitest';
import { badgeFace } from '../../../lib/overlay/badge-face';
import { badgeAccessibleName } from '../../../lib/overlay/accessible-name';
import { cardFacts } from '../../../lib/overlay/card-facts';
import { isoDay, progressFacts } from '../../../lib/overlay/progress-facts';
import { makeMetric } from './make-metric';

const TODAY = '2026-12-29';
const NOW = new Date(2026, 11, 29, 12);
const trialToPaid = makeMetric({
  name: 'Trial-to-paid conversion rate',
  role: 'kpi',
  owner: 'Dana',
  target: { op: '>=', value: 25, unit: '%', from: 18, by: '2027-09-30' },
});
const csatNoFrom = makeMetric({
  name: 'CSAT',
  role: 'kpi',
  owner: 'Sam',
  target: { op: '>=', value: 90, unit: '%', by: '2027-03-31' },
});
const cac = makeMetric({
  name: 'CAC',
  role: 'kpi',
  owner: 'Lee Anderson',
  target: { op: '<=', value: 50, unit: '$', from: 64, by: '2027-03-31' },
});
const pct = (value: number) => ({ value, unit: '%', kind: 'percent' as const, text: `${value}%` });
const weekly = (values: number[], unit?: string) =>
  values.map((value, i) => ({
    at: `2026-12-${String(1 + 7 * i).padStart(2, '0')}T12:00:00Z`,
    value,
    unit,
  }));

describe('progressFacts: the badge and card words from what the page shows', () => {
  it.each([
    ['the first day: the card has the value, the badge waits', trialToPaid, pct(21.4), [], null],
    [
      'a week later, behind the line from the first reading',
      trialToPaid,
      pct(18.2),
      weekly([18], '%'),
      '18.2% of ≥25% · at risk',
    ],
    ['on pace', trialToPaid, pct(21.4), weekly([18], '%'), '21.4% of ≥25% · on track'],
    ['met', trialToPaid, pct(26), weekly([18], '%'), '26% of ≥25% · met'],
    [
      'a cap compares with vs',
      cac,
      { value: 70, unit: '$', kind: 'currency' as const, text: '$70.00' },
      weekly([64], '$'),
      '$70 vs ≤$50 · off track',
    ],
    ['no from yet', csatNoFrom, pct(84), weekly([84, 85], '%'), '84% of ≥90% · no baseline'],
    [
      'history in another unit does not count as a day read',
      trialToPaid,
      pct(21.4),
      weekly([1200]),
      null,
    ],
  ])('%s', (_case, metric, reading, history, badge) => {
    expect(progressFacts(metric, reading, history, TODAY).badge).toBe(badge);
  });

  it('proposes the median of the first weeks as the baseline while the target has no from', () => {
    const facts = progressFacts(csatNoFrom, pct(86), weekly([84, 83, 85, 84], '%'), TODAY);
    expect(facts.series).toHaveLength(5);
    expect(facts.pace?.sentence).toBe('86% of 90% target, no baseline yet');
    expect(facts.proposal).toMatchObject({ from: 84 });
    expect(facts.proposal?.text).toBe(
      'Proposed baseline: 84%, the median of Dec 1, 2026 – Dec 29, 2026',
    );
    expect(
      progressFacts(trialToPaid, pct(22), weekly([20, 21, 21, 22], '%'), TODAY).proposal,
    ).toBeNull();
  });

  it('a count that only ever rises is suspected vanity, on the badge and in the card', () => {
    const signups = makeMetric({ name: 'Sign-ups', role: 'metric' });
    const reading = { value: 1500, unit: undefined, kind: 'count' as const, text: '1,500' };
    const facts = progressFacts(signups, reading, weekly([1000, 1100, 1250, 1400]), TODAY);
    expect(facts.runningTotal?.weeks).toBe(5);
    expect(badgeFace(signups, undefined, NOW, facts)).toEqual({
      look: 'vanity',
      text: 'vanity?',
      warning: false,
    });
    const card = cardFacts(signups, { metrics: [signups], objectives: [] }, [], NOW, facts);
    expect(card.roleLabel).toBe('Vanity? metric');
    expect(card.warnings).toContain(
      'Vanity? Its value only ever goes up over 5 weeks: a running total changes no decision.',
    );
    const overruled = makeMetric({ name: 'Sign-ups', vanity: false });
    expect(badgeFace(overruled, undefined, NOW, facts).text).toBe('metric');
    expect(
      badgeFace(makeMetric({ name: 'Sign-ups', role: 'kpi', owner: 'Jo' }), undefined, NOW, facts)
        .text,
    ).toBe('KPI ⚠ vanity?');
  });

  it('the local calendar day is today', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('badgeFace with progress', () => {
  const weekAgo = weekly([18], '%');
  it.each([
    [
      'the owner stays when it fits',
      trialToPaid,
      pct(21.4),
      'KPI · 21.4% of ≥25% · on track · Dana',
    ],
    [
      'a long owner gives way',
      cac,
      { value: 58.2, unit: '$', kind: 'currency' as const, text: '$58.20' },
      'KPI · $58.20 vs ≤$50 · on track',
    ],
  ])('%s', (_case, metric, reading, text) => {
    const history = metric === cac ? weekly([64], '$') : weekAgo;
    const facts = progressFacts(metric, reading, history, TODAY);
    expect(badgeFace(metric, undefined, NOW, facts)).toEqual({ look: 'kpi', text, warning: false });
  });

  it('keeps the target form until there is a history, and the north star names its value', () => {
    const first = progressFacts(trialToPaid, pct(21.4), [], TODAY);
    expect(badgeFace(trialToPaid, undefined, NOW, first).text).toBe('KPI · ≥25% by Sep 30 · Dana');
    expect(badgeAccessibleName(trialToPaid, undefined, first)).toBe(
      'KPI: Trial-to-paid conversion rate, target at least 25% by 30 Sep 2027, owner Dana',
    );
    const star = makeMetric({
      name: 'Weekly active teams',
      role: 'kpi',
      northStar: true,
      target: { op: '>=', value: 1200, unit: 'teams', from: 950, by: '2027-06-30' },
    });
    const teams = { value: 1084, unit: undefined, kind: 'count' as const, text: '1,084' };
    const facts = progressFacts(star, teams, weekly([1000]), TODAY);
    expect(badgeFace(star, undefined, NOW, facts).text).toBe('★ 1,084 of ≥1200 teams · on track');
    expect(badgeAccessibleName(star, undefined, facts)).toBe(
      'North star KPI: Weekly active teams, now 1,084, on track, target at least 1200 teams by 30 Jun 2027, no owner',
    );
  });
});
