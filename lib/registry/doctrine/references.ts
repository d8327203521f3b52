/**
 * Links that lead nowhere or in a circle: a `supports` or `objectiveId` naming no record, and a
 * `supports` loop (found by `findSupportCycles`, the check the import uses).
 */
import { findSupportCycles } from '../check-references';
import { defineRule } from './define-rule';
import { metricFix } from './patch-registry';
import { metricsById, quoted } from './registry-queries';

export const danglingSupports = defineRule(
  {
    id: 'dangling-supports',
    severity: 'error',
    explanation:
      'Every supporting metric hangs under the metric it explains; a link to a missing metric breaks the hierarchy.',
  },
  (registry) => {
    const byId = metricsById(registry);
    return registry.metrics
      .filter((m) => m.supports !== undefined && !byId.has(m.supports))
      .map((m) => ({
        metricId: m.id,
        message: `${quoted(m)} supports '${m.supports}', which is not in the registry: the hierarchy breaks there. Choose the metric it explains, or clear the link.`,
        fix: metricFix('Clear the link', m.id, { supports: undefined }),
      }));
  },
);

export const danglingObjective = defineRule(
  {
    id: 'dangling-objective',
    severity: 'error',
    explanation:
      'A metric serves an objective in the registry; a link to a missing objective serves nothing.',
  },
  (registry) => {
    const objectiveIds = new Set(registry.objectives.map((o) => o.id));
    return registry.metrics
      .filter((m) => m.objectiveId !== undefined && !objectiveIds.has(m.objectiveId))
      .map((m) => ({
        metricId: m.id,
        message: `${quoted(m)} serves the objective '${m.objectiveId}', which is not in the registry. Choose an existing objective, or clear the link.`,
        fix: metricFix('Clear the link', m.id, { objectiveId: undefined }),
      }));
  },
);

export const supportCycle = defineRule(
  {
    id: 'support-cycle',
    severity: 'error',
    explanation: 'A metric cannot explain itself: following `supports` must end at a KPI.',
  },
  (registry) => {
    const byId = metricsById(registry);
    return findSupportCycles(registry).flatMap((cycle) => {
      const loop = cycle.map((id) => byId.get(id)).filter((m) => m !== undefined);
      const [first, second] = loop;
      if (!first) return [];
      const names = [...loop, first].map(quoted).join(' → ');
      return [
        {
          metricId: first.id,
          metricIds: loop.map((m) => m.id),
          message: `${names} is a loop: a metric cannot explain itself. Point one of them at the KPI it explains.`,
          // Cutting the loop at its first link is safe: the other links, and the records, stay.
          fix: metricFix(
            second && second.id !== first.id
              ? `Clear the link from ${quoted(first)} to ${quoted(second)}`
              : `Clear the link from ${quoted(first)} to itself`,
            first.id,
            { supports: undefined },
          ),
        },
      ];
    });
  },
);
