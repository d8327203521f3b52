import { useState } from 'preact/hooks';
import { bulkParentChoices, bulkRole, ROLES_WITH_PARENT } from '../../../lib/registry/bulk-role';
import type { ChangeSet } from '../../../lib/registry/change-set';
import { ROLES, type Metric, type Registry, type Role } from '../../../lib/registry/schema';
import { ok } from '../../../lib/result';
import { plural } from '../../../lib/text/plural';
import { ROLE_LABELS } from '../../design/roles';

interface Props {
  registry: Registry;
  selected: Metric[];
  busy: boolean;
  onApply: (reason: string, change: ChangeSet) => void;
  onClear: () => void;
}

type BulkAction = 'owner' | 'team' | 'objectiveId' | 'role' | 'delete';

/** Bulk actions on the selected metrics: each one write, backed up, undoable. */
export function BulkBar({ registry, selected, busy, onApply, onClear }: Props) {
  const [action, setAction] = useState<BulkAction>('owner');
  const [value, setValue] = useState('');
  const [parentId, setParentId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const label = plural(selected.length, 'metric');

  function apply() {
    if (action === 'delete') {
      onApply(`Deletion of ${label}`, {
        upsertMetrics: [],
        deleteMetricIds: selected.map((m) => m.id),
        upsertObjectives: [],
        deleteObjectiveIds: [],
      });
      return;
    }
    const v = value.trim() || undefined;
    const changed =
      action === 'role'
        ? bulkRole(registry, selected, (v ?? 'metric') as Role, parentId || undefined)
        : ok(selected.map((m): Metric => ({ ...m, [action]: v })));
    if (!changed.ok) return setError(changed.error);
    setError(null);
    const what = { owner: 'owner', team: 'team', objectiveId: 'objective', role: 'role' }[action];
    onApply(`Bulk edit: ${what} of ${label}`, {
      upsertMetrics: changed.value,
      deleteMetricIds: [],
      upsertObjectives: [],
      deleteObjectiveIds: [],
    });
  }

  const valueInput =
    action === 'owner' || action === 'team' ? (
      <input
        class="kl-input"
        aria-label={`New ${action}`}
        placeholder={action === 'owner' ? 'Owner (blank: none)' : 'Team (blank: none)'}
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
    ) : action === 'objectiveId' ? (
      <select
        class="kl-select"
        aria-label="New objective"
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
      >
        <option value="">No objective</option>
        {registry.objectives.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    ) : action === 'role' ? (
      <>
        <select
          class="kl-select"
          aria-label="New role"
          value={value || 'metric'}
          onChange={(e) => (setValue(e.currentTarget.value), setError(null))}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        {ROLES_WITH_PARENT.has(value as Role) && (
          <select
            class="kl-select"
            aria-label={value === 'supporting' ? 'Metric they support' : 'Metric they diagnose'}
            value={parentId}
            onChange={(e) => (setParentId(e.currentTarget.value), setError(null))}
          >
            <option value="">{value === 'supporting' ? 'Supports…' : 'Diagnoses…'}</option>
            {bulkParentChoices(registry, selected).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </>
    ) : null;

  return (
    <div class="kl-notice kl-bulk-bar" role="region" aria-label="Bulk actions">
      <strong>{label} selected</strong>
      <select
        class="kl-select"
        aria-label="Bulk action"
        value={action}
        onChange={(e) => (
          setAction(e.currentTarget.value as BulkAction),
          setValue(''),
          setError(null)
        )}
      >
        <option value="owner">Set owner</option>
        <option value="team">Set team</option>
        <option value="objectiveId">Set objective</option>
        <option value="role">Change role</option>
        <option value="delete">Delete</option>
      </select>
      {valueInput}
      <button
        type="button"
        class={`kl-button ${action === 'delete' ? 'kl-button--danger' : 'kl-button--primary'}`}
        disabled={busy}
        onClick={apply}
      >
        {action === 'delete' ? `Delete ${label}` : 'Apply'}
      </button>
      <button type="button" class="kl-button" onClick={onClear} style={{ marginLeft: 'auto' }}>
        Clear selection
      </button>
      {error && (
        <p class="kl-field-error" role="alert" style={{ flexBasis: '100%', margin: 0 }}>
          {error}
        </p>
      )}
    </div>
  );
}
