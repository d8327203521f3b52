import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRegistryCsv, parseRegistryCsv } from '../../../lib/registry/csv';
import { exportRegistryJson } from '../../../lib/registry/export-json';
import { parseRegistryJson } from '../../../lib/registry/parse-file';
import { createRouter } from '../../../lib/messaging/router';
import { SettingsStore } from '../../../lib/store/settings-store';
import { ObservationsStore } from '../../../lib/store/observations-store';
import { createRequestHandlers } from '../../../lib/store/request-handlers';
import { openTestStore } from '../store/open-test-store';
import { registryArb } from './arbitraries';
import { inIdOrder } from './helpers';

describe('round trips (property-based)', () => {
  it('JSON: export then import gives back an identical registry', () => {
    fc.assert(
      fc.property(registryArb, (registry) => {
        const parsed = parseRegistryJson(exportRegistryJson(registry));
        if (!parsed.ok) throw new Error(parsed.error);
        expect(parsed.value.invalid).toEqual([]);
        expect(inIdOrder(parsed.value.registry)).toEqual(inIdOrder(registry));
      }),
      { numRuns: 200 },
    );
  });

  it('CSV: export then import gives back identical metrics and the objectives they use', () => {
    fc.assert(
      fc.property(registryArb, (registry) => {
        const parsed = parseRegistryCsv(exportRegistryCsv(registry), registry.objectives);
        if (!parsed.ok) throw new Error(parsed.error);
        expect(parsed.value.invalid).toEqual([]);
        const used = new Set(registry.metrics.map((m) => m.objectiveId));
        expect(inIdOrder(parsed.value.registry)).toEqual(
          inIdOrder({
            name: undefined,
            metrics: registry.metrics,
            objectives: registry.objectives.filter((o) => used.has(o.id)),
          }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('any text at all parses to records or to a sentence, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .jsonValue()
            .map((v) => JSON.stringify({ format: 'kpi-lens.registry', version: 1, metrics: [v] })),
        ),
        (text) => {
          const parsed = parseRegistryJson(text);
          if (!parsed.ok) expect(parsed.error).toMatch(/\.\s*$|again|Pick|Update/);
          else for (const r of parsed.value.invalid) expect(r.reasons.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rejections leave the store unchanged (property-based)', () => {
  const EXT = { extensionId: 'kpilens', extensionOrigin: 'chrome-extension://kpilens/' };
  const page = { id: 'kpilens', url: 'chrome-extension://kpilens/options.html' };

  it('a malformed import payload writes nothing', async () => {
    const store = await openTestStore();
    const route = createRouter(
      createRequestHandlers({
        store,
        settings: new SettingsStore(store.db),
        observations: new ObservationsStore(store.db),
        onChanged: () => undefined,
      }),
      EXT,
    );
    await route({ name: 'registry.loadSample', payload: {} }, page);
    const before = await store.read();
    const backups = await store.listBackups();
    await fc.assert(
      fc.asyncProperty(
        fc.anything(),
        fc.constantFrom('merge', 'replace', 'upsert', 7),
        async (junk, mode) => {
          const answer = await route(
            {
              name: 'registry.import',
              payload: {
                registry: { objectives: [], metrics: [junk] },
                mode,
                choices: {},
                source: 'junk',
              },
            },
            page,
          );
          if (!answer.ok) {
            expect(await store.read()).toEqual(before);
            expect(await store.listBackups()).toEqual(backups);
          } else {
            await store.undo();
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
