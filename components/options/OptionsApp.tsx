import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RegistryApi } from '../../lib/messaging/registry-api';
import type { SiteAccessApi } from '../../lib/permissions/site-access';
import type { ChangeSet } from '../../lib/registry/change-set';
import { exportRegistryCsv } from '../../lib/registry/csv';
import { hasSomethingToReview, reviewRegistry } from '../../lib/registry/doctrine';
import { exportFileName, exportRegistryJson } from '../../lib/registry/export-json';
import type { Result } from '../../lib/result';
import { lowerFirstLetter } from '../../lib/text/lower-first-letter';
import { downloadText } from '../download';
import { BackupList } from './BackupList';
import { HealthPanel } from './health/HealthPanel';
import { HierarchyTree } from './hierarchy/HierarchyTree';
import { SitesPanel } from './sites/SitesPanel';
import { FileToolbar } from './FileToolbar';
import { ImportPreview } from './ImportPreview';
import { MetricsTab } from './metrics/MetricsTab';
import { ObjectivesPanel } from './objectives/ObjectivesPanel';
import { RegistrySummary } from './RegistrySummary';
import { StatusNotice, type Status } from './StatusNotice';
import { routeHash, type OptionsRoute } from './route';
import { TAB_LABELS, TabNav } from './TabNav';
import { UnsavedEdits, UnsavedEditsContext } from './unsaved-edits';
import { useImportFlow } from './use-import-flow';
import { useRegistry } from './use-registry';
import { useRoute } from './use-route';
import { useSettings } from './use-settings';
import { WelcomeCard } from './WelcomeCard';

/** The options page: the registry editor, import/export, undo and backups. */
export function OptionsApp({
  api,
  sites,
  today = new Date(),
}: {
  api: RegistryApi;
  sites: SiteAccessApi;
  today?: Date;
}) {
  const { state, backups, loadError } = useRegistry(api);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const edits = useMemo(() => new UnsavedEdits(), []);
  /** Where the person asked to go while a form held unsaved edits (they are asked first). */
  const [leaving, setLeaving] = useState<OptionsRoute | null>(null);
  const [route, navigate] = useRoute((to) => {
    if (!edits.any) return true;
    setLeaving(to);
    return false;
  });
  // A form saved or closed meanwhile: the question is moot.
  useEffect(() => setLeaving(null), [routeHash(route)]);
  const keepEditing = useRef<HTMLButtonElement>(null);
  // Focus on the question (a keyboard user is still on the tab they pressed).
  useEffect(() => keepEditing.current?.focus(), [leaving]);
  const fileInput = useRef<HTMLInputElement>(null);
  const registry = state?.registry;

  /** Runs a write and reports its outcome in words, offering Undo when it succeeded. */
  async function run<T>(
    action: () => Promise<Result<T>>,
    success: (value: T) => string,
    undoable = true,
  ): Promise<boolean> {
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
  const apply = (reason: string, change: ChangeSet) =>
    run(
      () => api.change(reason, change),
      () => `${reason}: saved.`,
    );
  const undo = () =>
    void run(
      () => api.undo(),
      (v) => `Undone: ${lowerFirstLetter(v.undone)}.`,
      false,
    );
  const importFlow = useImportFlow(api, registry, run, setStatus);
  const { settings, saveSettings } = useSettings(api, setStatus);
  // No metrics, no score: a 100 would praise a registry with nothing in it.
  const review = useMemo(
    () => (registry && hasSomethingToReview(registry) ? reviewRegistry(registry, today) : null),
    [registry, today],
  );

  function exportAs(kind: 'json' | 'csv') {
    if (!registry) return;
    const text = kind === 'json' ? exportRegistryJson(registry) : exportRegistryCsv(registry);
    downloadText(
      exportFileName(registry, kind),
      text,
      kind === 'json' ? 'application/json' : 'text/csv',
    );
  }

  const empty = registry && registry.metrics.length === 0 && registry.objectives.length === 0;
  // An empty registry opens on the welcome card; its form (`#metric=new`) and every tab still work.
  const welcome = empty && !route.metricId && !importFlow.draft;
  const openMetric = (id: string) => navigate({ tab: 'metrics', metricId: id });

  return (
    <UnsavedEditsContext.Provider value={edits}>
      <main
        class="kl-stack"
        style={{
          maxWidth: '1120px',
          margin: '0 auto',
          padding: 'var(--kl-space-6) var(--kl-space-5)',
          gap: 'var(--kl-space-4)',
        }}
      >
        <header class="kl-row" style={{ justifyContent: 'space-between' }}>
          <div class="kl-stack" style={{ gap: 'var(--kl-space-1)' }}>
            <h1>KPI Lens registry</h1>
            {registry && <RegistrySummary registry={registry} />}
          </div>
          <FileToolbar
            fileInput={fileInput}
            canExport={Boolean(registry && !empty)}
            undoLabel={state?.undoLabel}
            busy={busy}
            onFile={(f) => void importFlow.readFile(f)}
            onExport={exportAs}
            onUndo={undo}
          />
        </header>
        {loadError && <StatusNotice status={{ kind: 'error', text: loadError }} />}
        {status && (
          <StatusNotice
            status={status}
            onUndo={status.undoable && state?.undoLabel ? undo : undefined}
            onDismiss={() => setStatus(null)}
          />
        )}
        {importFlow.draft && importFlow.plan && (
          <ImportPreview
            fileName={importFlow.draft.fileName}
            plan={importFlow.plan}
            choices={importFlow.draft.choices}
            busy={busy}
            onMode={(mode) => importFlow.setDraft({ ...importFlow.draft!, mode })}
            onChoose={(key, pick) =>
              importFlow.setDraft({
                ...importFlow.draft!,
                choices: { ...importFlow.draft!.choices, [key]: pick },
              })
            }
            onConfirm={() => void importFlow.confirm()}
            onCancel={() => importFlow.setDraft(null)}
          />
        )}
        {registry && (
          <>
            <TabNav
              current={route.tab}
              healthScore={review?.score}
              onSelect={(tab) => navigate({ tab })}
            />
            {leaving && (
              <div class="kl-notice" role="alertdialog" aria-label="Leave without saving?">
                <span style={{ flex: 1 }}>
                  Your changes are not saved yet. Save them, or leave and lose them.
                </span>
                <button
                  type="button"
                  ref={keepEditing}
                  class="kl-button kl-button--primary"
                  onClick={() => setLeaving(null)}
                >
                  Keep editing
                </button>
                <button
                  type="button"
                  class="kl-button kl-button--danger"
                  onClick={() => {
                    edits.discard();
                    navigate(leaving);
                  }}
                >
                  Discard and leave
                </button>
              </div>
            )}
            <div role="tabpanel" aria-label={TAB_LABELS[route.tab]}>
              {route.tab === 'metrics' && welcome && (
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
                  onCreateMetric={() => navigate({ tab: 'metrics', metricId: 'new' })}
                />
              )}
              {route.tab === 'metrics' && !welcome && (
                <MetricsTab
                  registry={registry}
                  route={route}
                  findings={review?.findings ?? []}
                  busy={busy}
                  apply={apply}
                  navigate={navigate}
                />
              )}
              {route.tab === 'objectives' && (
                <ObjectivesPanel
                  registry={registry}
                  busy={busy}
                  onApply={(r, c) => void apply(r, c)}
                  onOpenMetric={openMetric}
                />
              )}
              {route.tab === 'hierarchy' && (
                <HierarchyTree
                  registry={registry}
                  busy={busy}
                  onApply={(r, c) => void apply(r, c)}
                  onOpenMetric={openMetric}
                />
              )}
              {route.tab === 'health' && (
                <HealthPanel
                  registry={registry}
                  today={today}
                  busy={busy}
                  onApply={(r, c) => void apply(r, c)}
                  onOpenMetric={openMetric}
                />
              )}
              {route.tab === 'sites' && (
                <SitesPanel
                  sites={sites}
                  settings={settings}
                  metrics={registry.metrics}
                  onSaveSettings={saveSettings}
                  onClearHistory={() =>
                    void run(
                      () => api.clearHistory(),
                      (v) => `Forgot ${v.cleared} readings.`,
                      false,
                    )
                  }
                  onExportHistory={() =>
                    void api
                      .exportHistoryCsv()
                      .then((r) =>
                        r.ok
                          ? downloadText(
                              `kpi-lens-value-history-${new Date().toISOString().slice(0, 10)}.csv`,
                              r.value.csv,
                              'text/csv',
                            )
                          : setStatus({ kind: 'error', text: r.error }),
                      )
                  }
                />
              )}
              {route.tab === 'backups' && (
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
              )}
            </div>
          </>
        )}
      </main>
    </UnsavedEditsContext.Provider>
  );
}
