import type { Registry } from '../../lib/registry/schema';
import { RoleChip } from '../design/RoleChip';
import { roleLook } from '../design/roles';
import { formatTarget } from '../../lib/registry/format-target';

/** The registry's metrics as a plain, dense table (the full editor is its own piece). */
export function MetricTable({ registry }: { registry: Registry }) {
  const objectiveName = new Map(registry.objectives.map((o) => [o.id, o.name]));
  const metricName = new Map(registry.metrics.map((m) => [m.id, m.name]));
  const metrics = [...registry.metrics].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <table class="kl-table" aria-label="Metrics in the registry">
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Role</th>
          <th scope="col">Target</th>
          <th scope="col">Owner</th>
          <th scope="col">Objective / supports</th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((m) => (
          <tr key={m.id} data-metric-id={m.id}>
            <td>
              <strong>{m.name}</strong>
              {m.aliases.length > 0 && <div class="kl-muted">also {m.aliases.join(', ')}</div>}
            </td>
            <td>
              <RoleChip look={roleLook(m)} text={m.northStar ? 'North star KPI' : undefined} />
            </td>
            <td>{m.target ? formatTarget(m.target) : <span class="kl-muted">—</span>}</td>
            <td>{m.owner ?? <span class="kl-muted">—</span>}</td>
            <td>
              {m.objectiveId ? (
                (objectiveName.get(m.objectiveId) ?? m.objectiveId)
              ) : m.supports ? (
                `supports ${metricName.get(m.supports) ?? m.supports}`
              ) : (
                <span class="kl-muted">—</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
