/**
 * The registry's single writer. Every operation is one IndexedDB transaction with nothing
 * but IndexedDB awaited inside it (awaiting anything else lets the transaction auto-commit
 * half done). Every write keeps a backup of what it replaces (the last 20) so that the last
 * operation can be undone and any recent state restored.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { err, ok, type Result } from '../result';
import type { Registry } from '../registry/schema';
import type { Backup, KpiLensDb } from './db';

export const MAX_BACKUPS = 20;
const ALL_STORES = ['metrics', 'objectives', 'meta', 'backups'] as const;

export interface RegistryState {
  registry: Registry;
  /** Goes up by one with every write; content scripts compare it to know they are stale. */
  revision: number;
  /** What Undo would undo, if anything: the reason of the newest backup. */
  undoLabel: string | undefined;
}

export interface BackupSummary {
  id: number;
  createdAt: string;
  reason: string;
  metricCount: number;
  objectiveCount: number;
}

export class RegistryStore {
  constructor(readonly db: IDBPDatabase<KpiLensDb>) {}

  async read(): Promise<RegistryState> {
    const tx = this.db.transaction(ALL_STORES, 'readonly');
    const [metrics, objectives, name, revision, newest] = await Promise.all([
      tx.objectStore('metrics').getAll(),
      tx.objectStore('objectives').getAll(),
      tx.objectStore('meta').get('registryName'),
      tx.objectStore('meta').get('revision'),
      tx.objectStore('backups').openCursor(null, 'prev'),
    ]);
    await tx.done;
    return {
      registry: { name: typeof name === 'string' ? name : undefined, objectives, metrics },
      revision: typeof revision === 'number' ? revision : 0,
      undoLabel: newest?.value.reason,
    };
  }

  /**
   * Replaces the registry with what `change` makes of the current one, after backing the
   * current one up. `change` runs inside the transaction, so it must be synchronous and pure.
   */
  async write<T>(
    reason: string,
    change: (current: Registry) => Result<{ next: Registry; outcome: T }>,
  ): Promise<Result<T>> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    const [metrics, objectives, name, revision] = await Promise.all([
      tx.objectStore('metrics').getAll(),
      tx.objectStore('objectives').getAll(),
      tx.objectStore('meta').get('registryName'),
      tx.objectStore('meta').get('revision'),
    ]);
    const current: Registry = {
      name: typeof name === 'string' ? name : undefined,
      objectives,
      metrics,
    };
    const changed = change(current);
    if (!changed.ok) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return changed;
    }
    await tx
      .objectStore('backups')
      .add({ createdAt: new Date().toISOString(), reason, registry: current });
    await pruneBackups(tx);
    await replaceRegistry(tx, current, changed.value.next);
    await tx.objectStore('meta').put((typeof revision === 'number' ? revision : 0) + 1, 'revision');
    await tx.done;
    return ok(changed.value.outcome);
  }

  async listBackups(): Promise<BackupSummary[]> {
    const backups = await this.db.getAll('backups');
    return backups.reverse().map((b) => ({
      id: b.id ?? 0,
      createdAt: b.createdAt,
      reason: b.reason,
      metricCount: b.registry.metrics.length,
      objectiveCount: b.registry.objectives.length,
    }));
  }

  /** Puts back the registry as it was before the newest backed-up operation, and drops that backup. */
  async undo(): Promise<Result<string>> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    const newest = await tx.objectStore('backups').openCursor(null, 'prev');
    if (!newest) {
      await tx.done;
      return err('There is nothing to undo.');
    }
    const { reason, registry } = newest.value;
    await newest.delete();
    await replaceRegistry(tx, await readRegistry(tx), registry);
    await bumpRevision(tx);
    await tx.done;
    return ok(reason);
  }

  /** Restores a backup; the registry it replaces is itself backed up first, so this can be undone. */
  async restore(backupId: number): Promise<Result<string>> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    const backup = await tx.objectStore('backups').get(backupId);
    if (!backup) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return err('That backup is no longer kept (only the last 20 are). Pick another one.');
    }
    const label = `Restore of the backup from ${backup.createdAt.slice(0, 16).replace('T', ' ')}`;
    await commitChange(tx, label, await readRegistry(tx), backup.registry);
    return ok(label);
  }
}

type WriteTx = IDBPTransaction<KpiLensDb, typeof ALL_STORES, 'readwrite'>;

async function readRegistry(tx: WriteTx): Promise<Registry> {
  const [metrics, objectives, name] = await Promise.all([
    tx.objectStore('metrics').getAll(),
    tx.objectStore('objectives').getAll(),
    tx.objectStore('meta').get('registryName'),
  ]);
  return { name: typeof name === 'string' ? name : undefined, objectives, metrics };
}

/** Backs `current` up under `reason`, writes `next`, bumps the revision, and commits. */
async function commitChange(
  tx: WriteTx,
  reason: string,
  current: Registry,
  next: Registry,
): Promise<void> {
  await tx
    .objectStore('backups')
    .add({ createdAt: new Date().toISOString(), reason, registry: current });
  await pruneBackups(tx);
  await replaceRegistry(tx, current, next);
  await bumpRevision(tx);
  await tx.done;
}

async function bumpRevision(tx: WriteTx): Promise<void> {
  const revision = await tx.objectStore('meta').get('revision');
  await tx.objectStore('meta').put((typeof revision === 'number' ? revision : 0) + 1, 'revision');
}

/**
 * Makes the stores hold `next`, given that they hold `current`: only records that are not the
 * very objects `current` holds are written, and only missing ones deleted. An inline edit in a
 * registry of thousands writes one record, not thousands (the edits keep unchanged records as
 * they are: see applyChangeSet).
 */
async function replaceRegistry(tx: WriteTx, current: Registry, next: Registry): Promise<void> {
  const metrics = tx.objectStore('metrics');
  const objectives = tx.objectStore('objectives');
  await Promise.all([
    ...storeChanges(
      current.metrics,
      next.metrics,
      (m) => metrics.put(m),
      (id) => metrics.delete(id),
    ),
    ...storeChanges(
      current.objectives,
      next.objectives,
      (o) => objectives.put(o),
      (id) => objectives.delete(id),
    ),
    next.name
      ? tx.objectStore('meta').put(next.name, 'registryName')
      : tx.objectStore('meta').delete('registryName'),
  ]);
}

function storeChanges<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  put: (record: T) => Promise<unknown>,
  remove: (id: string) => Promise<unknown>,
): Promise<unknown>[] {
  const stored = new Map(before.map((r) => [r.id, r]));
  const writes: Promise<unknown>[] = [];
  for (const record of after) {
    if (stored.get(record.id) !== record) writes.push(put(record));
    stored.delete(record.id);
  }
  for (const id of stored.keys()) writes.push(remove(id));
  return writes;
}

async function pruneBackups(tx: WriteTx): Promise<void> {
  const backups = tx.objectStore('backups');
  const keys = await backups.getAllKeys();
  const excess = keys.length - MAX_BACKUPS;
  for (let i = 0; i < excess; i++) await backups.delete(keys[i]!);
}

export type { Backup };
