import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageApi } from '../../lib/messaging/page-api';
import type { PageDescription } from '../../lib/messaging/protocol';
import type { RegistryApi } from '../../lib/messaging/registry-api';
import type { SiteAccessApi } from '../../lib/permissions/site-access';
import { pageWarnings, summarisePage } from '../../lib/popup/page-summary';
import { tagMetric, type TagInput } from '../../lib/popup/tag-metric';
import { reviewRegistry } from '../../lib/registry/doctrine';
import type { Metric } from '../../lib/registry/schema';
import { untaggedLabels } from '../../lib/popup/untagged-labels';
import { hiddenMetricsOn, showMetricAgain } from '../../lib/settings/hidden-metrics';
import { isEnabledOn, suppressedOn, type Settings } from '../../lib/settings/settings';
import type { RegistryState } from '../../lib/store/registry-store';
import { BaselineProposals } from './BaselineProposals';
import { FoundList } from './FoundList';
import { HiddenHere } from './HiddenHere';
import { SiteNotice, type SiteState } from './SiteNotice';
import { TagForm } from './TagForm';

interface Props {
  api: RegistryApi;
  page: PageApi;
  sites: SiteAccessApi;
  openOptions: (hash?: string) => void;
  /** Label to tag at once (the context menu's selection). */
  initialTag?: string | undefined;
  today?: Date;
}

/** The popup: what this page's numbers are, and tagging them in seconds. */
export function PopupApp({ api, page, sites, openOptions, initialTag, today = new Date() }: Props) {
  const [state, setState] = useState<RegistryState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [description, setDescription] = useState<PageDescription | null>(null);
  const [siteState, setSiteState] = useState<SiteState>('loading');
  const [tagging, setTagging] = useState<{ label: string; existingId?: string } | null>(
    initialTag ? { label: initialTag } : null,
  );
  const [tagError, setTagError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; undo: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const host = page.tab?.host ?? '';

  async function refresh() {
    const [s, st] = await Promise.all([api.getState(), api.getSettings()]);
    if (s.ok) setState(s.value);
    if (st.ok) setSettings(st.value);
    if (!page.tab?.host) return setSiteState('unsupported');
    if (st.ok && !isEnabledOn(st.value, host)) return setSiteState('off');
    const d = await page.describe();
    if (d.ok) {
      setDescription(d.value);
      setSiteState('running');
    } else {
      setSiteState((await page.hasSitePermission()) ? 'not-started' : 'not-allowed');
    }
  }
  useEffect(() => {
    void refresh();
    // The page rescans after a change; ask again once it has had a moment to.
    return api.onChanged(() => void setTimeout(() => void refresh(), 250));
  }, [api, page]);

  const registry = state?.registry;
  const review = useMemo(() => (registry ? reviewRegistry(registry, today) : null), [registry]);
  const foundMetrics = (description?.found ?? [])
    .map((f) => registry?.metrics.find((m) => m.id === f.metricId))
    .filter((m): m is Metric => Boolean(m));
  const candidates = registry ? untaggedLabels(description?.candidates ?? [], registry) : [];
  const hiddenHere = registry && settings ? hiddenMetricsOn(settings, host, registry.metrics) : [];

  async function act(
    action: () => Promise<{ ok: boolean; error?: string }>,
    success: string,
    undo = false,
  ) {
    setBusy(true);
    const r = await action();
    setBusy(false);
    setStatus(
      r.ok ? { text: success, undo } : { text: r.error ?? 'Something went wrong.', undo: false },
    );
    void refresh();
  }

  async function saveTag(input: TagInput) {
    if (!registry) return;
    const tagged = tagMetric(registry, input, today);
    if (!tagged.ok) return setTagError(tagged.error);
    setTagError(null);
    const m = tagged.value;
    const isNew = !registry.metrics.some((known) => known.id === m.id);
    setBusy(true);
    const r = await api.change(isNew ? `Tagging of '${m.name}'` : `Re-tagging of '${m.name}'`, {
      upsertMetrics: [m],
      deleteMetricIds: [],
      upsertObjectives: [],
      deleteObjectiveIds: [],
    });
    setBusy(false);
    if (!r.ok) return setTagError(r.error);
    // Tagging a label here means the person wants its badge here, hidden before or not.
    if (settings && suppressedOn(settings, host).has(m.id))
      await api.saveSettings(showMetricAgain(settings, host, m.id));
    setTagging(null);
    setStatus({
      text: `Tagged “${m.name}” as ${input.role === 'kpi' ? 'a KPI' : input.role}.`,
      undo: true,
    });
  }

  const empty = registry && registry.metrics.length === 0;
  return (
    <main
      class="kl-stack"
      style={{ width: '380px', padding: 'var(--kl-space-4)', gap: 'var(--kl-space-3)' }}
    >
      <header class="kl-row" style={{ justifyContent: 'space-between' }}>
        <h1 style={{ fontSize: 'var(--kl-text-lg)' }}>KPI Lens</h1>
        <span
          class="kl-muted"
          style={{ flex: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {host}
        </span>
        <button type="button" class="kl-button" onClick={() => openOptions()}>
          Registry
        </button>
      </header>
      {status && (
        <div class="kl-notice" role="status" data-testid="popup-status">
          <span style={{ flex: 1 }}>{status.text}</span>
          {status.undo && (
            <button
              type="button"
              class="kl-button"
              disabled={busy}
              onClick={() => void act(() => api.undo(), 'Undone.')}
            >
              Undo
            </button>
          )}
        </div>
      )}
      <SiteNotice
        state={siteState}
        host={host}
        canvasCharts={description?.canvasCharts ?? false}
        busy={busy}
        onEnable={() =>
          void act(
            // The tab's origin, not its bare host: a self-hosted tool on http needs http.
            () => sites.add(page.tab ? new URL(page.tab.url).origin : host),
            `KPI Lens now runs on ${host}. Reload the page if badges do not appear.`,
          ).then(() => page.runHere())
        }
        onRunOnce={() =>
          void act(() => page.runHere(), 'KPI Lens is running on this page until it is reloaded.')
        }
        onTurnOn={() =>
          settings &&
          void act(
            () =>
              api.saveSettings({
                ...settings,
                disabledHosts: settings.disabledHosts.filter((h) => h !== host),
              }),
            `KPI Lens is on again on ${host}.`,
          )
        }
      />
      {empty && !tagging && (
        <div class="kl-stack">
          <p>
            Your registry is empty. Register metrics to see which numbers on your dashboards are
            KPIs.
          </p>
          <button
            type="button"
            class="kl-button kl-button--primary"
            disabled={busy}
            onClick={() => void act(() => api.loadSample(), 'Loaded the sample registry.', true)}
          >
            Try the sample registry
          </button>
          <button type="button" class="kl-button" onClick={() => openOptions()}>
            Import from a teammate
          </button>
        </div>
      )}
      {registry && tagging && (
        <TagForm
          key={tagging.label}
          registry={registry}
          label={tagging.label}
          existingId={tagging.existingId}
          busy={busy}
          error={tagError}
          onEdit={() => setTagError(null)}
          onSave={(input) => void saveTag(input)}
          onCancel={() => (setTagging(null), setTagError(null))}
        />
      )}
      {registry && !tagging && siteState === 'running' && description && (
        <>
          <p data-testid="page-summary">
            <strong>{summarisePage(foundMetrics, candidates.length)}</strong>
          </p>
          {review &&
            pageWarnings(review.findings, foundMetrics).map((f) => (
              <p
                key={`${f.ruleId}-${f.metricId ?? f.team ?? f.objectiveId}`}
                class="kl-muted"
                style={{ color: 'var(--kl-warning)' }}
              >
                ⚠ {f.message.split(': ')[0]}
              </p>
            ))}
          {foundMetrics.length > 0 && (
            <section class="kl-stack" style={{ gap: 'var(--kl-space-1)' }}>
              <h2 style={{ fontSize: 'var(--kl-text-md)' }}>On this page</h2>
              <FoundList
                registry={registry}
                found={description.found}
                today={today}
                onReveal={(id) => void page.reveal(id)}
                onRetag={(m) => setTagging({ label: m.name, existingId: m.id })}
              />
            </section>
          )}
          <BaselineProposals
            api={api}
            metrics={foundMetrics}
            busy={busy}
            onUse={(m, from) =>
              void act(
                () =>
                  api.change(`Baseline of '${m.name}'`, {
                    upsertMetrics: [{ ...m, target: m.target ? { ...m.target, from } : undefined }],
                    deleteMetricIds: [],
                    upsertObjectives: [],
                    deleteObjectiveIds: [],
                  }),
                `${m.name}’s target now starts from ${from}.`,
                true,
              )
            }
          />
          {candidates.length > 0 && (
            <section class="kl-stack" style={{ gap: 'var(--kl-space-1)' }}>
              <h2 style={{ fontSize: 'var(--kl-text-md)' }}>Untagged labels</h2>
              <ul class="kl-list" aria-label="Untagged labels on this page">
                {candidates.slice(0, 8).map((c) => (
                  <li key={c.label}>
                    <button
                      type="button"
                      class="kl-list-item"
                      onClick={() => setTagging({ label: c.label })}
                    >
                      <span style={{ flex: 1 }}>{c.label}</span>
                      <span class="kl-link-text">Tag…</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {settings && hiddenHere.length > 0 && (
            <HiddenHere
              host={host}
              metrics={hiddenHere}
              busy={busy}
              onShow={(m) =>
                void act(
                  () => api.saveSettings(showMetricAgain(settings, host, m.id)),
                  `“${m.name}” shows again on ${host}.`,
                )
              }
            />
          )}
          {settings && (
            <button
              type="button"
              class="kl-link"
              onClick={() =>
                void act(
                  () =>
                    api.saveSettings({
                      ...settings,
                      disabledHosts: [...settings.disabledHosts, host],
                    }),
                  `KPI Lens is off on ${host}.`,
                )
              }
            >
              Turn KPI Lens off on {host}
            </button>
          )}
        </>
      )}
    </main>
  );
}
