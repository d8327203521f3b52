import { useMemo, useRef, useState } from 'preact/hooks';
import type { RegistryApi } from '../../lib/messaging/registry-api';
import type { SiteAccessApi } from '../../lib/permissions/site-access';
import type { ChangeSet } from '../../lib/registry/change-set';
import { exportRegistryCsv } from '../../lib/registry/csv';
import { findingsForMetric, reviewRegistry } from '../../lib/registry/doctrine';
import { exportFileName, exportRegistryJson } from '../../lib/registry/export-json';
import type { Metric } from '../../lib/registry/schema';
import type { Result } from '../../lib/result';
import { downloadText } from '../download';
import { BackupList } from './BackupList';
import { HealthPanel } from './health/HealthPanel';
import { HierarchyTree } from './hierarchy/HierarchyTree';
import { SitesPanel } from './sites/SitesPanel';
import { FileToolbar } from './FileToolbar';
import { ImportPreview } from './ImportPreview';
import { MetricForm } from './metrics/MetricForm';
import { MetricsEditor } from './metrics/MetricsEditor';
import { ObjectivesPanel } from './objectives/ObjectivesPanel';
import { RegistrySummary } from './RegistrySummary';
import type { Tab } from './route';
import { StatusNotice, type Status } from './StatusNotice';
import { useImportFlow } from './use-import-flow';
import { useRegistry } from './use-registry';
import { useRoute } from './use-route';
import { useSettings } from './use-settings';
import { WelcomeCard } from './WelcomeCard';

const TAB_LABELS: Record<Tab, string> = {
  metrics: 'Metrics',
  objectives: 'Objectives',
  hierarchy: 'Hierarchy',
  health: 'Health',
  sites: 'Sites & display',
  backups: 'Backups',
};

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
  const [route, navigate] = useRoute();
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
      (v) => `Undone: ${v.undone.toLowerCase()}.`,
      false,
    );
  const importFlow = useImportFlow(api, registry, run, setStatus);
  const { settings, saveSettings } = useSettings(api, setStatus);
  const review = useMemo(
    () => (registry ? reviewRegistry(registry, today) : null),
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
  const openMetric = (id: string) => navigate({ tab: 'metrics', metricId: id });
  const editing: Metric | null | undefined =
    route.metricId === 'new'
      ? null
      : route.metricId
        ? registry?.metrics.find((m) => m.id === route.metricId)
        : undefined;

  return (
    <main
      class="kl-stack"
      style={{
        maxWidth: 1120,
        margin: '0 auto',
        padding: 'var(--kl-space-6) var(--kl-space-5)',
        gap: 'var(--kl-space-4)',
      }}
    >
      <header class="kl-row" style={{ justifyContent: 'space-between' }}>
        <div class="kl-stack" style={{ gap: 2 }}>
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
      {empty && !importFlow.draft && (
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
      {registry && !empty && (
        <>
          <nav class="kl-tabs" role="tablist" aria-label="Registry sections">
            {Object.entries(TAB_LABELS).map(([tab, label]) => (
              <button
                key={tab}
                type="button"
                role="tab"
                class="kl-tab"
                aria-selected={route.tab === tab}
                onClick={() => navigate({ tab: tab as Tab })}
              >
                {label}
                {tab === 'health' && review && (
                  <span class="kl-muted kl-count" aria-label={`score ${review.score}`}>
                    {' '}
                    {review.score}
                  </span>
                )}
              </button>
            ))}
          </nav>
          <div role="tabpanel" aria-label={TAB_LABELS[route.tab]}>
            {route.tab === 'metrics' && editing !== undefined && (
              <MetricForm
                key={route.metricId}
                registry={registry}
                metric={editing}
                findings={editing && review ? findingsForMetric(review.findings, editing.id) : []}
                busy={busy}
                onSave={(m, isNew) =>
                  apply(isNew ? `New metric '${m.name}'` : `Edit of '${m.name}'`, {
                    upsertMetrics: [m],
                    deleteMetricIds: [],
                    upsertObjectives: [],
                    deleteObjectiveIds: [],
                  })
                }
                onDelete={(m) => {
                  void apply(`Deletion of '${m.name}'`, {
                    upsertMetrics: [],
                    deleteMetricIds: [m.id],
                    upsertObjectives: [],
                    deleteObjectiveIds: [],
                  });
                  navigate({ tab: 'metrics' });
                }}
                onClose={() => navigate({ tab: 'metrics' })}
              />
            )}
            {route.tab === 'metrics' && route.metricId && editing === undefined && (
              <StatusNotice
                status={{
                  kind: 'error',
                  text: `No metric has the id “${route.metricId}”: it may have been deleted or renamed.`,
                }}
                onDismiss={() => navigate({ tab: 'metrics' })}
              />
            )}
            {route.tab === 'metrics' && editing === undefined && (
              <MetricsEditor
                registry={registry}
                findings={review?.findings ?? []}
                busy={busy}
                onApply={(reason, change) => void apply(reason, change)}
                onOpenMetric={openMetric}
                onNewMetric={() => navigate({ tab: 'metrics', metricId: 'new' })}
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
              <SitesPanel sites={sites} settings={settings} onSaveSettings={saveSettings} />
            )}
            {route.tab === 'backups' && (
              <section class="kl-stack" aria-labelledby="backups-title">
                <h2 id="backups-title">Backups</h2>
                <p class="kl-muted">
                  One is kept before every change: the last 20. Restoring one can be undone too.
                </p>
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
              </section>
            )}
          </div>
        </>
      )}
    </main>
  );
}
