import {
  changeKey,
  type ImportChoices,
  type ImportMode,
  type ImportPlan,
  type Pick,
  type RecordChange,
} from '../../lib/registry/import-plan';
import { importCountsText, importOffer } from '../../lib/registry/import-preview-copy';

interface Props {
  fileName: string;
  plan: ImportPlan;
  choices: ImportChoices;
  busy: boolean;
  onMode: (mode: ImportMode) => void;
  onChoose: (key: string, pick: Pick) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import will do, shown before anything is written. */
export function ImportPreview({
  fileName,
  plan,
  choices,
  busy,
  onMode,
  onChoose,
  onConfirm,
  onCancel,
}: Props) {
  const differing = plan.changes.filter((c) => c.status === 'updated' || c.status === 'conflict');
  const listed = (status: RecordChange['status']) =>
    plan.changes.filter((c) => c.status === status);
  const offer = importOffer(plan);
  return (
    <section class="kl-card kl-stack" aria-labelledby="import-title" data-testid="import-preview">
      <h2 id="import-title">Import “{fileName}”</h2>
      <p aria-live="polite" data-testid="import-counts">
        {importCountsText(plan)}
      </p>
      {offer.reason && (
        // Next to the counts it explains and before the records it points to ("listed below").
        <p id="import-reason" data-testid="import-nothing">
          {offer.reason}
        </p>
      )}
      {plan.warnings.length > 0 && (
        // Above the choices: a column left out, or a supporting metric that supports nothing,
        // is worth knowing before deciding to import.
        <ul class="kl-notice kl-stack" data-testid="import-warnings" style={{ margin: 0 }}>
          {plan.warnings.map((warning) => (
            <li key={warning} style={{ marginLeft: 'var(--kl-space-4)' }}>
              {warning}
            </li>
          ))}
        </ul>
      )}
      {offer.offered && (
        <fieldset class="kl-row" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend class="kl-visually-hidden">How to import</legend>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={plan.mode === 'merge'}
              onChange={() => onMode('merge')}
            />{' '}
            Merge into my registry
          </label>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={plan.mode === 'replace'}
              onChange={() => onMode('replace')}
            />{' '}
            Replace my registry with this file
          </label>
        </fieldset>
      )}
      {differing.length > 0 && (
        <div class="kl-stack">
          <h3>Records in both: the newer edit is kept unless you pick</h3>
          {differing.map((c) => (
            <ChoiceRow
              key={changeKey(c)}
              change={c}
              pick={choices[changeKey(c)] ?? c.defaultPick}
              onChoose={onChoose}
            />
          ))}
        </div>
      )}
      <ChangeList title="Added" changes={listed('added')} />
      <ChangeList title="Removed (not in the file)" changes={listed('removed')} />
      {plan.invalid.length > 0 && (
        <div class="kl-stack" data-testid="import-invalid">
          <h3>Skipped: fix these in the file and import it again</h3>
          <ul>
            {plan.invalid.map((r) => (
              <li key={`${r.kind}-${r.index}-${r.label}`}>
                {r.label}: {r.reasons.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="kl-row">
        {offer.offered && (
          <button
            type="button"
            class="kl-button kl-button--primary"
            onClick={onConfirm}
            disabled={busy || !offer.changes}
            aria-describedby={offer.reason ? 'import-reason' : undefined}
          >
            {plan.mode === 'replace' ? 'Replace registry' : 'Import'}
          </button>
        )}
        <button type="button" class="kl-button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function recordName(c: RecordChange): string {
  return (c.incoming ?? c.current)?.name ?? c.id;
}

function ChoiceRow({
  change,
  pick,
  onChoose,
}: {
  change: RecordChange;
  pick: Pick;
  onChoose: (key: string, pick: Pick) => void;
}) {
  const key = changeKey(change);
  const when = (r?: { updatedAt?: string | undefined }) =>
    r?.updatedAt ? ` (edited ${r.updatedAt.slice(0, 10)})` : '';
  return (
    <fieldset
      class="kl-row"
      style={{ border: 0, padding: 0, margin: 0 }}
      data-testid={`choice-${key}`}
    >
      <legend style={{ float: 'left', marginRight: 'var(--kl-space-3)' }}>
        <strong>{recordName(change)}</strong>{' '}
        <span class="kl-muted">{change.status === 'conflict' ? 'conflicting' : 'updated'}</span>
      </legend>
      <label>
        <input
          type="radio"
          name={key}
          checked={pick === 'current'}
          onChange={() => onChoose(key, 'current')}
        />{' '}
        keep mine
        {when(change.current as { updatedAt?: string })}
      </label>
      <label>
        <input
          type="radio"
          name={key}
          checked={pick === 'incoming'}
          onChange={() => onChoose(key, 'incoming')}
        />{' '}
        take the file's
        {when(change.incoming as { updatedAt?: string })}
      </label>
    </fieldset>
  );
}

function ChangeList({ title, changes }: { title: string; changes: RecordChange[] }) {
  if (changes.length === 0) return null;
  return (
    <details>
      <summary>
        {title}: {changes.length}
      </summary>
      <p class="kl-muted">{changes.map(recordName).join(', ')}</p>
    </details>
  );
}
