/**
 * Runs the content script on the sites the person added (optional host permissions): one
 * registered script whose matches follow the granted origins, persisted across restarts.
 * The background calls this at start and whenever permissions change.
 */
import { browser } from 'wxt/browser';
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
