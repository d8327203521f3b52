import type { HealthFinding } from '../../../lib/registry/doctrine';
import type { Registry } from '../../../lib/registry/schema';

/** Links for a group finding past this many would crowd the row; the rest are counted. */
const MAX_LINKS = 4;

interface Props {
  finding: HealthFinding;
  registry: Registry;
  onOpenMetric: (metricId: string) => void;
}

/** What a finding is about: the metric (a link to its record), or the team or objective and its metrics. */
export function FindingSubject({ finding, registry, onOpenMetric }: Props) {
  const nameOf = (id: string) => registry.metrics.find((m) => m.id === id)?.name ?? id;
  const link = (id: string) => (
    <button key={id} type="button" class="kl-health-link" onClick={() => onOpenMetric(id)}>
      {nameOf(id)}
    </button>
  );
  if (finding.metricId !== undefined)
    return <span class="kl-row kl-health-subject">{link(finding.metricId)}</span>;

  const objective = registry.objectives.find((o) => o.id === finding.objectiveId);
  const group: [string, string] | undefined = objective
    ? ['Objective', objective.name]
    : finding.team
      ? ['Team', finding.team]
      : finding.owner
        ? ['Owner', finding.owner]
        : undefined;
  const ids = finding.metricIds ?? [];
  const hidden = ids.length - MAX_LINKS;
  return (
    <span class="kl-row kl-health-subject">
      {group && (
        <span class="kl-health-group">
          <span class="kl-muted">{group[0]}:</span> {group[1]}
        </span>
      )}
      {ids.slice(0, MAX_LINKS).map(link)}
      {hidden > 0 && <span class="kl-muted">and {hidden} more</span>}
    </span>
  );
}
