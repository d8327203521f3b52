import { describe, expect, it } from 'vitest';
import {
  danglingObjective,
  danglingSupports,
  supportCycle,
} from '../../../lib/registry/doctrine/references';
import { GROW, TODAY, goodKpi, metric, registry } from './build-registry';

describe('links that lead nowhere', () => {
  it.each([
    {
      shown: 'a supports link to a missing metric is an error; one click clears it',
      m: metric({ id: 'open', name: 'Open rate', role: 'supporting', supports: 'gone' }),
      rule: danglingSupports,
      message:
        "'Open rate' supports 'gone', which is not in the registry: the hierarchy breaks there. Choose the metric it explains, or clear the link.",
      cleared: 'supports',
    },
    {
      shown: 'an objective link to a missing objective is an error; one click clears it',
      m: goodKpi({ id: 'paid', name: 'Trial-to-paid', objectiveId: 'gone' }),
      rule: danglingObjective,
      message:
        "'Trial-to-paid' serves the objective 'gone', which is not in the registry. Choose an existing objective, or clear the link.",
      cleared: 'objectiveId',
    },
  ])('$shown', ({ m, rule, message, cleared }) => {
    const reg = registry([m], [GROW]);
    const [finding] = rule.check(reg, TODAY);
    expect(finding).toMatchObject({ severity: 'error', metricId: m.id, message });
    expect(finding?.fix?.label).toBe('Clear the link');
    const fixed = finding?.fix?.apply(reg, TODAY) ?? reg;
    expect(fixed.metrics[0]).not.toHaveProperty(cleared);
    expect(rule.check(fixed, TODAY)).toEqual([]);
  });

  it('says nothing when the links resolve', () => {
    const reg = registry(
      [goodKpi({ id: 'paid' }), metric({ id: 's', role: 'supporting', supports: 'paid' })],
      [GROW],
    );
    expect([...danglingSupports.check(reg, TODAY), ...danglingObjective.check(reg, TODAY)]).toEqual(
      [],
    );
  });
});

describe('support-cycle', () => {
  it.each([
    {
      shown: 'two metrics supporting each other',
      metrics: [
        metric({ id: 'a', name: 'A', supports: 'b' }),
        metric({ id: 'b', name: 'B', supports: 'a' }),
      ],
      message:
        "'A' → 'B' → 'A' is a loop: a metric cannot explain itself. Point one of them at the KPI it explains.",
      fix: "Clear the link from 'A' to 'B'",
    },
    {
      shown: 'a metric supporting itself',
      metrics: [metric({ id: 'a', name: 'A', supports: 'a' })],
      message:
        "'A' → 'A' is a loop: a metric cannot explain itself. Point one of them at the KPI it explains.",
      fix: "Clear the link from 'A' to itself",
    },
  ])('$shown is an error, and one click cuts the loop', ({ metrics, message, fix }) => {
    const reg = registry(metrics);
    const findings = supportCycle.check(reg, TODAY);
    expect(findings).toMatchObject([{ severity: 'error', metricId: 'a', message }]);
    expect(findings[0]?.fix?.label).toBe(fix);
    expect(supportCycle.check(findings[0]?.fix?.apply(reg, TODAY) ?? reg, TODAY)).toEqual([]);
  });

  it('lists every metric on the loop, for each record’s view', () => {
    const reg = registry([
      metric({ id: 'a', supports: 'b' }),
      metric({ id: 'b', supports: 'c' }),
      metric({ id: 'c', supports: 'a' }),
    ]);
    expect(supportCycle.check(reg, TODAY)[0]?.metricIds).toEqual(['a', 'b', 'c']);
  });
});
