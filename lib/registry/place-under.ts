/**
 * What a metric becomes when the hierarchy moves it, so that its record says what the tree
 * shows. Under another metric it explains that metric: under a KPI it is supporting (a KPI
 * moved there is a supporting KPI), further down it is a diagnostic; a role that already
 * explains is kept where the doctrine allows it. An explaining metric takes its objective from
 * the KPI above it, so it names none of its own, and only a headline KPI can be the north star.
 * Out from under every metric, a supporting or diagnostic metric explains nothing: a plain metric.
 */
import type { Metric, Objective, Role } from './schema';

export interface Placement {
  /** The metric with its new parent, role, objective and north star. */
  metric: Metric;
  /** What changed besides the parent, for the status and undo label; empty when only that. */
  said: string;
}

function roleUnder(metric: Metric, parent: Metric | undefined): Role {
  if (!parent) return metric.role === 'kpi' ? 'kpi' : 'metric';
  if (parent.role === 'kpi') return metric.role === 'diagnostic' ? 'diagnostic' : 'supporting';
  // A supporting metric explains a KPI: under anything else it is a diagnostic.
  return 'diagnostic';
}

function roleWords(metric: Metric, role: Role): string {
  if (role === 'supporting')
    return metric.role === 'kpi' ? 'a supporting KPI' : 'a supporting metric';
  if (role === 'diagnostic') return 'a diagnostic metric';
  return role === 'kpi' ? 'a KPI' : 'a plain metric';
}

/** `metric` moved under `parent` (undefined: to the top level), and what that changed. */
export function placeUnder(
  metric: Metric,
  parent: Metric | undefined,
  objectives: readonly Objective[],
): Placement {
  const role = roleUnder(metric, parent);
  const objective = objectives.find((o) => o.id === metric.objectiveId);
  const dropsObjective = parent !== undefined && metric.objectiveId !== undefined;
  const dropsNorthStar = parent !== undefined && metric.northStar === true;
  const notes = [
    role !== metric.role && `as ${roleWords(metric, role)}`,
    dropsObjective && `no longer tied to '${objective?.name ?? metric.objectiveId}'`,
    dropsNorthStar && 'no longer the north star',
  ].filter((n): n is string => typeof n === 'string');
  return {
    metric: {
      ...metric,
      supports: parent?.id,
      role,
      objectiveId: dropsObjective ? undefined : metric.objectiveId,
      northStar: dropsNorthStar ? undefined : metric.northStar,
    },
    said: notes.join(', '),
  };
}
