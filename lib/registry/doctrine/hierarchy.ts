/**
 * The hierarchy runs objective -> headline KPI -> supporting -> diagnostic -> raw metric:
 * a supporting metric explains a KPI's movement, so its parent is a KPI.
 */
import { defineRule, type FindingDraft } from './define-rule';
import { metricFix } from './patch-registry';
import { metricsById, quoted } from './registry-queries';

export const supportingParentNotKpi = defineRule(
  {
    id: 'supporting-parent-not-kpi',
    severity: 'warning',
    explanation:
      "A supporting metric explains a KPI's movement: its parent is a KPI. Further down, it is a diagnostic.",
  },
  (registry) => {
    const byId = metricsById(registry);
    const findings: FindingDraft[] = [];
    for (const m of registry.metrics) {
      if (m.role !== 'supporting') continue;
      if (m.supports === undefined) {
        findings.push({
          metricId: m.id,
          message: `${quoted(m)} is a supporting metric that supports nothing: a supporting metric explains a KPI's movement. Choose the KPI it explains.`,
        });
        continue;
      }
      const parent = byId.get(m.supports);
      // A missing parent is a dangling link, reported on its own.
      if (!parent || parent.role === 'kpi') continue;
      const underSupporting = parent.role === 'supporting' || parent.role === 'diagnostic';
      findings.push({
        metricId: m.id,
        message: underSupporting
          ? `${quoted(m)} is a supporting metric under ${quoted(parent)}, which is not a KPI: a supporting metric explains a KPI's movement. Move it under a KPI, or make it a diagnostic.`
          : `${quoted(m)} is a supporting metric under ${quoted(parent)}, which is not a KPI: a supporting metric explains a KPI's movement. Move it under a KPI.`,
        ...(underSupporting && {
          fix: metricFix('Make it a diagnostic', m.id, { role: 'diagnostic' }),
        }),
      });
    }
    return findings;
  },
);
