import { deleteDB, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { sampleRegistry } from '../../../lib/registry/sample';
import { DB_VERSION, openRegistryDb } from '../../../lib/store/db';
import {
  ObservationsStore,
  type ObservationInput,
  type ObservationsStoreOptions,
} from '../../../lib/store/observations-store';
import { RegistryStore } from '../../../lib/store/registry-store';
import { ok } from '../../../lib/result';

let counter = 0;
const freshName = () => `kpi-lens-observations-${++counter}-${Math.random()}`;
// Days by the UTC date of the time: the tests do not depend on the machine's time zone.
const utcDay = (at: string) => at.slice(0, 10);

async function openStore(options: ObservationsStoreOptions = {}) {
  return new ObservationsStore(await openRegistryDb(freshName()), { dayOf: utcDay, ...options });
}

const reading = (
  at: string,
  value: number,
  more: Partial<ObservationInput> = {},
): ObservationInput => ({
  metricId: 'csat',
  site: 'analytics.example.com',
  page: 'analytics.example.com/overview',
  value,
  unit: '%',
  at,
  ...more,
});

describe('the observations store', () => {
  it('keeps one reading per metric, page and day: the later one', async () => {
    const store = await openStore();
    await store.record(reading('2026-11-20T09:00:00.000Z', 86));
    await store.record(reading('2026-11-20T17:00:00.000Z', 87));
    await store.record(reading('2026-11-20T12:00:00.000Z', 80)); // arrives late: older, ignored
    await store.record(reading('2026-11-21T09:00:00.000Z', 88));
    const history = await store.forMetric('csat');
    expect(history.map((o) => [o.day, o.value])).toEqual([
      ['2026-11-20', 87],
      ['2026-11-21', 88],
    ]);
  });

  it('keeps readings of the same metric on different pages apart, and other metrics out', async () => {
    const store = await openStore();
    await store.record(reading('2026-11-20T09:00:00.000Z', 87));
    await store.record(
      reading('2026-11-20T10:00:00.000Z', 85, { page: 'analytics.example.com/support' }),
    );
    await store.record(reading('2026-11-20T10:00:00.000Z', 21.4, { metricId: 'trial-to-paid' }));
    expect((await store.forMetric('csat')).map((o) => o.page)).toEqual([
      'analytics.example.com/overview',
      'analytics.example.com/support',
    ]);
    expect(await store.forMetric('cs')).toEqual([]); // a prefix of an id is another metric
  });

  it(`drops readings older than the age limit`, async () => {
    const store = await openStore({ maxAgeDays: 400 });
    await store.record(reading('2025-10-01T09:00:00.000Z', 70));
    await store.record(reading('2025-10-20T09:00:00.000Z', 75));
    await store.record(reading('2026-11-20T09:00:00.000Z', 87)); // 400 days after 2025-10-16
    expect((await store.forMetric('csat')).map((o) => o.day)).toEqual(['2025-10-20', '2026-11-20']);
  });

  it('drops the oldest readings beyond the row limit', async () => {
    const store = await openStore({ maxRows: 3 });
    for (let day = 10; day < 15; day++)
      await store.record(reading(`2026-11-${day}T09:00:00.000Z`, day));
    expect((await store.forMetric('csat')).map((o) => o.value)).toEqual([12, 13, 14]);
    expect(await store.count()).toBe(3);
  });

  it('clears everything, or one site', async () => {
    const store = await openStore();
    await store.record(reading('2026-11-20T09:00:00.000Z', 87));
    await store.record(
      reading('2026-11-20T09:00:00.000Z', 5, { site: 'other.example', page: 'other.example/' }),
    );
    expect(await store.clearSite('other.example')).toBe(1);
    expect((await store.forMetric('csat')).map((o) => o.site)).toEqual(['analytics.example.com']);
    await store.clear();
    expect(await store.count()).toBe(0);
  });

  it('exports the history as CSV, oldest first, with formulas neutralised', async () => {
    const store = await openStore();
    await store.record(reading('2026-11-21T09:00:00.000Z', 88));
    await store.record(
      reading('2026-11-20T09:00:00.000Z', -3.1, { metricId: '=cmd()', unit: undefined }),
    );
    expect(await store.exportCsv()).toBe(
      'metric_id,site,page,day,at,value,unit\r\n' +
        "'=cmd(),analytics.example.com,analytics.example.com/overview,2026-11-20,2026-11-20T09:00:00.000Z,-3.1,\r\n" +
        'csat,analytics.example.com,analytics.example.com/overview,2026-11-21,2026-11-21T09:00:00.000Z,88,%\r\n',
    );
  });

  it('counts days in the local calendar by default', async () => {
    const store = new ObservationsStore(await openRegistryDb(freshName()));
    const at = new Date(2026, 10, 20, 23, 30).toISOString(); // 23:30 local time
    expect((await store.record(reading(at, 87))).day).toBe('2026-11-20');
  });
});

describe('upgrading a version 1 database', () => {
  it('adds the observations store and keeps the registry', async () => {
    const name = freshName();
    // Version 1 exactly as it shipped: the registry stores, with a registry written into them.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('metrics', { keyPath: 'id' });
        db.createObjectStore('objectives', { keyPath: 'id' });
        db.createObjectStore('meta');
        db.createObjectStore('backups', { keyPath: 'id', autoIncrement: true });
      },
    });
    const sample = sampleRegistry();
    for (const m of sample.metrics) await v1.put('metrics', m);
    for (const o of sample.objectives) await v1.put('objectives', o);
    await v1.put('meta', 7, 'revision');
    v1.close();

    const db = await openRegistryDb(name);
    expect(db.version).toBe(DB_VERSION);
    const state = await new RegistryStore(db).read();
    expect(state.revision).toBe(7);
    expect(state.registry.metrics).toHaveLength(sample.metrics.length);
    expect(state.registry.objectives).toHaveLength(sample.objectives.length);

    const observations = new ObservationsStore(db, { dayOf: utcDay });
    await observations.record(reading('2026-11-20T09:00:00.000Z', 87));
    expect(await observations.count()).toBe(1);
    // The registry still writes as before, next to the new store.
    const written = await new RegistryStore(db).write('touch', (r) =>
      ok({ next: r, outcome: null }),
    );
    expect(written.ok).toBe(true);
    db.close();
    await deleteDB(name);
  });
});
