/**
 * The tab the popup describes: what KPI Lens found there, scrolling to a metric, and running
 * KPI Lens once on a page it has no standing permission for (activeTab).
 */
import { browser } from 'wxt/browser';
import { err, ok, type Result } from '../result';
import { requestTab } from './client';
import type { PageDescription } from './protocol';

export interface TabInfo {
  id: number;
  url: string;
  host: string;
}

export interface PageApi {
  tab: TabInfo | null;
  describe(): Promise<Result<PageDescription>>;
  reveal(metricId: string): Promise<Result<null>>;
  /** Starts KPI Lens in this tab now (the popup's click grants activeTab). */
  runHere(): Promise<Result<null>>;
  /** Does KPI Lens hold a standing permission for this tab's site? */
  hasSitePermission(): Promise<boolean>;
}

/** The built content script, as WXT names it (entrypoints/analytics.content). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/analytics.js';

export async function findPopupTab(search: string): Promise<TabInfo | null> {
  // Tests and the demo open popup.html?tabId=N to describe a given tab.
  const wanted = Number(new URLSearchParams(search).get('tabId'));
  const tab =
    Number.isInteger(wanted) && wanted > 0
      ? await browser.tabs.get(wanted).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined || !tab.url) return null;
  let host = '';
  try {
    const url = new URL(tab.url);
    // chrome://, extension and store pages: no host, nothing KPI Lens can do there.
    if (url.protocol === 'https:' || url.protocol === 'http:') host = url.hostname;
  } catch {
    // An unreadable URL: treated the same way.
  }
  return { id: tab.id, url: tab.url, host };
}

export function createPageApi(tab: TabInfo | null): PageApi {
  const noTab = err('KPI Lens cannot run on this page.');
  return {
    tab,
    describe: async () => (tab ? requestTab(tab.id, 'page.describe', {}) : noTab),
    reveal: async (metricId) => (tab ? requestTab(tab.id, 'page.reveal', { metricId }) : noTab),
    async runHere() {
      if (!tab) return noTab;
      try {
        await browser.scripting.executeScript({
          target: { tabId: tab.id, allFrames: true },
          files: [CONTENT_SCRIPT_FILE],
        });
        return ok(null);
      } catch (e) {
        return err(
          `KPI Lens could not start on this page (${e instanceof Error ? e.message : String(e)}).`,
        );
      }
    },
    async hasSitePermission() {
      if (!tab?.host) return false;
      const origin = `${new URL(tab.url).protocol}//${tab.host}/*`;
      return browser.permissions.contains({ origins: [origin] }).catch(() => false);
    },
  };
}
