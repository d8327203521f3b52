import { browser } from 'wxt/browser';
import { log } from '@/lib/log';
import { createRouter } from '@/lib/messaging/router';
import { createTagMenu, listenToTagMenu } from '@/lib/permissions/tag-menu';
import { startOnOpenTabs, syncUserSiteScripts } from '@/lib/permissions/user-site-scripts';
import type { RegistryChangedBroadcast } from '@/lib/messaging/protocol';
import { openRegistryDb } from '@/lib/store/db';
import { RegistryStore } from '@/lib/store/registry-store';
import { ObservationsStore } from '@/lib/store/observations-store';
import { SettingsStore } from '@/lib/store/settings-store';
import { createRequestHandlers } from '@/lib/store/request-handlers';

export default defineBackground(() => {
  const db = openRegistryDb();
  const store = db.then((d) => new RegistryStore(d));
  const settings = db.then((d) => new SettingsStore(d));

  /** Tells every tab's content script and every open extension page to fetch a fresh snapshot. */
  async function broadcastChange(): Promise<void> {
    const { revision } = await (await store).read();
    const message: RegistryChangedBroadcast = { name: 'registry.changed', payload: { revision } };
    // Pages with no listener reject; that only means nobody needs to know.
    browser.runtime.sendMessage(message).catch(() => undefined);
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    }
  }

  const tagMenu = listenToTagMenu();
  const handlers = Promise.all([db, store, settings]).then(([d, s, st]) =>
    createRequestHandlers({
      store: s,
      settings: st,
      observations: new ObservationsStore(d),
      onChanged: () => void broadcastChange(),
      pendingTag: tagMenu,
      openOptions: async (hash) => {
        await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
      },
    }),
  );
  const route = handlers.then((h) =>
    createRouter(h, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
    }),
  );

  browser.runtime.onMessage.addListener((message, sender) => {
    // Broadcasts travel through the same channel; only requests are answered here.
    if ((message as { name?: unknown })?.name === 'registry.changed') return undefined;
    return route.then((r) => r(message, sender));
  });

  // The content script as WXT names it in the build (entrypoints/analytics.content).
  const contentScript = '/content-scripts/analytics.js';
  const syncSites = () => void syncUserSiteScripts(contentScript).catch(log.warn);
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    syncSites();
    void startOnOpenTabs(contentScript, origins).catch(log.warn);
  });
  browser.permissions.onRemoved.addListener(syncSites);
  syncSites();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    createTagMenu();
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
});
