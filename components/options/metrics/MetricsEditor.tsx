import { useMemo, useState } from 'preact/hooks';
import type { ChangeSet } from '../../../lib/registry/change-set';
import type { HealthFinding } from '../../../lib/registry/doctrine';
import { formatTarget } from '../../../lib/registry/format-target';
import {
  EMPTY_QUERY,
  filterMetrics,
  sortMetrics,
  type MetricQuery,
  type SortKey,
  type SortOrder,
} from '../../../lib/registry/metric-filter';
import { ROLES, type Metric, type Registry, type Role } from '../../../lib/registry/schema';
import { explainsVerb } from '../../../lib/registry/explains-verb';
import { RoleIcon } from '../../design/RoleIcon';
import { badgeLook } from '../../../lib/overlay/badge-face';
import { vanityState } from '../../../lib/overlay/vanity-state';
import { ROLE_LABELS, ROLE_STYLES } from '../../design/roles';
import { BulkBar } from './BulkBar';
import { InlineText } from './InlineText';
import { MetricFilters } from './MetricFilters';

interface Props {
  registry: Registry;
  findings: readonly HealthFinding[];
  busy: boolean;
  onApply: (reason: string, change: ChangeSet) => void;
  onOpenMetric: (metricId: string) => void;
  onNewMetric: () => void;
}

const one = (m: Metric): ChangeSet => ({
  upsertMetrics: [m],
  deleteMetricIds: [],
  upsertObjectives: [],
  deleteObjectiveIds: [],
});

/** All metrics in a dense table: search, filters, sorting, inline edits and bulk actions. */
export function MetricsEditor({
  registry,
  findings,
  busy,
  onApply,
  onOpenMetric,
  onNewMetric,
}: Props) {
  const [query, setQuery] = useState<MetricQuery>(EMPTY_QUERY);
  const [order, setOrder] = useState<SortOrder>({ key: 'role', descending: false });
  const [selected, setSelected] = useState<Set<string>>(new Set());

  /** Warnings and errors per metric, and notes (findings to consider, not problems). */
  const [problems, notesOf] = useMemo(() => {
    const count = new Map<string, number>();
    const notes = new Map<string, number>();
    for (const f of findings) {
      const into = f.severity === 'info' ? notes : count;
      for (const id of new Set([f.metricId, ...(f.metricIds ?? [])]))
        if (id) into.set(id, (into.get(id) ?? 0) + 1);
    }
    return [count, notes];
  }, [findings]);
  const shown = sortMetrics(
    filterMetrics(registry.metrics, query, (id) => problems.get(id) ?? 0),
    order,
  );
  const objectiveName = new Map(registry.objectives.map((o) => [o.id, o.name]));
  const metricName = new Map(registry.metrics.map((m) => [m.id, m.name]));
  const selectedMetrics = registry.metrics.filter((m) => selected.has(m.id));
  const allShownSelected = shown.length > 0 && shown.every((m) => selected.has(m.id));

  const edit = (m: Metric, field: 'owner' | 'team', value: string) =>
    onApply(`Edit of '${m.name}' (${field})`, one({ ...m, [field]: value || undefined }));
  const toggle = (id: string) =>
    setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const sortHeader = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={order.key === key ? (order.descending ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        class="kl-sort"
        onClick={() => setOrder({ key, descending: order.key === key && !order.descending })}
      >
        {label} {order.key === key ? (order.descending ? '↓' : '↑') : ''}
      </button>
    </th>
  );

  const header = (
    <div class="kl-row" style={{ justifyContent: 'space-between' }}>
      <h2 id="metrics-title">Metrics</h2>
      <button type="button" class="kl-button kl-button--primary" onClick={onNewMetric}>
        New metric
      </button>
    </div>
  );
  // Filters over nothing and "No metric matches" would suggest the metrics are hidden.
  if (registry.metrics.length === 0)
    return (
      <section class="kl-stack" aria-labelledby="metrics-title">
        {header}
        <p class="kl-muted" data-testid="no-metrics">
          No metrics yet. Add the first with New metric, or import a registry file: each metric gets
          a badge wherever its name shows on your dashboards.
        </p>
      </section>
    );

  return (
    <section class="kl-stack" aria-labelledby="metrics-title">
      {header}
      <MetricFilters registry={registry} query={query} onQuery={setQuery} />
      <p class="kl-muted" aria-live="polite" data-testid="metric-count">
        Showing {shown.length} of {registry.metrics.length} metrics
      </p>
      {selectedMetrics.length > 0 && (
        <BulkBar
          registry={registry}
          selected={selectedMetrics}
          busy={busy}
          onApply={(reason, change) => {
            onApply(reason, change);
            setSelected(new Set());
          }}
          onClear={() => setSelected(new Set())}
        />
      )}
      <table class="kl-table" aria-label="Metrics in the registry">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select all shown metrics"
                checked={allShownSelected}
                onChange={() =>
                  setSelected(allShownSelected ? new Set() : new Set(shown.map((m) => m.id)))
                }
              />
            </th>
            {sortHeader('name', 'Metric')}
            {sortHeader('role', 'Role')}
            <th scope="col">Target</th>
            {sortHeader('owner', 'Owner')}
            {sortHeader('team', 'Team')}
            <th scope="col">Objective / supports</th>
            <th scope="col">Health</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((m) => {
            const look = badgeLook(m);
            // As the badge says it: marked by the team, or suspected from the name.
            const vanity = vanityState(m);
            const issues = problems.get(m.id) ?? 0;
            const notes = notesOf.get(m.id) ?? 0;
            return (
              <tr key={m.id} data-metric-id={m.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${m.name}`}
                    checked={selected.has(m.id)}
                    onChange={() => toggle(m.id)}
                  />
                </td>
                <td>
                  <button type="button" class="kl-link" onClick={() => onOpenMetric(m.id)}>
                    <strong>{m.name}</strong>
                  </button>
                  {m.aliases.length > 0 && <div class="kl-muted">also {m.aliases.join(', ')}</div>}
                </td>
                <td>
                  <span
                    class="kl-row"
                    style={{
                      gap: 'var(--kl-space-2)',
                      flexWrap: 'nowrap',
                      color: ROLE_STYLES[look].color,
                    }}
                  >
                    <RoleIcon look={look} />
                    <select
                      class="kl-select kl-input--inline"
                      aria-label={`Role of ${m.name}`}
                      value={m.role}
                      onChange={(e) =>
                        onApply(
                          `Edit of '${m.name}' (role)`,
                          one({ ...m, role: e.currentTarget.value as Role }),
                        )
                      }
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {m.northStar && r === 'kpi' ? 'North star KPI' : ROLE_LABELS[r]}
                        </option>
                      ))}
                    </select>
                    {vanity !== null && (
                      <span
                        class="kl-chip"
                        style={{
                          color: ROLE_STYLES.vanity.color,
                          background: ROLE_STYLES.vanity.background,
                        }}
                      >
                        {vanity === 'marked' ? 'vanity' : 'vanity?'}
                      </span>
                    )}
                  </span>
                </td>
                <td>{m.target ? formatTarget(m.target) : <span class="kl-muted">—</span>}</td>
                <td>
                  <InlineText
                    value={m.owner ?? ''}
                    label={`Owner of ${m.name}`}
                    onCommit={(v) => edit(m, 'owner', v)}
                  />
                </td>
                <td>
                  <InlineText
                    value={m.team ?? ''}
                    label={`Team of ${m.name}`}
                    onCommit={(v) => edit(m, 'team', v)}
                  />
                </td>
                <td>
                  {m.objectiveId ? (
                    (objectiveName.get(m.objectiveId) ?? m.objectiveId)
                  ) : m.supports ? (
                    `${explainsVerb(m.role)} ${metricName.get(m.supports) ?? m.supports}`
                  ) : (
                    <span class="kl-muted">—</span>
                  )}
                </td>
                <td>
                  {issues > 0 ? (
                    <button
                      type="button"
                      class="kl-link"
                      style={{ color: 'var(--kl-warning)' }}
                      onClick={() => onOpenMetric(m.id)}
                    >
                      ⚠ {issues}
                    </button>
                  ) : notes > 0 ? (
                    <button
                      type="button"
                      class="kl-link"
                      aria-label={`${notes} ${notes === 1 ? 'note' : 'notes'}: open ${m.name}`}
                      onClick={() => onOpenMetric(m.id)}
                    >
                      ℹ {notes}
                    </button>
                  ) : (
                    <span class="kl-muted" aria-label="healthy">
                      ✓
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length === 0 && (
        <p class="kl-muted">
          No metric matches.{' '}
          <button type="button" class="kl-link" onClick={() => setQuery(EMPTY_QUERY)}>
            Clear the filters
          </button>
        </p>
      )}
    </section>
  );
}
