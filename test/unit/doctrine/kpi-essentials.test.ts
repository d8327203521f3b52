import { describe, expect, it } from 'vitest';
import {
  kpiWithoutDeadline,
  kpiWithoutObjective,
  kpiWithoutOwner,
  kpiWithoutTarget,
} from '../../../lib/registry/doctrine/kpi-essentials';
import { GROW, TODAY, goodKpi, metric, objective, registry } from './build-registry';

const demoRequests = { id: 'demos', name: 'Qualified demo requests' };
const NO_TARGET =
  "'Qualified demo requests' is a KPI without a target: a KPI without a target is just a metric. Set a target, or make it a plain metric.";

describe('kpi-without-target', () => {
  it.each([
    {
      shown: 'a KPI with no target is "just a metric", and one click makes it a plain metric',
      metrics: [goodKpi({ ...demoRequests, target: null })],
      message: NO_TARGET,
      fix: 'Make it a plain metric',
      role: 'metric',
    },
    {
      shown: 'a KPI that already supports another becomes its supporting metric in one click',
      metrics: [
        goodKpi({ id: 'paid', name: 'Trial-to-paid' }),
        goodKpi({ ...demoRequests, target: null, supports: 'paid' }),
      ],
      // The advice names what its button does.
      message: NO_TARGET.replace('a plain metric', "a supporting metric of 'Trial-to-paid'"),
      fix: "Make it a supporting metric of 'Trial-to-paid'",
      role: 'supporting',
    },
  ])('$shown', ({ metrics, message, fix, role }) => {
    const reg = registry(metrics, [GROW]);
    const [finding, ...others] = kpiWithoutTarget.check(reg, TODAY);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'kpi-without-target',
      severity: 'error',
      metricId: 'demos',
      message,
    });
    expect(finding?.fix?.label).toBe(fix);
    const fixed = finding?.fix?.apply(reg, TODAY);
    expect(fixed?.metrics.find((m) => m.id === 'demos')).toMatchObject({
      role,
      updatedAt: TODAY.toISOString(),
    });
    expect(kpiWithoutTarget.check(fixed ?? reg, TODAY)).toEqual([]);
  });

  it.each([
    { shown: 'a KPI with a target', m: goodKpi({ id: 'ok' }) },
    { shown: 'a supporting metric without a target', m: metric({ id: 'ok', role: 'supporting' }) },
    { shown: 'a plain metric', m: metric({ id: 'ok' }) },
  ])('says nothing about $shown', ({ m }) => {
    expect(kpiWithoutTarget.check(registry([m], [GROW]), TODAY)).toEqual([]);
  });

  it('leaves the registry it fixes untouched, and the other records as they were', () => {
    const other = goodKpi({ id: 'paid' });
    const reg = registry([other, goodKpi({ ...demoRequests, target: null })], [GROW]);
    const before = structuredClone(reg);
    const fixed = kpiWithoutTarget.check(reg, TODAY)[0]?.fix?.apply(reg, TODAY);
    expect(reg).toEqual(before);
    expect(fixed?.metrics[0]).toBe(other);
  });
});

describe('kpi-without-owner', () => {
  it.each([
    {
      shown: "offers the objective's owner as the KPI's owner",
      objectives: [GROW],
      fix: "Make Dana (owner of 'Grow paid conversions') its owner",
    },
    {
      shown: 'offers no one-click fix when the objective has two owners',
      objectives: [{ ...GROW, owner: 'Dana & Sam' }],
      fix: undefined,
    },
    {
      shown: 'offers no one-click fix when the objective has no owner',
      objectives: [{ ...GROW, owner: undefined }],
      fix: undefined,
    },
  ])('a KPI without an owner is an error; $shown', ({ objectives, fix }) => {
    const reg = registry([goodKpi({ ...demoRequests, owner: null })], objectives);
    const findings = kpiWithoutOwner.check(reg, TODAY);
    expect(findings).toMatchObject([
      {
        severity: 'error',
        metricId: 'demos',
        message:
          "'Qualified demo requests' is a KPI without an owner: a KPI needs one person accountable for it. Name its owner.",
      },
    ]);
    expect(findings[0]?.fix?.label).toBe(fix);
    if (fix) expect(findings[0]?.fix?.apply(reg, TODAY).metrics[0]?.owner).toBe('Dana');
  });

  it('says nothing about a KPI with an owner, or a metric without one', () => {
    const reg = registry([goodKpi({ id: 'a' }), metric({ id: 'b' })], [GROW]);
    expect(kpiWithoutOwner.check(reg, TODAY)).toEqual([]);
  });
});

describe('kpi-without-deadline', () => {
  it.each([
    {
      shown: "offers the objective's period as the deadline",
      objectives: [GROW],
      fix: "Use the objective's period (2026-Q4) as the deadline",
    },
    {
      shown: 'offers no fix when the period is not a date or a quarter',
      objectives: [{ ...GROW, period: 'the Q4 push' }],
      fix: undefined,
    },
  ])('a KPI target without "by" is a warning; $shown', ({ objectives, fix }) => {
    const target = { op: '>=' as const, value: 25, unit: '%', from: 18 };
    const reg = registry([goodKpi({ ...demoRequests, target })], objectives);
    const findings = kpiWithoutDeadline.check(reg, TODAY);
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        message:
          "'Qualified demo requests' has a target without a deadline: without one, nobody can say whether it was met. Add the date or quarter it is due by.",
      },
    ]);
    expect(findings[0]?.fix?.label).toBe(fix);
    if (fix)
      expect(findings[0]?.fix?.apply(reg, TODAY).metrics[0]?.target).toEqual({
        ...target,
        by: '2026-Q4',
      });
  });

  it('leaves a KPI with no target at all to kpi-without-target', () => {
    const reg = registry([goodKpi({ id: 'a', target: null })], [GROW]);
    expect(kpiWithoutDeadline.check(reg, TODAY)).toEqual([]);
  });
});

describe('kpi-without-objective', () => {
  const other = objective({ id: 'delight', name: 'Delight customers' });
  it.each([
    {
      shown: 'ties it to the objective of the KPI it supports',
      metrics: [
        goodKpi({ id: 'paid' }),
        goodKpi({ ...demoRequests, objectiveId: null, supports: 'paid' }),
      ],
      objectives: [GROW, other],
      fix: "Tie it to 'Grow paid conversions'",
    },
    {
      shown: 'ties it to the only objective there is',
      metrics: [goodKpi({ ...demoRequests, objectiveId: null })],
      objectives: [GROW],
      fix: "Tie it to 'Grow paid conversions'",
    },
    {
      shown: 'offers no guess when there are several objectives',
      metrics: [goodKpi({ ...demoRequests, objectiveId: null })],
      objectives: [GROW, other],
      fix: undefined,
    },
  ])('a KPI tied to no objective is a warning; $shown', ({ metrics, objectives, fix }) => {
    const reg = registry(metrics, objectives);
    const findings = kpiWithoutObjective.check(reg, TODAY);
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        metricId: 'demos',
        message:
          "'Qualified demo requests' is a KPI tied to no objective: a KPI measures progress on an objective. Choose the objective it serves, or make it a supporting metric.",
      },
    ]);
    expect(findings[0]?.fix?.label).toBe(fix);
    if (fix) {
      const fixed = findings[0]?.fix?.apply(reg, TODAY) ?? reg;
      expect(kpiWithoutObjective.check(fixed, TODAY)).toEqual([]);
    }
  });
});
