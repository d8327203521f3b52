import { describe, expect, it } from 'vitest';
import { cardFacts, deadlineText, reviewText } from '../../../lib/overlay/card-facts';
import { reviewRegistry } from '../../../lib/registry/doctrine';
import { makeMetric } from './make-metric';

const NOW = new Date(2026, 10, 23);

describe('the detail card', () => {
  it.each([
    ['2027-09-30', 'Sep 30, 2027 · 311 days left', false],
    ['2026-11-23', 'Nov 23, 2026 · today', false],
    ['2026-11-22', 'Nov 22, 2026 · passed 1 day ago', true],
    ['2027-Q2', '2027-Q2 (Jun 30, 2027) · 219 days left', false],
  ])('deadline %s reads "%s"', (by, text, overdue) => {
    expect(deadlineText(by, NOW)).toEqual({ text, overdue });
  });

  it.each([
    ['weekly', '2026-11-17', 'weekly · next due Nov 24, 2026', false],
    ['weekly', '2026-11-10', 'weekly · overdue since Nov 17, 2026', true],
    ['monthly', undefined, 'monthly · not reviewed yet', false],
  ] as const)('a %s review last done %s reads "%s"', (cadence, lastReviewed, text, overdue) => {
    expect(reviewText(makeMetric({ name: 'X', cadence, lastReviewed }), NOW)).toEqual({
      text,
      overdue,
    });
  });

  it("carries the team's own notes on the metric, apart from the health notes", () => {
    const users = makeMetric({
      name: 'Total registered users',
      vanity: true,
      notes: 'Only goes up. Better: active users in the period.',
    });
    const registry = { metrics: [users], objectives: [] };
    const facts = cardFacts(users, registry, reviewRegistry(registry, NOW).findings, NOW);
    expect(facts.teamNotes).toBe('Only goes up. Better: active users in the period.');
    expect(facts.notes).not.toContain(facts.teamNotes);
  });

  it('tells the whole story of a KPI: objective, target, baseline, links and doctrine warnings', () => {
    const kpi = makeMetric({
      name: 'Trial-to-paid conversion rate',
      role: 'kpi',
      objectiveId: 'grow',
      owner: 'Dana',
      team: 'Growth',
      indicator: 'lagging',
      target: { op: '>=', value: 25, unit: '%', from: 18, by: '2027-09-30' },
    });
    const support = makeMetric({ name: 'Activation rate', role: 'supporting', supports: kpi.id });
    const ownerless = makeMetric({ name: 'Demos', role: 'kpi' });
    const registry = {
      metrics: [kpi, support, ownerless],
      objectives: [{ id: 'grow', name: 'Grow paid conversions', period: '2026-Q4' }],
    };
    const { findings } = reviewRegistry(registry, NOW);
    expect(cardFacts(kpi, registry, findings, NOW)).toMatchObject({
      roleLabel: 'KPI',
      objective: 'Grow paid conversions · 2026-Q4',
      target: '≥25%',
      baseline: '18%',
      deadline: { text: 'Sep 30, 2027 · 311 days left', overdue: false },
      supportedBy: [{ id: support.id, name: 'Activation rate' }],
    });
    expect(cardFacts(support, registry, findings, NOW).supports).toEqual({
      id: kpi.id,
      name: kpi.name,
    });
    expect(cardFacts(support, registry, findings, NOW).supportsLabel).toBe('Supports');
    expect(cardFacts(ownerless, registry, findings, NOW).warnings.join(' ')).toMatch(
      /without an owner/,
    );
    // A note of the health review (its objective has few KPIs) stays a note on the card.
    const facts = cardFacts(kpi, registry, findings, NOW);
    expect(facts.notes.join(' ')).toMatch(/has only 1 KPI/);
    expect(facts.warnings.join(' ')).not.toMatch(/has only/);
  });

  it('shows a suspected vanity metric in the vanity look, as its badge does', () => {
    const impressions = makeMetric({ name: 'Impressions', role: 'metric' });
    const facts = cardFacts(impressions, { metrics: [impressions], objectives: [] }, [], NOW);
    expect(facts).toMatchObject({ look: 'vanity', roleLabel: 'Vanity? metric' });
  });

  it('says a diagnostic metric diagnoses its parent, as the popup and the metrics table do', () => {
    const parent = makeMetric({ name: 'Landing-page conversion rate', role: 'supporting' });
    const bounce = makeMetric({ name: 'Bounce rate', role: 'diagnostic', supports: parent.id });
    const registry = { metrics: [parent, bounce], objectives: [] };
    expect(cardFacts(bounce, registry, [], NOW)).toMatchObject({
      supports: { id: parent.id, name: parent.name },
      supportsLabel: 'Diagnoses',
    });
    expect(cardFacts(parent, registry, [], NOW).supportsLabel).toBeUndefined();
  });
});
