/**
 * What the background does for each request. Reads and writes go through the store;
 * the registry logic is the same pure code the pages use for their previews.
 */
import { ok, err, type Result } from '../result';
import { applyImport, planImport, summariseImport } from '../registry/import-plan';
import { applyCheckedChange } from '../registry/check-change';
import { sampleRegistry } from '../registry/sample';
import type { Metric, Registry } from '../registry/schema';
import type { ContentSnapshot, ImportOutcome } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import type { PendingTag } from '../permissions/tag-menu';
import { recordsHistoryOn, suppressedOn, type Settings } from '../settings/settings';
import type { RegistryStore } from './registry-store';
import type { ObservationsStore } from './observations-store';
import type { SettingsStore } from './settings-store';

export interface HandlerDeps {
  store: RegistryStore;
  settings: SettingsStore;
  observations: ObservationsStore;
  /** Tells every tab and page that the registry or settings changed. */
  onChanged: () => void;
  pendingTag?: Pick<PendingTag, 'take'>;
  /** Opens the options page at a hash (`#metric=<id>`); the background owns tabs. */
  openOptions?: (hash: string) => Promise<void>;
}

export function createRequestHandlers({
  store,
  settings,
  observations,
  onChanged,
  pendingTag = { take: () => null },
  openOptions = async () => undefined,
}: HandlerDeps): Handlers {
  /** Changes the sender's site's settings (never the registry), and tells the tabs. */
  const changeSiteSettings = async (
    sender: { url?: string | undefined },
    change: (s: Settings, host: string) => Settings,
  ) => {
    const page = senderPage(sender.url);
    if (!page) return err('Only a web page can change its own display settings.');
    const next = change(await settings.read(), page.site);
    await settings.write(next);
    onChanged();
    return ok(next);
  };
  /** Runs a write and tells every context about it when it succeeded. */
  const written = async <T>(result: Promise<Result<T>>): Promise<Result<T>> => {
    const r = await result;
    if (r.ok) onChanged();
    return r;
  };

  const importRegistry = (
    incoming: Registry,
    mode: 'merge' | 'replace',
    choices: Record<string, 'incoming' | 'current'>,
    reason: string,
  ) =>
    written(
      store.write<ImportOutcome>(reason, (current) => {
        const plan = planImport(current, { registry: incoming, invalid: [] }, mode);
        const next = applyImport(current, plan, choices);
        return ok({
          next,
          outcome: { summary: summariseImport(plan, choices), metricCount: next.metrics.length },
        });
      }),
    );

  return {
    'registry.get': async () => ok(await store.read()),
    'registry.import': ({ registry, mode, choices, source }) =>
      importRegistry(registry, mode, choices, `Import of ${source} (${mode})`),
    'registry.loadSample': () =>
      importRegistry(sampleRegistry(), 'merge', {}, 'Loading the sample registry'),
    'registry.undo': async () => {
      const r = await written(store.undo());
      return r.ok ? ok({ undone: r.value }) : r;
    },
    'metric.save': ({ metric }) =>
      written(
        store.write(`Edit of '${metric.name}'`, (current) => {
          const saved: Metric = { ...metric, updatedAt: new Date().toISOString() };
          const exists = current.metrics.some((m) => m.id === metric.id);
          const metrics = exists
            ? current.metrics.map((m) => (m.id === metric.id ? saved : m))
            : [...current.metrics, saved];
          return ok({ next: { ...current, metrics }, outcome: { id: metric.id } });
        }),
      ),
    'registry.change': async ({ reason, ...change }) => {
      const r = await written(
        store.write(reason, (current) => {
          const next = applyCheckedChange(current, change, new Date());
          return next.ok ? ok({ next: next.value, outcome: null }) : next;
        }),
      );
      return r.ok ? ok({ revision: (await store.read()).revision }) : r;
    },
    'metric.delete': ({ ids }) =>
      written(
        store.write(
          ids.length === 1 ? `Deletion of 1 metric` : `Deletion of ${ids.length} metrics`,
          (current) => {
            const drop = new Set(ids);
            const metrics = current.metrics.filter((m) => !drop.has(m.id));
            if (metrics.length === current.metrics.length)
              return err('Those metrics are no longer in the registry.');
            return ok({
              next: { ...current, metrics },
              outcome: { deleted: current.metrics.length - metrics.length },
            });
          },
        ),
      ),
    'backups.list': async () => ok(await store.listBackups()),
    'backups.restore': async ({ id }) => {
      const r = await written(store.restore(id));
      return r.ok ? ok({ restored: r.value }) : r;
    },
    'settings.get': async () => ok(await settings.read()),
    'popup.takePendingTag': async () => ok({ label: pendingTag.take() }),
    'settings.save': async ({ settings: next }) => {
      await settings.write(next);
      onChanged();
      return ok(next);
    },
    'observations.record': async ({ at, readings }, sender) => {
      const page = senderPage(sender.url);
      if (!page) return err('Values are recorded only from web pages.');
      const current = await settings.read();
      if (!recordsHistoryOn(current, page.site)) return ok({ recorded: 0 });
      for (const r of readings) await observations.record({ ...r, unit: r.unit, ...page, at });
      return ok({ recorded: readings.length });
    },
    'observations.history': async ({ metricIds }) => {
      const entries = await Promise.all(
        metricIds.map(
          async (id) =>
            [
              id,
              (await observations.forMetric(id)).map(({ at, value, unit }) => ({
                at,
                value,
                unit,
              })),
            ] as const,
        ),
      );
      return ok(Object.fromEntries(entries));
    },
    'observations.clear': async ({ site }) => {
      if (site) return ok({ cleared: await observations.clearSite(site) });
      const before = await observations.count();
      await observations.clear();
      return ok({ cleared: before });
    },
    'observations.exportCsv': async () => ok({ csv: await observations.exportCsv() }),
    'options.open': async ({ metricId }) => {
      await openOptions(`#metric=${encodeURIComponent(metricId)}`);
      return ok(null);
    },
    'page.suppress': async ({ metricId }, sender) => {
      const r = await changeSiteSettings(sender, (s, host) => {
        const ids = new Set([...(s.suppressedOnHosts[host] ?? []), metricId]);
        return { ...s, suppressedOnHosts: { ...s.suppressedOnHosts, [host]: [...ids] } };
      });
      return r.ok
        ? ok({ suppressed: r.value.suppressedOnHosts[senderPage(sender.url)!.site]?.length ?? 0 })
        : r;
    },
    'display.setMode': async ({ mode }, sender) =>
      changeSiteSettings(sender, (s) => ({ ...s, badgeMode: mode })),
    'snapshot.get': async ({ host }) =>
      ok(snapshotFor(await store.read(), await settings.read(), host)),
  };
}

/** The metrics that apply on `host` (no `sites`, or a site that is the host or a parent of it). */
export function snapshotFor(
  state: { registry: Registry; revision: number },
  settings: Settings,
  host: string,
): ContentSnapshot {
  const h = host.toLowerCase();
  const applies = (m: Metric) =>
    m.sites.length === 0 ||
    m.sites.some((s) => h === s.toLowerCase() || h.endsWith(`.${s.toLowerCase()}`));
  const suppressed = suppressedOn(settings, host);
  return {
    revision: state.revision,
    settings,
    metrics: state.registry.metrics.filter((m) => applies(m) && !suppressed.has(m.id)),
    objectives: state.registry.objectives,
  };
}

/** The site and page (no query or fragment: they often carry personal data) a content script runs on. */
export function senderPage(url: string | undefined): { site: string; page: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return { site: u.hostname, page: `${u.hostname}${u.pathname}` };
  } catch {
    return null;
  }
}
