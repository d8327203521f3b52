/**
 * Runs the content script on the sites the person added (optional host permissions): one
 * registered script whose matches follow the granted origins, persisted across restarts.
 * The background calls this at start and whenever permissions change.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { CONTENT_SCRIPT_MATCHES } from '../adapters/known-hosts';
import { userSiteOrigins } from './site-patterns';

export const USER_SITES_SCRIPT_ID = 'kpi-lens-user-sites';

export async function syncUserSiteScripts(contentScriptFile: string): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = userSiteOrigins(origins, CONTENT_SCRIPT_MATCHES);
  const existing = await browser.scripting.getRegisteredContentScripts({
    ids: [USER_SITES_SCRIPT_ID],
  });
  if (matches.length === 0) {
    if (existing.length > 0)
      await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    return [];
  }
  const script = {
    id: USER_SITES_SCRIPT_ID,
    js: [contentScriptFile],
    matches,
    allFrames: true,
    runAt: 'document_end' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

/**
 * Starts the content script at once in the open tabs of sites just granted. The toolbar
 * popup that asked cannot do it: it closes as soon as the browser's permission prompt takes
 * the focus, so the person would otherwise see no badges until they reload the page.
 */
export async function startOnOpenTabs(
  contentScriptFile: ScriptPublicPath,
  added: string[],
): Promise<number> {
  const origins = userSiteOrigins(added, CONTENT_SCRIPT_MATCHES);
  if (origins.length === 0) return 0;
  const tabs = (await browser.tabs.query({ url: origins })).filter((t) => t.id !== undefined);
  // A tab that already runs it (started "just this once") gets a fresh copy, which stops the old.
  await Promise.all(
    tabs.map((t) =>
      browser.scripting
        .executeScript({ target: { tabId: t.id!, allFrames: true }, files: [contentScriptFile] })
        .catch(() => undefined),
    ),
  );
  return tabs.length;
}
