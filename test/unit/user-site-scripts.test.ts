import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/adapters/known-hosts';
import {
  startOnOpenTabs,
  syncUserSiteScripts,
  USER_SITES_SCRIPT_ID,
} from '../../lib/permissions/user-site-scripts';

type Registered = { id: string; matches?: string[] };

/** A stand-in for chrome.scripting's registry of dynamic content scripts. */
function fakeScripting(granted: string[]) {
  const registered = new Map<string, Registered>();
  const b = browser as unknown as Record<string, unknown>;
  b.permissions = { getAll: async () => ({ origins: granted }) };
  b.scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      ids.flatMap((id) => (registered.has(id) ? [registered.get(id)] : [])),
    ),
    registerContentScripts: vi.fn(async (scripts: Registered[]) =>
      scripts.forEach((s) => registered.set(s.id, s)),
    ),
    updateContentScripts: vi.fn(async (scripts: Registered[]) =>
      scripts.forEach((s) => registered.set(s.id, s)),
    ),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      ids.forEach((id) => registered.delete(id)),
    ),
  };
  return { registered, setGranted: (g: string[]) => granted.splice(0, granted.length, ...g) };
}

describe('the content script on the sites a person added', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is registered for exactly the granted user sites, updated and removed as they change', async () => {
    const granted = [...CONTENT_SCRIPT_MATCHES, 'https://metabase.acme.com/*'];
    const { registered, setGranted } = fakeScripting(granted);
    expect(await syncUserSiteScripts('/content-scripts/analytics.js')).toEqual([
      'https://metabase.acme.com/*',
    ]);
    expect(registered.get(USER_SITES_SCRIPT_ID)).toMatchObject({
      js: ['/content-scripts/analytics.js'],
      allFrames: true,
      persistAcrossSessions: true,
    });

    setGranted([...CONTENT_SCRIPT_MATCHES, 'https://metabase.acme.com/*', 'https://bi.acme.io/*']);
    await syncUserSiteScripts('/content-scripts/analytics.js');
    expect(registered.get(USER_SITES_SCRIPT_ID)?.matches).toEqual([
      'https://metabase.acme.com/*',
      'https://bi.acme.io/*',
    ]);

    setGranted([...CONTENT_SCRIPT_MATCHES]);
    await syncUserSiteScripts('/content-scripts/analytics.js');
    expect(registered.has(USER_SITES_SCRIPT_ID)).toBe(false);
  });

  it('starts at once in the open tabs of a site just granted, and nowhere else', async () => {
    const b = browser as unknown as Record<string, unknown>;
    const query = vi.fn(async () => [{ id: 4 }, { id: 9 }]);
    const executeScript = vi.fn(async () => []);
    b.tabs = { query };
    b.scripting = { executeScript };
    expect(
      await startOnOpenTabs('/content-scripts/analytics.js', ['http://metabase.acme.com/*']),
    ).toBe(2);
    expect(query).toHaveBeenCalledWith({ url: ['http://metabase.acme.com/*'] });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 9, allFrames: true },
      files: ['/content-scripts/analytics.js'],
    });

    // A built-in host granted again (a browser setting toggled) is the manifest's business.
    query.mockClear();
    expect(
      await startOnOpenTabs('/content-scripts/analytics.js', [...CONTENT_SCRIPT_MATCHES]),
    ).toBe(0);
    expect(query).not.toHaveBeenCalled();
  });
});
