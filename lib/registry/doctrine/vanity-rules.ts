/**
 * Vanity metrics look good and drive no decision: never a KPI, and when only suspected from
 * the name, worth the team's judgement.
 */
import { defineRule } from './define-rule';
import { metricFix } from './patch-registry';
import { kpisOf, quoted } from './registry-queries';
import { suspectVanity } from './suspect-vanity';

const demote = (metricId: string) =>
  metricFix('Make it a plain metric', metricId, { role: 'metric' });

export const vanityKpi = defineRule(
  {
    id: 'vanity-kpi',
    severity: 'error',
    explanation:
      'A vanity metric looks good but drives no decision: it has no place among the KPIs.',
  },
  (registry) =>
    kpisOf(registry)
      .filter((m) => m.vanity === true)
      .map((m) => {
        const instead = suspectVanity(m)?.alternative ?? 'the outcome it is meant to lead to';
        return {
          metricId: m.id,
          message: `${quoted(m)} is a vanity metric set as a KPI: it looks good but drives no decision. Make it a plain metric, and make ${instead} the KPI.`,
          fix: demote(m.id),
        };
      }),
);

export const suspectedVanityKpi = defineRule(
  {
    id: 'suspected-vanity-kpi',
    severity: 'warning',
    explanation:
      'A KPI must be a number the team can act on; one that goes up whatever the team does is vanity.',
  },
  (registry) =>
    kpisOf(registry)
      .filter((m) => m.vanity === undefined)
      .flatMap((m) => {
        const suspicion = suspectVanity(m);
        if (!suspicion) return [];
        return [
          {
            metricId: m.id,
            message: `${quoted(m)} is a KPI that looks like a vanity metric: ${suspicion.reason}. Make ${suspicion.alternative} the KPI instead, or mark it not vanity if your team has judged it.`,
            fix: demote(m.id),
          },
        ];
      }),
);

export const vanitySuspected = defineRule(
  {
    id: 'vanity-suspected',
    severity: 'info',
    explanation:
      'Cumulative totals, followers, likes, page views, downloads, list sizes and impressions go up whatever you do: watch a number you can act on.',
  },
  (registry) =>
    registry.metrics
      // KPIs are reported by the rule above; a judged metric needs no second look.
      .filter((m) => m.role !== 'kpi' && m.vanity === undefined)
      .flatMap((m) => {
        const suspicion = suspectVanity(m);
        if (!suspicion) return [];
        return [
          {
            metricId: m.id,
            message: `${quoted(m)} may be a vanity metric: ${suspicion.reason}. Watch ${suspicion.alternative} instead, and mark it vanity (or not) once your team has judged it.`,
            fix: metricFix('Mark it as vanity', m.id, { vanity: true }),
          },
        ];
      }),
);
