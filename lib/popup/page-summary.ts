/** The popup's one-line focus summary and the doctrine warnings that concern this page. */
import type { HealthFinding } from '../registry/doctrine';
import type { Metric } from '../registry/schema';
import { vanityState } from '../overlay/vanity-state';

export function summarisePage(found: readonly Metric[], untagged: number): string {
  const total = found.length + untagged;
  if (total === 0) return 'No metrics found on this page yet.';
  const kpis = found.filter((m) => m.role === 'kpi').length;
  const supporting = found.filter((m) => m.role === 'supporting').length;
  const diagnostic = found.filter((m) => m.role === 'diagnostic').length;
  const nonKpi = found.filter((m) => m.role !== 'kpi');
  const vanity = nonKpi.filter((m) => vanityState(m) === 'marked').length;
  const suspected = nonKpi.filter((m) => vanityState(m) === 'suspected').length;
  const other = nonKpi.filter((m) => m.role === 'metric' && vanityState(m) === null).length;
  const parts = [
    kpis && `${kpis} KPI${kpis === 1 ? '' : 's'}`,
    supporting && `${supporting} supporting`,
    diagnostic && `${diagnostic} diagnostic`,
    other && `${other} plain`,
    vanity && `${vanity} vanity`,
    suspected && `${suspected} maybe vanity`,
    untagged && `${untagged} untagged`,
  ].filter(Boolean);
  return `${total} metric${total === 1 ? '' : 's'} here: ${parts.join(', ') || 'none tagged'}`;
}

/** Warnings and errors about the metrics on this page, or about their teams and objectives. */
export function pageWarnings(
  findings: readonly HealthFinding[],
  found: readonly Metric[],
  limit = 3,
): HealthFinding[] {
  const ids = new Set(found.map((m) => m.id));
  const teams = new Set(found.map((m) => m.team).filter(Boolean));
  const objectives = new Set(found.map((m) => m.objectiveId).filter(Boolean));
  return findings
    .filter((f) => f.severity !== 'info')
    .filter(
      (f) =>
        (f.metricId && ids.has(f.metricId)) ||
        f.metricIds?.some((id) => ids.has(id)) ||
        (f.team && teams.has(f.team)) ||
        (f.objectiveId && objectives.has(f.objectiveId)),
    )
    .slice(0, limit);
}
