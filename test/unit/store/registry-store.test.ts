import { describe, expect, it, vi } from 'vitest';
import { applyChangeSet, emptyChangeSet } from '../../../lib/registry/change-set';
import { err, ok } from '../../../lib/result';
import { sampleRegistry } from '../../../lib/registry/sample';
import type { Registry } from '../../../lib/registry/schema';
import { MAX_BACKUPS } from '../../../lib/store/registry-store';
import { inIdOrder } from '../registry/helpers';
import { openTestStore } from './open-test-store';

const one = (id: string): Registry => ({
  objectives: [],
  metrics: [{ id, name: id, aliases: [], role: 'metric', sites: [] }],
});

describe('the registry store', () => {
  it('starts empty, at revision 0, with nothing to undo', async () => {
    const store = await openTestStore();
    expect(await store.read()).toEqual({
      registry: { name: undefined, objectives: [], metrics: [] },
      revision: 0,
      undoLabel: undefined,
    });
  });

  it('writes a whole registry and reads it back', async () => {
    const store = await openTestStore();
    const sample = sampleRegistry();
    await store.write('Loading the sample registry', () => ok({ next: sample, outcome: null }));
    const state = await store.read();
    expect(inIdOrder(state.registry)).toEqual(inIdOrder(sample));
    expect(state.revision).toBe(1);
    expect(state.undoLabel).toBe('Loading the sample registry');
  });

  it('a refused change writes nothing, not even a backup', async () => {
    const store = await openTestStore();
    await store.write('first', () => ok({ next: one('a'), outcome: null }));
    const before = await store.read();
    const result = await store.write('bad', () => err('no'));
    expect(result).toEqual({ ok: false, error: 'no' });
    expect(await store.read()).toEqual(before);
    expect(await store.listBackups()).toHaveLength(1);
  });

  it('undo puts back what the last operation replaced, step by step', async () => {
    const store = await openTestStore();
    await store.write('add a', () => ok({ next: one('a'), outcome: null }));
    await store.write('replace with b', () => ok({ next: one('b'), outcome: null }));
    expect(await store.undo()).toEqual({ ok: true, value: 'replace with b' });
    expect((await store.read()).registry.metrics.map((m) => m.id)).toEqual(['a']);
    expect(await store.undo()).toEqual({ ok: true, value: 'add a' });
    expect((await store.read()).registry.metrics).toEqual([]);
    expect(await store.undo()).toEqual({ ok: false, error: 'There is nothing to undo.' });
  });

  it(`keeps the last ${MAX_BACKUPS} backups, newest first`, async () => {
    const store = await openTestStore();
    for (let i = 0; i < MAX_BACKUPS + 5; i++)
      await store.write(`edit ${i}`, () => ok({ next: one(`m${i}`), outcome: null }));
    const backups = await store.listBackups();
    expect(backups).toHaveLength(MAX_BACKUPS);
    expect(backups[0]?.reason).toBe(`edit ${MAX_BACKUPS + 4}`);
    expect(backups.at(-1)?.reason).toBe('edit 5');
  });

  it('restoring a backup is itself undoable', async () => {
    const store = await openTestStore();
    await store.write('add a', () => ok({ next: one('a'), outcome: null }));
    await store.write('add b', () => ok({ next: one('b'), outcome: null }));
    const oldest = (await store.listBackups()).at(-1)!;
    const restored = await store.restore(oldest.id);
    expect(restored.ok).toBe(true);
    expect((await store.read()).registry.metrics).toEqual([]);
    await store.undo();
    expect((await store.read()).registry.metrics.map((m) => m.id)).toEqual(['b']);
  });

  it('a backup that is gone gets a clear message', async () => {
    const store = await openTestStore();
    expect(await store.restore(999)).toEqual({
      ok: false,
      error: expect.stringMatching(/no longer kept/),
    });
  });
});

describe('the database', () => {
  it('keeps the registry across a close and reopen (the service worker restarts often)', async () => {
    const { openRegistryDb } = await import('../../../lib/store/db');
    const { RegistryStore } = await import('../../../lib/store/registry-store');
    const db = await openRegistryDb('kpi-lens-reopen');
    await new RegistryStore(db).write('add a', () => ok({ next: one('a'), outcome: null }));
    db.close();
    const reopened = new RegistryStore(await openRegistryDb('kpi-lens-reopen'));
    expect((await reopened.read()).registry.metrics.map((m) => m.id)).toEqual(['a']);
    expect((await reopened.listBackups()).map((b) => b.reason)).toEqual(['add a']);
  });

  it('an edit writes the records it changed and deletes the ones it dropped, not the whole registry', async () => {
    const store = await openTestStore();
    const sample = sampleRegistry();
    await store.write('sample', () => ok({ next: sample, outcome: null }));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const remove = vi.spyOn(IDBObjectStore.prototype, 'delete');
    try {
      await store.write('edit', (current) => {
        const change = emptyChangeSet();
        change.upsertMetrics = [
          { ...current.metrics.find((m) => m.id === 'sessions')!, owner: 'Lee' },
        ];
        change.deleteMetricIds = ['followers'];
        return ok({ next: applyChangeSet(current, change, new Date(2026, 10, 23)), outcome: null });
      });
      // Records written: the edited metric only (the backup is added, the revision is a number).
      const written = put.mock.calls
        .map(([value]) => value as { id?: unknown })
        .filter((value) => typeof value === 'object' && value !== null && 'id' in value)
        .map((value) => value.id);
      expect(written).toEqual(['sessions']);
      expect(remove.mock.calls.map(([key]) => key)).toContain('followers');
    } finally {
      put.mockRestore();
      remove.mockRestore();
    }
    const { registry } = await store.read();
    expect(registry.metrics.find((m) => m.id === 'sessions')?.owner).toBe('Lee');
    expect(registry.metrics.some((m) => m.id === 'followers')).toBe(false);
    expect(registry.metrics).toHaveLength(sample.metrics.length - 1);
    // Undo puts every record back as it was.
    await store.undo();
    expect(inIdOrder((await store.read()).registry)).toEqual(inIdOrder(sample));
  });
});
