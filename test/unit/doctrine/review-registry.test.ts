import { describe, expect, it } from 'vitest';
import {
  findingsForMetric,
  hasSomethingToReview,
  HEALTH_RULES,
  healthScore,
  reviewRegistry,
  type HealthFinding,
  type Severity,
} from '../../../lib/registry/doctrine';
import { GROW, TODAY, goodKpi, metric, objective, registry } from './build-registry';

const finding = (severity: Severity, extra: Partial<HealthFinding> = {}): HealthFinding => ({
  ruleId: 'r',
  severity,
  message: 'm',
  ...extra,
});

describe('the rule list', () => {
  it('has one unique, kebab-case id per rule, each with the doctrine sentence that explains it', () => {
    const ids = HEALTH_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of HEALTH_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.explanation).toMatch(/^[A-Z0-9].{20,}\.$/);
    }
  });

  it('covers every rule of issue 6', () => {
    expect(HEALTH_RULES.map((r) => `${r.id} (${r.severity})`)).toEqual([
      'kpi-without-target (error)',
      'kpi-without-owner (error)',
      'kpi-without-deadline (warning)',
      'kpi-without-objective (warning)',
      'several-owners (warning)',
      'owner-shared-by-teams (warning)',
      'team-too-many-kpis (warning)',
      'objective-too-many-kpis (warning)',
      'team-few-kpis (info)',
      'objective-few-kpis (info)',
      'several-north-stars (error)',
      'vanity-kpi (error)',
      'suspected-vanity-kpi (warning)',
      'vanity-suspected (info)',
      'activity-kpi (warning)',
      'objective-all-lagging (warning)',
      'objective-all-leading (warning)',
      'target-without-baseline (warning)',
      'review-overdue (warning)',
      'dangling-supports (error)',
      'dangling-objective (error)',
      'support-cycle (error)',
      'supporting-parent-not-kpi (warning)',
    ]);
  });
});

describe('healthScore: 100 minus 10 per error, 3 per warning, 1 per info, floored at 0', () => {
  it.each([
    { findings: [], score: 100 },
    { findings: [finding('info')], score: 99 },
    { findings: [finding('warning')], score: 97 },
    { findings: [finding('error'), finding('warning'), finding('info')], score: 86 },
    { findings: Array.from({ length: 11 }, () => finding('error')), score: 0 },
  ])('$findings.length findings score $score', ({ findings, score }) => {
    expect(healthScore(findings)).toBe(score);
  });
});

describe('reviewRegistry', () => {
  const healthy = registry(
    [
      goodKpi({ id: 'paid', indicator: 'lagging' }),
      goodKpi({ id: 'wat', indicator: 'leading' }),
      goodKpi({ id: 'act', indicator: 'leading' }),
      metric({ id: 'ctr', role: 'supporting', supports: 'paid', indicator: 'leading' }),
    ],
    [GROW],
  );

  it('has something to review once there is a metric, not with objectives alone', () => {
    expect(hasSomethingToReview(registry([], [GROW]))).toBe(false);
    expect(hasSomethingToReview(registry([metric({ id: 'ctr' })]))).toBe(true);
  });

  it('a registry that keeps the doctrine scores 100 with no findings', () => {
    expect(reviewRegistry(healthy, TODAY)).toEqual({ findings: [], score: 100 });
  });

  it('lists errors first, then warnings, then notes, and scores them', () => {
    const reg = registry(
      [
        ...healthy.metrics,
        goodKpi({ id: 'demos', target: null, owner: null }),
        metric({ id: 'imp', name: 'Impressions' }),
      ],
      [GROW, objective({ id: 'empty', name: 'Enter Japan' })],
    );
    const { findings, score } = reviewRegistry(reg, TODAY);
    expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual([
      'error kpi-without-target',
      'error kpi-without-owner',
      'info objective-few-kpis',
      'info vanity-suspected',
    ]);
    expect(score).toBe(100 - 10 - 10 - 1 - 1);
  });

  it('does not change the registry it reviews', () => {
    const before = structuredClone(healthy);
    reviewRegistry(healthy, TODAY);
    expect(healthy).toEqual(before);
  });
});

describe('findingsForMetric: what a metric’s record and badge card show', () => {
  const findings = [
    finding('error', { ruleId: 'own', metricId: 'a' }),
    finding('warning', { ruleId: 'team', metricIds: ['a', 'b'] }),
    finding('info', { ruleId: 'other', metricId: 'b' }),
    finding('info', { ruleId: 'objective', objectiveId: 'grow' }),
  ];
  it.each([
    { metricId: 'a', rules: ['own', 'team'] },
    { metricId: 'b', rules: ['team', 'other'] },
    { metricId: 'c', rules: [] },
  ])('metric $metricId shows $rules', ({ metricId, rules }) => {
    expect(findingsForMetric(findings, metricId).map((f) => f.ruleId)).toEqual(rules);
  });
});
