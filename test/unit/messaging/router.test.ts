import { describe, expect, it, vi } from 'vitest';
import { createRouter, type SenderInfo } from '../../../lib/messaging/router';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { SettingsStore } from '../../../lib/store/settings-store';
import { ObservationsStore } from '../../../lib/store/observations-store';
import { createRequestHandlers, snapshotFor } from '../../../lib/store/request-handlers';
import { sampleRegistry } from '../../../lib/registry/sample';
import { compileMatcher, findMatches, packMatcher, unpackMatcher } from '../../../lib/match';
import type { ContentSnapshot } from '../../../lib/messaging/protocol';
import { openTestStore } from '../store/open-test-store';

const EXTENSION = { extensionId: 'kpilens', extensionOrigin: 'chrome-extension://kpilens/' };
const optionsPage: SenderInfo = { id: 'kpilens', url: 'chrome-extension://kpilens/options.html' };
const contentScript: SenderInfo = {
  id: 'kpilens',
  url: 'https://analytics.google.com/analytics/web/',
};
const otherExtension: SenderInfo = {
  id: 'someone-else',
  url: 'chrome-extension://someone-else/page.html',
};

async function setup() {
  const store = await openTestStore();
  const onChanged = vi.fn();
  const route = createRouter(
    createRequestHandlers({
      store,
      settings: new SettingsStore(store.db),
      observations: new ObservationsStore(store.db),
      onChanged,
    }),
    EXTENSION,
  );
  return { store, onChanged, route };
}

describe('the background refuses what it must', () => {
  it('writes from a content script are refused and change nothing', async () => {
    const { route, store, onChanged } = await setup();
    const answer = await route({ name: 'registry.loadSample', payload: {} }, contentScript);
    expect(answer).toEqual({
      ok: false,
      error: 'Changes to the registry can only be made from the KPI Lens popup or options page.',
    });
    expect((await store.read()).revision).toBe(0);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('content scripts may read their snapshot', async () => {
    const { route } = await setup();
    const answer = await route(
      { name: 'snapshot.get', payload: { host: 'analytics.google.com' } },
      contentScript,
    );
    expect(answer).toEqual({
      ok: true,
      value: {
        revision: 0,
        settings: DEFAULT_SETTINGS,
        metrics: [],
        objectives: [],
        matcher: packMatcher(compileMatcher([])),
        matcherId: expect.any(String),
      },
    });
  });

  it('messages from other extensions are refused', async () => {
    const { route } = await setup();
    const answer = await route({ name: 'registry.get', payload: {} }, otherExtension);
    expect(answer.ok).toBe(false);
  });

  it.each([
    [{ name: 'registry.drop', payload: {} }, /does not know/],
    ['hello', /does not know/],
    [
      {
        name: 'registry.import',
        payload: {
          registry: { objectives: [], metrics: [{ id: 1 }] },
          mode: 'merge',
          choices: {},
          source: 'x',
        },
      },
      /malformed "registry.import" request: registry.metrics.0.id must be text/,
    ],
    [
      { name: 'registry.import', payload: { mode: 'upsert' } },
      /malformed "registry.import" request/,
    ],
    [{ name: 'backups.restore', payload: { id: 'one' } }, /malformed "backups.restore"/],
  ])('a malformed message %j is refused with a clear error', async (message, error) => {
    const { route, store } = await setup();
    const answer = await route(message, optionsPage);
    expect(!answer.ok && answer.error).toMatch(error);
    expect((await store.read()).revision).toBe(0);
  });
});

describe('requests from the extension pages', () => {
  it('load the sample, tell everyone, and undo it', async () => {
    const { route, onChanged } = await setup();
    const loaded = await route({ name: 'registry.loadSample', payload: {} }, optionsPage);
    expect(loaded).toMatchObject({
      ok: true,
      value: { metricCount: sampleRegistry().metrics.length },
    });
    expect(onChanged).toHaveBeenCalledTimes(1);
    const undone = await route({ name: 'registry.undo', payload: {} }, optionsPage);
    expect(undone).toEqual({ ok: true, value: { undone: 'Loading the sample registry' } });
    const state = await route({ name: 'registry.get', payload: {} }, optionsPage);
    expect(
      state.ok && (state.value as { registry: { metrics: unknown[] } }).registry.metrics,
    ).toEqual([]);
  });

  it('import in replace mode writes exactly the file, with a backup named after it', async () => {
    const { route, store } = await setup();
    await route({ name: 'registry.loadSample', payload: {} }, optionsPage);
    const registry = { objectives: [], metrics: [{ id: 'x', name: 'X' }] };
    const answer = await route(
      {
        name: 'registry.import',
        payload: { registry, mode: 'replace', choices: {}, source: 'team.json' },
      },
      optionsPage,
    );
    expect(answer).toMatchObject({
      ok: true,
      value: {
        metricCount: 1,
        summary: { metric: { added: 1, removed: 21 }, objective: { added: 0, removed: 4 } },
      },
    });
    expect((await store.listBackups())[0]?.reason).toBe('Import of team.json (replace)');
  });

  it('deleting a metric keeps a backup and can be undone', async () => {
    const { route, store } = await setup();
    await route({ name: 'registry.loadSample', payload: {} }, optionsPage);
    await route({ name: 'metric.delete', payload: { ids: ['followers'] } }, optionsPage);
    expect((await store.read()).registry.metrics.some((m) => m.id === 'followers')).toBe(false);
    await route({ name: 'registry.undo', payload: {} }, optionsPage);
    expect((await store.read()).registry.metrics.some((m) => m.id === 'followers')).toBe(true);
  });
});

describe('value history', () => {
  const reading = {
    at: '2026-11-23T10:00:00.000Z',
    readings: [{ metricId: 'csat', value: 87, unit: '%' }],
  };

  it('records what a content script read, under the sender’s site and page', async () => {
    const { route } = await setup();
    const page = { id: 'kpilens', url: 'https://analytics.google.com/reports/csat?user=dana#top' };
    expect(await route({ name: 'observations.record', payload: reading }, page)).toEqual({
      ok: true,
      value: { recorded: 1 },
    });
    const history = await route(
      { name: 'observations.history', payload: { metricIds: ['csat'] } },
      page,
    );
    expect(history).toEqual({
      ok: true,
      value: { csat: [{ at: '2026-11-23T10:00:00.000Z', value: 87, unit: '%' }] },
    });
  });

  it('records nothing on a site the person opted out of', async () => {
    const { route } = await setup();
    await route(
      {
        name: 'settings.save',
        payload: { settings: { ...DEFAULT_SETTINGS, historyOffHosts: ['google.com'] } },
      },
      optionsPage,
    );
    const page = { id: 'kpilens', url: 'https://analytics.google.com/x' };
    expect(await route({ name: 'observations.record', payload: reading }, page)).toEqual({
      ok: true,
      value: { recorded: 0 },
    });
  });

  it('refuses values that do not come from a web page, and malformed ones', async () => {
    const { route } = await setup();
    expect(await route({ name: 'observations.record', payload: reading }, optionsPage)).toEqual({
      ok: false,
      error: 'Values are recorded only from web pages.',
    });
    const bad = { ...reading, readings: [{ metricId: 'csat', value: 'lots' }] };
    expect((await route({ name: 'observations.record', payload: bad }, contentScript)).ok).toBe(
      false,
    );
  });
});

describe('snapshots', () => {
  it('carry only the metrics that apply on the host', () => {
    const registry = {
      objectives: [],
      metrics: [
        { id: 'all', name: 'All', aliases: [], role: 'metric' as const, sites: [] },
        { id: 'acme', name: 'Acme', aliases: [], role: 'metric' as const, sites: ['acme.com'] },
        { id: 'other', name: 'Other', aliases: [], role: 'metric' as const, sites: ['other.org'] },
      ],
    };
    const ids = (host: string) =>
      snapshotFor({ registry, revision: 3 }, DEFAULT_SETTINGS, host).metrics.map((m) => m.id);
    expect(ids('metabase.acme.com')).toEqual(['all', 'acme']);
    expect(ids('acme.com')).toEqual(['all', 'acme']);
    expect(ids('notacme.com')).toEqual(['all']);
  });

  it("carry the host's names compiled once, which the content script unpacks and matches", async () => {
    const { route } = await setup();
    await route({ name: 'registry.loadSample', payload: {} }, optionsPage);
    const host = 'analytics.google.com';
    const snapshot = async () => {
      const answer = await route({ name: 'snapshot.get', payload: { host } }, contentScript);
      if (!answer.ok) throw new Error(answer.error);
      // What the content script receives: messages travel as JSON.
      return JSON.parse(JSON.stringify(answer.value)) as ContentSnapshot;
    };
    const found = async () =>
      findMatches(unpackMatcher((await snapshot()).matcher)!, 'Followers · CSAT', host).map(
        (hit) => hit.metricId,
      );
    expect(await found()).toEqual(['followers', 'csat']);

    // Compiled once: the next page gets the same packed matcher; a page that has it, none.
    const askSnapshot = async (matcherId?: string) => {
      const answer = await route(
        { name: 'snapshot.get', payload: { host, matcherId } },
        contentScript,
      );
      if (!answer.ok) throw new Error(answer.error);
      return answer.value as ContentSnapshot;
    };
    const first = await askSnapshot();
    const second = await askSnapshot();
    expect(second.matcherId).toBe(first.matcherId);
    expect(second.matcher).toBe(first.matcher);
    const had = await askSnapshot(first.matcherId);
    expect(had.matcher).toBeNull();
    expect(had.metrics).toEqual(first.metrics);
    expect((await askSnapshot('an id from before the background restarted')).matcher).toBe(
      first.matcher,
    );

    await route({ name: 'page.suppress', payload: { metricId: 'followers' } }, contentScript);
    expect(await found()).toEqual(['csat']);
    // Other names on the site now: the page holding the old matcher gets the new one.
    const afterSuppress = await askSnapshot(first.matcherId);
    expect(afterSuppress.matcherId).not.toBe(first.matcherId);
    expect(afterSuppress.matcher).not.toBeNull();

    await route({ name: 'metric.delete', payload: { ids: ['csat'] } }, optionsPage);
    expect(await found()).toEqual([]);

    await route({ name: 'registry.undo', payload: {} }, optionsPage);
    expect(await found()).toEqual(['csat']);

    await route(
      {
        name: 'settings.save',
        payload: { settings: { ...DEFAULT_SETTINGS, disabledHosts: ['google.com'] } },
      },
      optionsPage,
    );
    // Off on the site: its metrics still come (the popup lists them), its matcher is empty.
    expect((await snapshot()).metrics.length).toBeGreaterThan(0);
    expect(unpackMatcher((await snapshot()).matcher)!.termCount).toBe(0);
  });
});
