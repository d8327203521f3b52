import type { ChangeSet } from '../../../lib/registry/change-set';
import { findingsForMetric, type HealthFinding } from '../../../lib/registry/doctrine';
import { findNameClashes } from '../../../lib/registry/name-clash';
import type { Metric, Registry } from '../../../lib/registry/schema';
import type { OptionsRoute } from '../route';
import { StatusNotice } from '../StatusNotice';
import { MetricForm } from './MetricForm';
import { MetricsEditor } from './MetricsEditor';

interface Props {
  registry: Registry;
  route: OptionsRoute;
  findings: readonly HealthFinding[];
  busy: boolean;
  apply: (reason: string, change: ChangeSet) => Promise<boolean>;
  navigate: (route: OptionsRoute) => void;
}

const only = (patch: Partial<ChangeSet>): ChangeSet => ({
  upsertMetrics: [],
  deleteMetricIds: [],
  upsertObjectives: [],
  deleteObjectiveIds: [],
  ...patch,
});

/** The metrics table, or one metric's form when the route names one (`#metric=<id>`, `#metric=new`). */
export function MetricsTab({ registry, route, findings, busy, apply, navigate }: Props) {
  const toList = () => navigate({ tab: 'metrics' });
  const editing: Metric | null | undefined =
    route.metricId === 'new'
      ? null
      : route.metricId
        ? registry.metrics.find((m) => m.id === route.metricId)
        : undefined;
  const clashFor = (text: string, exceptId: string) => {
    const [clash] = findNameClashes(registry, text, exceptId);
    return clash
      ? `“${clash.metricName}” already uses this ${clash.field}: both would badge the same label.`
      : undefined;
  };

  if (route.metricId && editing === undefined) {
    return (
      <StatusNotice
        status={{
          kind: 'error',
          text: `No metric has the id “${route.metricId}”: it may have been deleted or renamed.`,
        }}
        onDismiss={toList}
      />
    );
  }
  if (editing !== undefined) {
    return (
      <MetricForm
        key={route.metricId}
        registry={registry}
        metric={editing}
        initialName={route.newName}
        findings={editing ? findingsForMetric(findings, editing.id) : []}
        busy={busy}
        clashFor={clashFor}
        onSave={(m, isNew) =>
          apply(
            isNew ? `New metric '${m.name}'` : `Edit of '${m.name}'`,
            only({ upsertMetrics: [m] }),
          )
        }
        onDelete={(m) => {
          void apply(`Deletion of '${m.name}'`, only({ deleteMetricIds: [m.id] }));
          toList();
        }}
        onClose={toList}
      />
    );
  }
  return (
    <MetricsEditor
      registry={registry}
      findings={findings}
      busy={busy}
      onApply={(reason, change) => void apply(reason, change)}
      onOpenMetric={(id) => navigate({ tab: 'metrics', metricId: id })}
      onNewMetric={() => navigate({ tab: 'metrics', metricId: 'new' })}
    />
  );
}
