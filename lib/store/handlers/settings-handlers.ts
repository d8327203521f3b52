/** Display settings, per-site choices made on a page, and the little the popup asks the background for. */
import { err, ok } from '../../result';
import { isEnabledOn, type Settings } from '../../settings/settings';
import type { HandlerGroup } from './deps';
import { packedMatchers } from './packed-matchers';
import { senderPage } from './sender-page';
import { snapshotFor } from './snapshot';

type SettingsRequests =
  | 'settings.get'
  | 'settings.save'
  | 'page.suppress'
  | 'display.setMode'
  | 'snapshot.get'
  | 'options.open'
  | 'popup.takePendingTag';

export const settingsHandlers: HandlerGroup<SettingsRequests> = ({
  store,
  settings,
  onChanged,
  openOptions,
  pendingTag,
}) => {
  const matcherFor = packedMatchers();
  const save = async (next: Settings) => {
    await settings.write(next);
    onChanged();
    return ok(next);
  };
  /** Changes the sender's site's settings (never the registry). */
  const changeSiteSettings = async (
    sender: { url?: string | undefined },
    change: (s: Settings, host: string) => Settings,
  ) => {
    const page = senderPage(sender.url);
    if (!page) return err('Only a web page can change its own display settings.');
    return save(change(await settings.read(), page.site));
  };

  return {
    'settings.get': async () => ok(await settings.read()),
    'settings.save': ({ settings: next }) => save(next),
    'page.suppress': async ({ metricId }, sender) => {
      let count = 0;
      const r = await changeSiteSettings(sender, (s, host) => {
        const ids = [...new Set([...(s.suppressedOnHosts[host] ?? []), metricId])];
        count = ids.length;
        return { ...s, suppressedOnHosts: { ...s.suppressedOnHosts, [host]: ids } };
      });
      return r.ok ? ok({ suppressed: count }) : r;
    },
    'display.setMode': ({ mode }, sender) =>
      changeSiteSettings(sender, (s) => ({ ...s, badgeMode: mode })),
    'snapshot.get': async ({ host, matcherId }) => {
      const snapshot = snapshotFor(await store.read(), await settings.read(), host);
      const names = isEnabledOn(snapshot.settings, host) ? snapshot.metrics : [];
      const { id, packed } = matcherFor(snapshot.revision, names);
      return ok({ ...snapshot, matcherId: id, matcher: id === matcherId ? null : packed });
    },
    'options.open': async ({ metricId }) => {
      await openOptions(`#metric=${encodeURIComponent(metricId)}`);
      return ok(null);
    },
    'popup.takePendingTag': async () => ok({ label: pendingTag.take() }),
  };
};
