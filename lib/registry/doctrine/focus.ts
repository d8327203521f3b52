/**
 * How many KPIs a team or an objective has: 5-7 keep focus. More and nothing is key; fewer
 * than 3 may leave part of the work unmeasured (only worth a note).
 */
import type { Metric, Objective, Registry } from '../schema';
import { defineRule } from './define-rule';
import { groupByText, kpisOf, plural, quoted } from './registry-queries';

export const MAX_FOCUSED_KPIS = 7;
export const MIN_COVERING_KPIS = 3;

/** Each objective with its KPIs, including objectives no KPI serves yet. */
function kpisByObjective(registry: Registry): { objective: Objective; kpis: Metric[] }[] {
  const kpis = kpisOf(registry);
  return registry.objectives.map((objective) => ({
    objective,
    kpis: kpis.filter((m) => m.objectiveId === objective.id),
  }));
}

export const teamTooManyKpis = defineRule(
  {
    id: 'team-too-many-kpis',
    severity: 'warning',
    explanation: '5-7 KPIs keep a team focused; beyond that, nothing is key.',
  },
  (registry) =>
    groupByText(kpisOf(registry), (m) => m.team)
      .filter((team) => team.items.length > MAX_FOCUSED_KPIS)
      .map(({ label, items }) => ({
        team: label,
        metricIds: items.map((m) => m.id),
        message: `${label} has ${items.length} KPIs: 5-7 keeps focus. Keep the few that matter most as KPIs, and make the others supporting metrics.`,
      })),
);

export const objectiveTooManyKpis = defineRule(
  {
    id: 'objective-too-many-kpis',
    severity: 'warning',
    explanation: '5-7 KPIs keep an objective in focus; beyond that, nothing is key.',
  },
  (registry) =>
    kpisByObjective(registry)
      .filter(({ kpis }) => kpis.length > MAX_FOCUSED_KPIS)
      .map(({ objective, kpis }) => ({
        objectiveId: objective.id,
        metricIds: kpis.map((m) => m.id),
        message: `${quoted(objective)} has ${kpis.length} KPIs: 5-7 keeps focus. Keep the few that matter most as KPIs, and make the others supporting metrics.`,
      })),
);

export const teamFewKpis = defineRule(
  {
    id: 'team-few-kpis',
    severity: 'info',
    explanation: 'Fewer than 3 KPIs may leave part of a team’s work unmeasured.',
  },
  // Teams are known only through their metrics; a team with no KPI at all may rightly own
  // diagnostics only (a web team's page speed), so only teams with 1 or 2 KPIs are noted.
  (registry) =>
    groupByText(kpisOf(registry), (m) => m.team)
      .filter((team) => team.items.length < MIN_COVERING_KPIS)
      .map(({ label, items }) => ({
        team: label,
        metricIds: items.map((m) => m.id),
        message: `${label} has only ${plural(items.length, 'KPI')}: fewer than 3 may leave part of its work unmeasured. Check that nothing it is accountable for goes untracked.`,
      })),
);

export const objectiveFewKpis = defineRule(
  {
    id: 'objective-few-kpis',
    severity: 'info',
    explanation: 'Fewer than 3 KPIs may leave part of an objective unmeasured.',
  },
  (registry) =>
    kpisByObjective(registry)
      .filter(({ kpis }) => kpis.length < MIN_COVERING_KPIS)
      .map(({ objective, kpis }) => ({
        objectiveId: objective.id,
        metricIds: kpis.map((m) => m.id),
        message:
          kpis.length === 0
            ? `${quoted(objective)} has no KPI: nothing shows whether it is met. Tie a KPI to it.`
            : `${quoted(objective)} has only ${plural(kpis.length, 'KPI')}: fewer than 3 may leave part of it unmeasured. Check that nothing it needs goes untracked.`,
      })),
);
