import { useState } from 'preact/hooks';
import {
  quickLineOf,
  tagRoleOf,
  TAG_ROLES,
  type TagInput,
  type TagRole,
} from '../../lib/popup/tag-metric';
import type { Registry } from '../../lib/registry/schema';
import { RoleIcon } from '../design/RoleIcon';
import { ROLE_STYLES, type RoleLook } from '../design/roles';

interface Props {
  registry: Registry;
  label: string;
  existingId?: string | undefined;
  busy: boolean;
  /** Why the last save failed; cleared (through onEdit) as soon as the person changes anything. */
  error: string | null;
  onEdit: () => void;
  onSave: (input: TagInput) => void;
  onCancel: () => void;
}

const ROLE_CHOICES: Record<TagRole, { look: RoleLook; text: string }> = {
  kpi: { look: 'kpi', text: 'KPI' },
  supporting: { look: 'supporting', text: 'Supporting' },
  diagnostic: { look: 'diagnostic', text: 'Diagnostic' },
  metric: { look: 'metric', text: 'Metric' },
  vanity: { look: 'vanity', text: 'Vanity' },
};

/** Tag one label in at most three clicks: a role, then (for a KPI) one line of target and owner. */
export function TagForm({
  registry,
  label,
  existingId,
  busy,
  error,
  onEdit,
  onSave,
  onCancel,
}: Props) {
  const existing = existingId ? registry.metrics.find((m) => m.id === existingId) : undefined;
  const [name, setName] = useState(label);
  // A re-tag starts from what the metric is, so what is kept and what changes is in view.
  const [role, setRole] = useState<TagRole | null>(existing ? tagRoleOf(existing) : null);
  const [quick, setQuick] = useState(existing ? quickLineOf(existing) : '');
  const [parentId, setParentId] = useState(existing?.supports ?? '');
  const [objectiveId, setObjectiveId] = useState(existing?.objectiveId ?? '');
  const [team, setTeam] = useState(existing?.team ?? '');
  /** Every change goes through here: an error about the values before it no longer applies. */
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      onEdit();
    };
  const known = (pick: (m: Registry['metrics'][number]) => string | undefined) =>
    [...new Set(registry.metrics.map(pick).filter((v): v is string => Boolean(v)))].sort();
  const owners = known((m) => m.owner);
  const teams = known((m) => m.team);
  const parents = registry.metrics.filter((m) => m.id !== existingId);
  const kpis = parents.filter((m) => m.role === 'kpi');

  function save(e: Event) {
    e.preventDefault();
    if (!role) return;
    onSave({
      label: name,
      role,
      quick,
      parentId: parentId || undefined,
      objectiveId: objectiveId || undefined,
      team: team || undefined,
      existingId,
    });
  }

  return (
    <form class="kl-stack" onSubmit={save} aria-label={`Tag ${label}`} data-testid="tag-form">
      <label class="kl-field">
        <span>Metric name</span>
        <input
          class="kl-input"
          value={name}
          onInput={(e) => edited(setName)(e.currentTarget.value)}
          readOnly={Boolean(existing)}
        />
      </label>
      <fieldset
        class="kl-row"
        style={{ gap: 'var(--kl-space-2)', border: 0, padding: 0, margin: 0 }}
      >
        <legend class="kl-visually-hidden">Role</legend>
        {TAG_ROLES.map((r) => {
          const choice = ROLE_CHOICES[r];
          const style = ROLE_STYLES[choice.look];
          // Native radios: arrow keys move between roles, as screen-reader users expect.
          return (
            <label
              key={r}
              class="kl-chip kl-role-choice"
              data-checked={role === r}
              style={{
                color: style.color,
                background: role === r ? style.background : 'transparent',
                borderColor: style.color,
              }}
            >
              <input
                type="radio"
                name="tag-role"
                checked={role === r}
                onChange={() => edited(setRole)(r)}
              />
              <RoleIcon look={choice.look} />
              {choice.text}
            </label>
          );
        })}
      </fieldset>
      {role === 'kpi' && (
        <>
          <label class="kl-field">
            <span>Target, deadline and owner</span>
            <input
              class="kl-input"
              list="tag-owner-suggestions"
              placeholder="≥ 12% by Q3 · Dana"
              value={quick}
              autoFocus
              onInput={(e) => edited(setQuick)(e.currentTarget.value)}
            />
            <datalist id="tag-owner-suggestions">
              {owners.map((o) => (
                <option key={o} value={`${quick.replace(/\s*·.*$/, '')} · ${o}`.trim()} />
              ))}
            </datalist>
          </label>
          <label class="kl-field">
            <span>Objective</span>
            <select
              class="kl-select"
              value={objectiveId}
              onChange={(e) => edited(setObjectiveId)(e.currentTarget.value)}
            >
              <option value="">—</option>
              {registry.objectives.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <label class="kl-field">
            <span>Team</span>
            <input
              class="kl-input"
              list="tag-team-suggestions"
              value={team}
              onInput={(e) => edited(setTeam)(e.currentTarget.value)}
            />
            <datalist id="tag-team-suggestions">
              {teams.map((t) => (
                <option key={t} value={t} />
              ))}
            </datalist>
          </label>
        </>
      )}
      {(role === 'supporting' || role === 'diagnostic') && (
        <label class="kl-field">
          <span>{role === 'supporting' ? 'Supports which KPI?' : 'Diagnoses which metric?'}</span>
          <select
            class="kl-select"
            value={parentId}
            autoFocus
            onChange={(e) => edited(setParentId)(e.currentTarget.value)}
          >
            <option value="">Pick one…</option>
            {(role === 'supporting' && kpis.length > 0 ? kpis : parents).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p class="kl-field-error" role="alert">
          {error}
        </p>
      )}
      <div class="kl-row">
        <button type="submit" class="kl-button kl-button--primary" disabled={!role || busy}>
          Save
        </button>
        <button type="button" class="kl-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
