/** The registry as the extension's pages see it: typed calls to the background. */
import type { Result } from '../result';
import type { Registry } from '../registry/schema';
import type { ChangeSet } from '../registry/change-set';
import type { ImportChoices, ImportMode } from '../registry/import-plan';
import type { Settings } from '../settings/settings';
import type { BackupSummary, RegistryState } from '../store/registry-store';
import { onRegistryChanged, request } from './client';
import type { HistoryPoint, ImportOutcome } from './protocol';

export interface RegistryApi {
  getState(): Promise<Result<RegistryState>>;
  importRegistry(args: {
    registry: Registry;
    mode: ImportMode;
    choices: ImportChoices;
    source: string;
  }): Promise<Result<ImportOutcome>>;
  loadSample(): Promise<Result<ImportOutcome>>;
  /** Every editor write; `reason` names it in backups and Undo ("Edit of 'CSAT'"). */
  change(reason: string, change: ChangeSet): Promise<Result<{ revision: number }>>;
  undo(): Promise<Result<{ undone: string }>>;
  listBackups(): Promise<Result<BackupSummary[]>>;
  restoreBackup(id: number): Promise<Result<{ restored: string }>>;
  getSettings(): Promise<Result<Settings>>;
  /** Forgets the values KPI Lens read, everywhere or on one site. */
  clearHistory(site?: string): Promise<Result<{ cleared: number }>>;
  exportHistoryCsv(): Promise<Result<{ csv: string }>>;
  /** The values read so far, per metric, oldest first. */
  history(metricIds: string[]): Promise<Result<Record<string, HistoryPoint[]>>>;
  saveSettings(settings: Settings): Promise<Result<Settings>>;
  /** Returns the function that stops listening. */
  onChanged(listener: () => void): () => void;
}

export function createRegistryApi(): RegistryApi {
  return {
    getState: () => request('registry.get', {}),
    importRegistry: (args) => request('registry.import', args),
    loadSample: () => request('registry.loadSample', {}),
    change: (reason, change) => request('registry.change', { reason, ...change }),
    undo: () => request('registry.undo', {}),
    listBackups: () => request('backups.list', {}),
    restoreBackup: (id) => request('backups.restore', { id }),
    getSettings: () => request('settings.get', {}),
    clearHistory: (site) => request('observations.clear', site ? { site } : {}),
    exportHistoryCsv: () => request('observations.exportCsv', {}),
    history: (metricIds) => request('observations.history', { metricIds }),
    saveSettings: (settings) => request('settings.save', { settings }),
    onChanged: (listener) => onRegistryChanged(() => listener()),
  };
}
