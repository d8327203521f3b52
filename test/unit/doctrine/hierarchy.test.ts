import { describe, expect, it } from 'vitest';
import { supportingParentNotKpi } from '../../../lib/registry/doctrine/hierarchy';
import type { MetricInput } from '../../../lib/registry/schema';
import { TODAY, goodKpi, metric, registry } from './build-registry';

type Role = MetricInput['role'];
const parentWith = (role: Role) =>
  role === 'kpi' ? goodKpi({ id: 'p', name: 'Parent' }) : metric({ id: 'p', name: 'Parent', role });
const child = (supports?: string) =>
  metric({ id: 'c', name: 'Child', role: 'supporting', supports });

describe('supporting-parent-not-kpi', () => {
  it.each([
    {
      shown: 'under a KPI: nothing',
      parent: 'kpi' as Role,
      supports: 'p',
      message: undefined,
      fix: undefined,
    },
    {
      shown: 'under a supporting metric: a warning, and one click makes it a diagnostic',
      parent: 'supporting' as Role,
      supports: 'p',
      message:
        "'Child' is a supporting metric under 'Parent', which is not a KPI: a supporting metric explains a KPI's movement. Move it under a KPI, or make it a diagnostic.",
      fix: 'Make it a diagnostic',
    },
    {
      shown: 'under a diagnostic: a warning, and one click makes it a diagnostic',
      parent: 'diagnostic' as Role,
      supports: 'p',
      message:
        "'Child' is a supporting metric under 'Parent', which is not a KPI: a supporting metric explains a KPI's movement. Move it under a KPI, or make it a diagnostic.",
      fix: 'Make it a diagnostic',
    },
    {
      shown: 'under a plain metric: a warning, with no one-click fix',
      parent: 'metric' as Role,
      supports: 'p',
      message:
        "'Child' is a supporting metric under 'Parent', which is not a KPI: a supporting metric explains a KPI's movement. Move it under a KPI.",
      fix: undefined,
    },
    {
      shown: 'under nothing: a warning to choose the KPI it explains',
      parent: 'kpi' as Role,
      supports: undefined,
      message:
        "'Child' is a supporting metric that supports nothing: a supporting metric explains a KPI's movement. Choose the KPI it explains.",
      fix: undefined,
    },
    {
      shown: 'under a missing metric: left to dangling-supports',
      parent: 'kpi' as Role,
      supports: 'gone',
      message: undefined,
      fix: undefined,
    },
  ])('a supporting metric $shown', ({ parent, supports, message, fix }) => {
    const reg = registry([parentWith(parent), child(supports)]);
    // Only the child's findings: a supporting parent has its own.
    const findings = supportingParentNotKpi.check(reg, TODAY).filter((f) => f.metricId === 'c');
    expect(findings.map((f) => f.message)).toEqual(message ? [message] : []);
    expect(findings[0]?.fix?.label).toBe(fix);
    if (fix) {
      const fixed = findings[0]?.fix?.apply(reg, TODAY) ?? reg;
      expect(fixed.metrics[1]?.role).toBe('diagnostic');
    }
  });
});
