/**
 * The registry database: IndexedDB in the extension's origin, opened by the background only.
 * Schema changes are upgrade steps appended to UPGRADES, never edits of earlier steps, so a
 * browser holding any earlier version upgrades in order and keeps its data.
 */
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { Metric, Objective, Registry } from '../registry/schema';
import type { Observation } from './observations-store';

export interface Backup {
  id?: number;
  /** ISO time the backup was taken, just before `reason` ran. */
  createdAt: string;
  /** The operation it protects against, in words: "Import of growth.json (replace)". */
  reason: string;
  registry: Registry;
}

export interface KpiLensDb extends DBSchema {
  metrics: { key: string; value: Metric };
  objectives: { key: string; value: Objective };
  /** Small values by name: `registryName`, `revision`, `settings`. */
  meta: { key: string; value: unknown };
  backups: { key: number; value: Backup };
  /** Values read from pages: one per metric, page and day, keyed by those three. */
  observations: {
    key: [string, string, string];
    value: Observation;
    indexes: { 'by-metric': [string, string]; 'by-at': string; 'by-site': string };
  };
}

type UpgradeTx = IDBPTransaction<KpiLensDb, StoreNames<KpiLensDb>[], 'versionchange'>;
type UpgradeStep = (db: IDBPDatabase<KpiLensDb>, tx: UpgradeTx) => void;

const UPGRADES: UpgradeStep[] = [
  // 1: the registry, its name and revision, and the backups taken before destructive writes.
  (db) => {
    db.createObjectStore('metrics', { keyPath: 'id' });
    db.createObjectStore('objectives', { keyPath: 'id' });
    db.createObjectStore('meta');
    db.createObjectStore('backups', { keyPath: 'id', autoIncrement: true });
  },
  // 2: the value history read from dashboards (issue 7); see observations-store.ts.
  (db) => {
    const store = db.createObjectStore('observations', { keyPath: ['metricId', 'page', 'day'] });
    store.createIndex('by-metric', ['metricId', 'at']);
    store.createIndex('by-at', 'at');
    store.createIndex('by-site', 'site');
  },
];

export const DB_VERSION = UPGRADES.length;

export function openRegistryDb(name = 'kpi-lens'): Promise<IDBPDatabase<KpiLensDb>> {
  return openDB<KpiLensDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let step = oldVersion; step < UPGRADES.length; step++) UPGRADES[step]?.(db, tx);
    },
  });
}
