import { describe, expect, it } from 'vitest';
import {
  suspectedVanityKpi,
  vanityKpi,
  vanitySuspected,
} from '../../../lib/registry/doctrine/vanity-rules';
import { GROW, TODAY, goodKpi, metric, registry } from './build-registry';

describe('vanity metrics and KPIs', () => {
  it.each([
    {
      shown: 'a KPI marked vanity is an error, with the alternative to make the KPI',
      m: goodKpi({ id: 'f', name: 'Followers', vanity: true }),
      rule: vanityKpi,
      severity: 'error',
      message:
        "'Followers' is a vanity metric set as a KPI: it looks good but drives no decision. Make it a plain metric, and make engaged followers, or trials that come from social the KPI.",
      fix: 'Make it a plain metric',
      after: { role: 'metric' },
    },
    {
      shown: 'a KPI marked vanity with an unknown name points at the outcome',
      m: goodKpi({ id: 'f', name: 'Brand mentions', vanity: true }),
      rule: vanityKpi,
      severity: 'error',
      message:
        "'Brand mentions' is a vanity metric set as a KPI: it looks good but drives no decision. Make it a plain metric, and make the outcome it is meant to lead to the KPI.",
      fix: 'Make it a plain metric',
      after: { role: 'metric' },
    },
    {
      shown: 'a KPI whose name looks like vanity is a warning',
      m: goodKpi({ id: 'd', name: 'App downloads' }),
      rule: suspectedVanityKpi,
      severity: 'warning',
      message:
        "'App downloads' is a KPI that looks like a vanity metric: a download is not a user. Make activated users the KPI instead, or mark it not vanity if your team has judged it.",
      fix: 'Make it a plain metric',
      after: { role: 'metric' },
    },
    {
      shown: 'a plain metric whose name looks like vanity is a note, and one click marks it vanity',
      m: metric({ id: 'i', name: 'Impressions' }),
      rule: vanitySuspected,
      severity: 'info',
      message:
        "'Impressions' may be a vanity metric: impressions count what was shown, not what worked. Watch the click-through rate, or conversions from the campaign instead, and mark it vanity (or not) once your team has judged it.",
      fix: 'Mark it as vanity',
      after: { vanity: true },
    },
  ])('$shown', ({ m, rule, severity, message, fix, after }) => {
    const reg = registry([m], [GROW]);
    const [finding, ...others] = rule.check(reg, TODAY);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity, metricId: m.id, message });
    expect(finding?.fix?.label).toBe(fix);
    const fixed = finding?.fix?.apply(reg, TODAY) ?? reg;
    expect(fixed.metrics[0]).toMatchObject(after);
    expect(rule.check(fixed, TODAY)).toEqual([]);
  });

  it.each([
    { shown: 'a KPI judged not vanity', m: goodKpi({ id: 'f', name: 'Followers', vanity: false }) },
    {
      shown: 'a plain metric marked vanity (tracked, not targeted)',
      m: metric({ id: 'f', name: 'Followers', vanity: true }),
    },
    {
      shown: 'a plain metric judged not vanity',
      m: metric({ id: 'f', name: 'Followers', vanity: false }),
    },
    { shown: 'a KPI with an actionable name', m: goodKpi({ id: 'a', name: 'Active users' }) },
  ])('says nothing about $shown', ({ m }) => {
    const reg = registry([m], [GROW]);
    for (const rule of [vanityKpi, suspectedVanityKpi, vanitySuspected]) {
      expect(rule.check(reg, TODAY)).toEqual([]);
    }
  });

  it('reports a suspected vanity KPI once, not also as a suspected metric', () => {
    const reg = registry([goodKpi({ id: 'd', name: 'App downloads' })], [GROW]);
    expect(vanitySuspected.check(reg, TODAY)).toEqual([]);
  });
});
