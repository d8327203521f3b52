import { useState } from 'preact/hooks';
import { slugify } from '../../../lib/registry/csv-cells';
import { findObjectiveNamed } from '../../../lib/registry/objective-name';
import { PERSPECTIVES, type Objective } from '../../../lib/registry/schema';
import { useUnsavedEdits } from '../unsaved-edits';

interface Props {
  objective: Objective | null;
  /** Every objective in the registry: ids a new one must not take, names none may repeat. */
  objectives: readonly Objective[];
  busy: boolean;
  onSave: (o: Objective) => void;
  onCancel: () => void;
}

const PERSPECTIVE_LABELS = {
  financial: 'Financial',
  customer: 'Customer',
  internal: 'Internal process',
  learning: 'Learning & growth',
};

/** Name, period, owner and balanced-scorecard perspective of one objective. */
export function ObjectiveForm({ objective, objectives, busy, onSave, onCancel }: Props) {
  const [name, setName] = useState(objective?.name ?? '');
  const [period, setPeriod] = useState(objective?.period ?? '');
  const [owner, setOwner] = useState(objective?.owner ?? '');
  const [perspective, setPerspective] = useState<string>(objective?.perspective ?? '');
  const [tried, setTried] = useState(false);
  useUnsavedEdits(
    name !== (objective?.name ?? '') ||
      period !== (objective?.period ?? '') ||
      owner !== (objective?.owner ?? '') ||
      perspective !== (objective?.perspective ?? ''),
  );
  const namesake = findObjectiveNamed(objectives, name, objective?.id);
  // A clash shows as soon as it is typed, as the metric form's does; an empty name only on save.
  const nameError =
    name.trim() === ''
      ? tried
        ? 'An objective needs a name, such as “Grow paid conversions”.'
        : undefined
      : namesake
        ? `“${namesake.name}” already exists: choose another name, or cancel and edit that objective.`
        : undefined;

  function save(e: Event) {
    e.preventDefault();
    setTried(true);
    if (name.trim() === '' || namesake) return;
    const takenIds = new Set(objectives.map((o) => o.id));
    let id = objective?.id ?? slugify(name);
    for (let n = 2; !objective && takenIds.has(id); n++) id = `${slugify(name)}-${n}`;
    onSave({
      id,
      name: name.trim(),
      period: period.trim() || undefined,
      owner: owner.trim() || undefined,
      perspective: (perspective || undefined) as Objective['perspective'],
    });
  }

  return (
    <form
      class="kl-card kl-stack"
      onSubmit={save}
      aria-label={objective ? `Edit objective ${objective.name}` : 'New objective'}
    >
      <div class="kl-form-grid">
        <div class="kl-field kl-field--wide">
          <label for="objective-name">Name</label>
          <input
            id="objective-name"
            class="kl-input"
            value={name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? 'objective-name-error' : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          {nameError && (
            <span id="objective-name-error" class="kl-field-error" role="alert">
              {nameError}
            </span>
          )}
        </div>
        <div class="kl-field">
          <label for="objective-period">Period</label>
          <input
            id="objective-period"
            class="kl-input"
            placeholder="2027-Q1"
            value={period}
            onInput={(e) => setPeriod(e.currentTarget.value)}
          />
        </div>
        <div class="kl-field">
          <label for="objective-owner">Owner</label>
          <input
            id="objective-owner"
            class="kl-input"
            value={owner}
            onInput={(e) => setOwner(e.currentTarget.value)}
          />
        </div>
        <div class="kl-field">
          <label for="objective-perspective">Perspective</label>
          <select
            id="objective-perspective"
            class="kl-select"
            value={perspective}
            onChange={(e) => setPerspective(e.currentTarget.value)}
          >
            <option value="">—</option>
            {PERSPECTIVES.map((p) => (
              <option key={p} value={p}>
                {PERSPECTIVE_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="kl-row">
        <button type="submit" class="kl-button kl-button--primary" disabled={busy}>
          {objective ? 'Save objective' : 'Add objective'}
        </button>
        <button type="button" class="kl-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
