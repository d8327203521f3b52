/**
 * What makes a KPI a KPI: a target, one owner, a deadline and an objective it serves.
 * Without them it is "just a metric".
 */
import { lowerFirstLetter } from '../../text/lower-first-letter';
import { targetSchema, type Metric, type Registry } from '../schema';
import { defineRule } from './define-rule';
import { demoteKpiFix, metricFix } from './patch-registry';
import { kpisOf, quoted } from './registry-queries';
import { ownerNames } from './single-owner';
import type { HealthFix } from './types';

export const kpiWithoutTarget = defineRule(
  {
    id: 'kpi-without-target',
    severity: 'error',
    explanation:
      'A KPI without a target is just a metric: the target says what good looks like, and by when.',
  },
  (registry) =>
    kpisOf(registry)
      .filter((m) => !m.target)
      .map((m) => {
        // The advice names what its button does (a supporting metric needs a KPI to support).
        const fix = demoteKpiFix(registry, m);
        const demote = lowerFirstLetter(fix.label);
        return {
          metricId: m.id,
          message: `${quoted(m)} is a KPI without a target: a KPI without a target is just a metric. Set a target, or ${demote}.`,
          fix,
        };
      }),
);

export const kpiWithoutOwner = defineRule(
  {
    id: 'kpi-without-owner',
    severity: 'error',
    explanation:
      'Every KPI has one accountable owner: what everybody owns, nobody is accountable for.',
  },
  (registry) =>
    kpisOf(registry)
      .filter((m) => !m.owner)
      .map((m) => ({
        metricId: m.id,
        message: `${quoted(m)} is a KPI without an owner: a KPI needs one person accountable for it. Name its owner.`,
        fix: objectiveOwnerFix(registry, m),
      })),
);

export const kpiWithoutDeadline = defineRule(
  {
    id: 'kpi-without-deadline',
    severity: 'warning',
    explanation: 'A target needs a deadline: without one, nobody can say whether it was met.',
  },
  (registry) =>
    kpisOf(registry)
      // A KPI with no target at all is already reported, with the deadline as part of the fix.
      .filter((m) => m.target && !m.target.by)
      .map((m) => ({
        metricId: m.id,
        message: `${quoted(m)} has a target without a deadline: without one, nobody can say whether it was met. Add the date or quarter it is due by.`,
        fix: objectivePeriodFix(registry, m),
      })),
);

export const kpiWithoutObjective = defineRule(
  {
    id: 'kpi-without-objective',
    severity: 'warning',
    explanation:
      'A KPI measures progress on an objective; a KPI tied to no objective measures nothing in particular.',
  },
  (registry) =>
    kpisOf(registry)
      .filter((m) => !m.objectiveId)
      .map((m) => ({
        metricId: m.id,
        message: `${quoted(m)} is a KPI tied to no objective: a KPI measures progress on an objective. Choose the objective it serves, or make it a supporting metric.`,
        fix: objectiveFix(registry, m),
      })),
);

function objectiveOf(registry: Registry, metric: Metric) {
  return registry.objectives.find((o) => o.id === metric.objectiveId);
}

/** The objective's owner is the natural default: they answer for the objective already. */
function objectiveOwnerFix(registry: Registry, metric: Metric): HealthFix | undefined {
  const objective = objectiveOf(registry, metric);
  const owners = ownerNames(objective?.owner);
  if (!objective || owners.length !== 1) return undefined;
  return metricFix(`Make ${owners[0]} (owner of ${quoted(objective)}) its owner`, metric.id, {
    owner: owners[0],
  });
}

function objectivePeriodFix(registry: Registry, metric: Metric): HealthFix | undefined {
  const objective = objectiveOf(registry, metric);
  const period = objective?.period;
  // Periods are free text ("Q4 push"); only one the target format accepts can become a deadline.
  if (!metric.target || !period || !targetSchema.shape.by.safeParse(period).success) return;
  return metricFix(`Use the objective's period (${period}) as the deadline`, metric.id, {
    target: { ...metric.target, by: period },
  });
}

/** Offered only when the choice is not a guess: the parent KPI's objective, or the only one. */
function objectiveFix(registry: Registry, metric: Metric): HealthFix | undefined {
  const parent = registry.metrics.find((m) => m.id === metric.supports);
  const inherited = parent && objectiveOf(registry, parent);
  const objective = inherited ?? (registry.objectives.length === 1 ? registry.objectives[0] : null);
  if (!objective) return undefined;
  return metricFix(`Tie it to ${quoted(objective)}`, metric.id, { objectiveId: objective.id });
}
