/** Display settings, kept beside the registry (not part of it: they are never exported). */
import type { IDBPDatabase } from 'idb';
import { readSettings, type Settings } from '../settings/settings';
import type { KpiLensDb } from './db';

export class SettingsStore {
  constructor(private readonly db: IDBPDatabase<KpiLensDb>) {}

  async read(): Promise<Settings> {
    return readSettings(await this.db.get('meta', 'settings'));
  }

  async write(settings: Settings): Promise<void> {
    await this.db.put('meta', settings, 'settings');
  }
}
