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
