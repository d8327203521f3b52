import { useRef, useState } from 'preact/hooks';
import type { RegistryApi } from '../../lib/messaging/registry-api';
import type { ImportOutcome } from '../../lib/messaging/protocol';
import { err, type Result } from '../../lib/result';
import { exportFileName, exportRegistryJson } from '../../lib/registry/export-json';
import { exportRegistryCsv } from '../../lib/registry/csv';
import { parseRegistryFile } from '../../lib/registry/parse-any-file';
import { planImport, type ImportChoices, type ImportMode } from '../../lib/registry/import-plan';
import {
  MAX_REGISTRY_FILE_BYTES,
  tooLargeMessage,
  type ParsedRegistryFile,
} from '../../lib/registry/parse-file';
import { downloadText } from '../download';
import { BackupList } from './BackupList';
import { ImportPreview } from './ImportPreview';
import { MetricTable } from './MetricTable';
import { RegistrySummary } from './RegistrySummary';
import { StatusNotice, type Status } from './StatusNotice';
import { useRegistry } from './use-registry';
import { WelcomeCard } from './WelcomeCard';

interface ImportDraft {
  fileName: string;
  parsed: ParsedRegistryFile;
  mode: ImportMode;
  choices: ImportChoices;
}

/** The options page: import with preview, export, undo, backups and the list of metrics. */
export function OptionsApp({ api }: { api: RegistryApi }) {
  const { state, backups, loadError } = useRegistry(api);
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  /** Runs a write and reports its outcome in words, offering Undo when it succeeded. */
  async function run<T>(
    action: () => Promise<Result<T>>,
    success: (value: T) => string,
    undoable = true,
  ) {
    setBusy(true);
    const result = await action();
    setBusy(false);
    setStatus(
      result.ok
        ? { kind: 'success', text: success(result.value), undoable }
        : { kind: 'error', text: result.error },
    );
    return result.ok;
  }

  async function onFileChosen(file: File) {
    if (!state) return;
    setStatus(null);
    // Size first: reading a huge file as text would freeze the page before refusing it.
    const parsed: Result<ParsedRegistryFile> =
      file.size > MAX_REGISTRY_FILE_BYTES
        ? err(tooLargeMessage(file.size))
        : parseRegistryFile(file.name, await file.text(), state.registry);
    if (!parsed.ok) {
      setDraft(null);
      setStatus({ kind: 'error', text: `Nothing was imported. ${parsed.error}` });
      return;
    }
    setDraft({ fileName: file.name, parsed: parsed.value, mode: 'merge', choices: {} });
  }

  async function confirmImport() {
    if (!draft) return;
    const done = await run(
      () =>
        api.importRegistry({
          registry: draft.parsed.registry,
          mode: draft.mode,
          choices: draft.choices,
          source: draft.fileName,
        }),
      (o) => importedMessage(draft.fileName, o),
    );
    if (done) setDraft(null);
  }

  function exportAs(kind: 'json' | 'csv') {
    if (!state) return;
    const text =
      kind === 'json' ? exportRegistryJson(state.registry) : exportRegistryCsv(state.registry);
    downloadText(
      exportFileName(state.registry, kind),
      text,
      kind === 'json' ? 'application/json' : 'text/csv',
    );
  }

  const registry = state?.registry;
  const plan = draft && registry ? planImport(registry, draft.parsed, draft.mode) : null;
  const empty = registry && registry.metrics.length === 0 && registry.objectives.length === 0;

  return (
    <main
      class="kl-stack"
      style={{
        maxWidth: 1040,
        margin: '0 auto',
        padding: 'var(--kl-space-6) var(--kl-space-5)',
        gap: 'var(--kl-space-5)',
      }}
    >
      <header class="kl-row" style={{ justifyContent: 'space-between' }}>
        <div class="kl-stack" style={{ gap: 2 }}>
          <h1>KPI Lens registry</h1>
          {registry && <RegistrySummary registry={registry} />}
        </div>
        <div class="kl-row" role="toolbar" aria-label="Registry file">
          <label class="kl-button">
            Import registry
            <input
              ref={fileInput}
              type="file"
              accept=".json,.csv,application/json,text/csv"
              class="kl-visually-hidden"
              onChange={(e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                if (file) void onFileChosen(file);
                input.value = '';
              }}
            />
          </label>
          <button
            type="button"
            class="kl-button"
            onClick={() => exportAs('json')}
            disabled={!registry || empty}
          >
            Export JSON
          </button>
          <button
            type="button"
            class="kl-button"
            onClick={() => exportAs('csv')}
            disabled={!registry || empty}
          >
            Export CSV
          </button>
          <button
            type="button"
            class="kl-button"
            disabled={busy || !state?.undoLabel}
            title={state?.undoLabel ? `Undo ${state.undoLabel.toLowerCase()}` : 'Nothing to undo'}
            onClick={() =>
              void run(
                () => api.undo(),
                (v) => `Undone: ${v.undone.toLowerCase()}.`,
                false,
              )
            }
          >
            Undo
          </button>
        </div>
      </header>
      {loadError && <StatusNotice status={{ kind: 'error', text: loadError }} />}
      {status && (
        <StatusNotice
          status={status}
          onUndo={
            status.undoable && state?.undoLabel
              ? () =>
                  void run(
                    () => api.undo(),
                    (v) => `Undone: ${v.undone.toLowerCase()}.`,
                    false,
                  )
              : undefined
          }
          onDismiss={() => setStatus(null)}
        />
      )}
      {draft && plan && (
        <ImportPreview
          fileName={draft.fileName}
          plan={plan}
          choices={draft.choices}
          busy={busy}
          onMode={(mode) => setDraft({ ...draft, mode })}
          onChoose={(key, pick) =>
            setDraft({ ...draft, choices: { ...draft.choices, [key]: pick } })
          }
          onConfirm={() => void confirmImport()}
          onCancel={() => setDraft(null)}
        />
      )}
      {empty && !draft && (
        <WelcomeCard
          busy={busy}
          onTrySample={() =>
            void run(
              () => api.loadSample(),
              (o) =>
                `Loaded the sample registry: ${o.metricCount} metrics. Try it on the demo dashboard.`,
            )
          }
          onImport={() => fileInput.current?.click()}
        />
      )}
      {registry && registry.metrics.length > 0 && (
        <section class="kl-stack" aria-labelledby="metrics-title">
          <h2 id="metrics-title">Metrics</h2>
          <MetricTable registry={registry} />
        </section>
      )}
      <section class="kl-stack" aria-labelledby="backups-title">
        <details>
          <summary>
            <h2 id="backups-title" style={{ display: 'inline' }}>
              Backups
            </h2>{' '}
            <span class="kl-muted">({backups.length} of the last 20 changes)</span>
          </summary>
          <div style={{ marginTop: 'var(--kl-space-3)' }}>
            <BackupList
              backups={backups}
              busy={busy}
              onRestore={(id) =>
                void run(
                  () => api.restoreBackup(id),
                  (v) => `${v.restored}: done.`,
                )
              }
            />
          </div>
        </details>
      </section>
    </main>
  );
}

function importedMessage(fileName: string, { summary, metricCount }: ImportOutcome): string {
  const parts = [`${summary.added} added`, `${summary.updated} updated`];
  if (summary.keptMine) parts.push(`${summary.keptMine} kept as you had them`);
  if (summary.removed) parts.push(`${summary.removed} removed`);
  return `Imported “${fileName}”: ${parts.join(', ')}. The registry now has ${metricCount} metrics.`;
}
