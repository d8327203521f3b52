import { useMemo, useState } from 'preact/hooks';
import { wouldCreateCycle } from '../../../lib/registry/check-references';
import type { HealthFinding } from '../../../lib/registry/doctrine';
import {
  checkDraft,
  emptyDraft,
  metricToDraft,
  type DraftField,
  type MetricDraft,
} from '../../../lib/registry/metric-draft';
import { slugify } from '../../../lib/registry/csv-cells';
import {
  CADENCES,
  INDICATORS,
  ROLES,
  type Metric,
  type Registry,
} from '../../../lib/registry/schema';
import { ROLE_LABELS } from '../../design/roles';
import { useUnsavedEdits } from '../unsaved-edits';
import { AliasEditor } from './AliasEditor';
import { describedBy, Field } from './fields';
import { MetricFindings } from './MetricFindings';

export interface MetricFormProps {
  registry: Registry;
  /** The metric to edit, or null for a new one. */
  metric: Metric | null;
  /** A new metric's name, filled in (from "Tag “…” in KPI Lens"). */
  initialName?: string | undefined;
  findings: readonly HealthFinding[];
  busy: boolean;
  /** Resolves true when saved (the form then closes). */
  onSave: (metric: Metric, isNew: boolean) => Promise<boolean>;
  onDelete: (metric: Metric) => void;
  onClose: () => void;
  /** Names another metric already uses (a clash badges one label twice), or undefined. */
  clashFor?: (text: string, exceptMetricId: string) => string | undefined;
}

/** Every field of a metric, validated as you type, with messages that say how to fix the value. */
export function MetricForm({
  registry,
  metric,
  initialName,
  findings,
  busy,
  onSave,
  onDelete,
  onClose,
  clashFor,
}: MetricFormProps) {
  const initial = useMemo(
    () => (metric ? metricToDraft(metric) : { ...emptyDraft(), name: initialName ?? '' }),
    [metric, initialName],
  );
  const [draft, setDraft] = useState<MetricDraft>(initial);
  const [touched, setTouched] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const isNew = metric === null;
  const check = checkDraft(
    isNew && !draft.id ? { ...draft, id: slugify(draft.name || 'metric') } : draft,
  );
  const idTaken = isNew && registry.metrics.some((m) => m.id === (draft.id || slugify(draft.name)));
  const errors: Partial<Record<DraftField, string>> = { ...check.errors };
  if (idTaken) errors.id = 'Another metric has this id: change it.';
  const show = (f: DraftField) => (touched || draft[f] !== initial[f] ? errors[f] : undefined);
  const set = <F extends DraftField>(field: F, value: MetricDraft[F]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  // Closing the tab, another tab of the page or Back ask first: nothing typed is lost silently.
  const release = useUnsavedEdits(dirty);

  const parents = registry.metrics.filter(
    (m) => m.id !== draft.id && (isNew || !wouldCreateCycle(registry, draft.id, m.id)),
  );
  const nameClash = clashFor?.(draft.name, draft.id);

  async function save(e: Event) {
    e.preventDefault();
    setTouched(true);
    if (!check.metric || idTaken) return;
    if (await onSave(check.metric, isNew)) closeNow();
  }

  /** Closes without asking again: saved, discarded or deleted. */
  function closeNow() {
    release();
    onClose();
  }

  function close() {
    if (dirty && !confirmDiscard) setConfirmDiscard(true);
    else closeNow();
  }

  const text = (field: DraftField, label: string, hint?: string) => (
    <Field id={`metric-${field}`} label={label} error={show(field)} hint={hint}>
      <input
        class="kl-input"
        {...describedBy(`metric-${field}`, show(field), hint)}
        value={draft[field] as string}
        onInput={(e) => set(field, e.currentTarget.value as never)}
      />
    </Field>
  );
  const select = (
    field: DraftField,
    label: string,
    options: readonly (readonly [string, string])[],
    { hint, twoColumns }: { hint?: string; twoColumns?: boolean } = {},
  ) => (
    <Field
      id={`metric-${field}`}
      label={label}
      error={show(field)}
      hint={hint}
      twoColumns={twoColumns}
    >
      <select
        class="kl-select"
        {...describedBy(`metric-${field}`, show(field), hint)}
        value={draft[field] as string}
        onChange={(e) => set(field, e.currentTarget.value as never)}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <form
      class="kl-card kl-stack"
      aria-labelledby="metric-form-title"
      onSubmit={(e) => void save(e)}
      data-testid="metric-form"
    >
      <div class="kl-row" style={{ justifyContent: 'space-between' }}>
        <h2 id="metric-form-title">{isNew ? 'New metric' : `Edit “${metric.name}”`}</h2>
        {dirty && <span class="kl-muted">Unsaved changes</span>}
      </div>
      <MetricFindings findings={findings} />
      <div class="kl-form-grid">
        <Field id="metric-name" label="Name" error={show('name') ?? nameClash} wide>
          <input
            class="kl-input"
            {...describedBy('metric-name', show('name') ?? nameClash)}
            value={draft.name}
            onInput={(e) => set('name', e.currentTarget.value)}
          />
        </Field>
        {isNew
          ? text(
              'id',
              'Id',
              draft.name.trim()
                ? `Never changes once saved. Left blank: ${slugify(draft.name)}`
                : 'Never changes once saved. Left blank, it is made from the name',
            )
          : null}
        {select(
          'role',
          'Role',
          ROLES.map((r) => [r, ROLE_LABELS[r]] as const),
        )}
        <Field id="metric-northStar" label="North star">
          <label class="kl-row" style={{ fontWeight: 400 }}>
            <input
              id="metric-northStar"
              type="checkbox"
              checked={draft.northStar ?? false}
              onChange={(e) => set('northStar', e.currentTarget.checked)}
            />{' '}
            The one metric that best captures the value customers get
          </label>
        </Field>
        {/* Short choices, the meaning in the hint: a grid column holds about 20 characters,
            and "Not vanity: drives decisions" was cut to "Not vanity: drives decisio". */}
        {select(
          'vanity',
          'Vanity',
          [
            ['', 'Not judged yet'],
            ['true', 'Vanity'],
            ['false', 'Not vanity'],
          ],
          { hint: 'A vanity metric looks good but changes no decision' },
        )}
        <Field id="metric-aliases" label="Aliases (other labels on your dashboards)" wide>
          <AliasEditor
            id="metric-aliases"
            aliases={draft.aliases}
            onChange={(a) => set('aliases', a)}
            warningFor={(a) => clashFor?.(a, draft.id)}
          />
        </Field>
        <Field id="metric-definition" label="Definition" wide>
          <textarea
            class="kl-textarea"
            id="metric-definition"
            value={draft.definition}
            onInput={(e) => set('definition', e.currentTarget.value)}
          />
        </Field>
        {/* The team's own names, often long ("Trial-to-paid conversion rate"): two columns. */}
        {select(
          'objectiveId',
          'Objective',
          [['', '—'], ...registry.objectives.map((o) => [o.id, o.name] as const)],
          { twoColumns: true },
        )}
        {select(
          'supports',
          'Supports (explains)',
          [['', '—'], ...parents.map((m) => [m.id, m.name] as const)],
          { twoColumns: true },
        )}
        {select('targetOp', 'Target', [
          ['', 'No target'],
          ['>=', 'at least (≥)'],
          ['<=', 'at most (≤)'],
          ['=', 'exactly (=)'],
        ])}
        {text('targetValue', 'Target value')}
        {text('targetUnit', 'Unit', '%, $, ms, teams…')}
        {text('targetFrom', 'Baseline (from)', 'Where it stands now: 4-6 weeks of data')}
        {text('targetBy', 'Deadline', '2027-09-30 or 2027-Q3')}
        {text('owner', 'Owner', 'One accountable person')}
        {text('team', 'Team')}
        {select('cadence', 'Review cadence', [['', '—'], ...CADENCES.map((c) => [c, c] as const)])}
        {text('lastReviewed', 'Last reviewed', 'A date such as 2026-11-17')}
        {select('indicator', 'Indicator', [
          ['', '—'],
          ...INDICATORS.map(
            (i) => [i, i === 'leading' ? 'leading (predicts)' : 'lagging (outcome)'] as const,
          ),
        ])}
        {text('sites', 'Sites', 'Blank: everywhere. Or host names, comma-separated')}
        <Field id="metric-notes" label="Notes" wide>
          <textarea
            class="kl-textarea"
            id="metric-notes"
            value={draft.notes}
            onInput={(e) => set('notes', e.currentTarget.value)}
          />
        </Field>
      </div>
      {confirmDiscard ? (
        <div
          key="confirm-discard"
          class="kl-notice"
          role="alertdialog"
          aria-label="Discard changes?"
        >
          <span style={{ flex: 1 }}>Discard your changes to this metric?</span>
          <button
            type="button"
            class="kl-button kl-button--primary"
            onClick={() => setConfirmDiscard(false)}
          >
            Keep editing
          </button>
          <button type="button" class="kl-button kl-button--danger" onClick={closeNow}>
            Discard
          </button>
        </div>
      ) : (
        <div key="actions" class="kl-row">
          <button type="submit" class="kl-button kl-button--primary" disabled={busy}>
            {isNew ? 'Add metric' : 'Save'}
          </button>
          <button type="button" class="kl-button" onClick={close}>
            Cancel
          </button>
          {!isNew && (
            <button
              type="button"
              class="kl-button kl-button--danger"
              style={{ marginLeft: 'auto' }}
              onClick={() => {
                release();
                onDelete(metric);
              }}
              disabled={busy}
            >
              Delete
            </button>
          )}
          {touched && Object.keys(errors).length > 0 && (
            <span class="kl-field-error">Fix the fields marked above to save.</span>
          )}
        </div>
      )}
    </form>
  );
}
