// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { PageApi } from '../../../lib/messaging/page-api';
import type { RegistryApi } from '../../../lib/messaging/registry-api';
import type { SiteAccessApi } from '../../../lib/permissions/site-access';
import { sampleRegistry } from '../../../lib/registry/sample';
import { err, ok } from '../../../lib/result';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { fire, renderInto } from '../options/render-into';

const state = { registry: sampleRegistry(), revision: 1, undoLabel: undefined };
const api = {
  getState: async () => ok(state),
  getSettings: async () => ok(DEFAULT_SETTINGS),
  onChanged: () => () => undefined,
} as unknown as RegistryApi;

function pageOn(host: string, running: boolean, permitted: boolean): PageApi {
  return {
    tab: { id: 7, url: `https://${host}/dashboard/1`, host },
    describe: async () =>
      running
        ? ok({ url: `https://${host}/`, host, found: [], canvasCharts: true, candidates: [] })
        : err('not running'),
    reveal: async () => ok(null),
    runHere: vi.fn(async () => ok(null)),
    hasSitePermission: async () => permitted,
  };
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('the popup on a site KPI Lens may not run on', () => {
  it('says so and enables it for that one host from a click', async () => {
    const sites = {
      add: vi.fn(async (h: string) => ok(h)),
      list: vi.fn(),
      remove: vi.fn(),
    } as unknown as SiteAccessApi;
    const page = pageOn('metabase.acme.com', false, false);
    const { container } = await renderInto(
      <PopupApp api={api} page={page} sites={sites} openOptions={() => undefined} />,
    );
    await settle();
    expect(container.textContent).toContain('KPI Lens is not allowed on metabase.acme.com yet.');
    const enable = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Enable on metabase.acme.com',
    )!;
    await fire(enable, new MouseEvent('click', { bubbles: true }));
    await settle();
    expect(sites.add).toHaveBeenCalledWith('https://metabase.acme.com');
    expect(page.runHere).toHaveBeenCalled();
  });

  it('on a permitted tab opened before KPI Lens, offers to start now', async () => {
    const page = pageOn('analytics.google.com', false, true);
    const { container } = await renderInto(
      <PopupApp api={api} page={page} sites={{} as SiteAccessApi} openOptions={() => undefined} />,
    );
    await settle();
    expect(container.textContent).toContain('KPI Lens has not started on this tab yet');
  });

  it('says when a page draws its charts on canvas', async () => {
    const { container } = await renderInto(
      <PopupApp
        api={api}
        page={pageOn('app.powerbi.com', true, true)}
        sites={{} as SiteAccessApi}
        openOptions={() => undefined}
      />,
    );
    await settle();
    expect(container.textContent).toContain(
      'This page draws its charts on canvas: KPI Lens reads their titles and legends only.',
    );
  });
});

describe('the popup on a site where metrics are hidden', () => {
  const host = 'analytics.google.com';
  const hidden = { ...DEFAULT_SETTINGS, suppressedOnHosts: { [host]: ['csat'] } };
  const candidate = (label: string) => ({
    label,
    kinds: ['tile-title' as const],
    count: 1,
    score: 5,
  });
  const page: PageApi = {
    ...pageOn(host, true, true),
    describe: async () =>
      ok({
        url: `https://${host}/`,
        host,
        found: [],
        canvasCharts: false,
        // The page badges no CSAT here, so it sees its label as one more untagged label.
        candidates: [candidate('CSAT'), candidate('Revenue per user')],
      }),
  };

  it('lists them with Show again, and offers only labels the registry does not know', async () => {
    const saveSettings = vi.fn(async (s: typeof hidden) => ok(s));
    const hiddenApi = {
      ...api,
      getSettings: async () => ok(hidden),
      saveSettings,
    } as unknown as RegistryApi;
    const { container } = await renderInto(
      <PopupApp
        api={hiddenApi}
        page={page}
        sites={{} as SiteAccessApi}
        openOptions={() => undefined}
      />,
    );
    await settle();
    const list = container.querySelector(`[aria-label="Metrics hidden on ${host}"]`);
    expect(list?.textContent).toBe('CSATShow again');
    const untagged = container.querySelector('[aria-label="Untagged labels on this page"]');
    expect(untagged?.textContent).toBe('Revenue per userTag…');
    await fire(list!.querySelector('button')!, new MouseEvent('click', { bubbles: true }));
    await settle();
    expect(saveSettings).toHaveBeenCalledWith({ ...hidden, suppressedOnHosts: {} });
    expect(container.textContent).toContain(`“CSAT” shows again on ${host}.`);
  });
});
