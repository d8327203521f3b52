/**
 * Each objective needs both kinds of indicator: lagging ones say whether it was met, leading
 * ones say early enough to act. The supporting metrics under an objective's KPIs count too,
 * since a leading supporting metric is exactly how the doctrine says to add a leading indicator.
 */
import type { Metric, Objective, Registry } from '../schema';
import { defineRule } from './define-rule';
import { kpisOf, quoted } from './registry-queries';

interface ObjectiveMeasures {
  objective: Objective;
  kpis: Metric[];
  /** The KPIs and every metric under them through `supports`. */
  measures: Metric[];
}

function measuresByObjective(registry: Registry): ObjectiveMeasures[] {
  const children = new Map<string, Metric[]>();
  for (const m of registry.metrics) {
    if (m.supports !== undefined)
      children.set(m.supports, [...(children.get(m.supports) ?? []), m]);
  }
  return registry.objectives.map((objective) => {
    const kpis = kpisOf(registry).filter((m) => m.objectiveId === objective.id);
    // A visited set, because a `supports` loop is possible in a hand-edited file.
    const seen = new Set<string>();
    const queue = [...kpis];
    const measures: Metric[] = [];
    for (let m = queue.shift(); m; m = queue.shift()) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      measures.push(m);
      queue.push(...(children.get(m.id) ?? []));
    }
    return { objective, kpis, measures };
  });
}

export const objectiveAllLagging = defineRule(
  {
    id: 'objective-all-lagging',
    severity: 'warning',
    explanation:
      'Lagging indicators tell you too late: pair them with a leading indicator the team can act on now.',
  },
  (registry) =>
    measuresByObjective(registry)
      .filter(
        ({ kpis, measures }) =>
          kpis.some((m) => m.indicator === 'lagging') &&
          !measures.some((m) => m.indicator === 'leading'),
      )
      .map(({ objective, kpis }) => ({
        objectiveId: objective.id,
        metricIds: kpis.map((m) => m.id),
        message: `No leading indicator for ${quoted(objective)}: its KPIs are all lagging, and tell you too late. Add a leading indicator that predicts them, as a supporting metric.`,
      })),
);

export const objectiveAllLeading = defineRule(
  {
    id: 'objective-all-leading',
    severity: 'warning',
    explanation:
      'Leading indicators predict; without a lagging one, nothing shows whether the objective was met.',
  },
  (registry) =>
    measuresByObjective(registry)
      .filter(
        ({ kpis, measures }) =>
          kpis.some((m) => m.indicator === 'leading') &&
          !measures.some((m) => m.indicator === 'lagging'),
      )
      .map(({ objective, kpis }) => ({
        objectiveId: objective.id,
        metricIds: kpis.map((m) => m.id),
        message: `No lagging indicator for ${quoted(objective)}: its KPIs are all leading, so nothing shows whether it is met. Add a KPI for the outcome itself.`,
      })),
);
