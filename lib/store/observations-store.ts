/**
 * The value history: what each metric's value was on each page, at most one observation per
 * metric, page and day (a later reading that day replaces it). Background only; values never
 * leave the browser except through `exportCsv`, which the user asks for.
 *
 * Retention: observations older than MAX_AGE_DAYS (400: a year back plus a quarter, enough for
 * year-on-year and a yearly target's baseline) are dropped, and beyond MAX_ROWS (50,000: about
 * 135 metrics read every day for a year, a few MB) the oldest go first. Both are enforced on
 * every write, with "now" taken from the observation itself, so no clock is read here.
 */
import Papa from 'papaparse';
import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { neutraliseFormula } from '../registry/csv-cells';
import type { KpiLensDb } from './db';

export const MAX_AGE_DAYS = 400;
export const MAX_ROWS = 50_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ObservationInput {
  metricId: string;
  /** The page's host: `analytics.google.com`. */
  site: string;
  /** The page without query or fragment: `analytics.google.com/reports/snapshot`. */
  page: string;
  value: number;
  unit: string | undefined;
  /** ISO time of the reading. */
  at: string;
}

export interface Observation extends ObservationInput {
  /** The user's calendar day of `at` (`2026-11-22`): the third part of the key. */
  day: string;
}

/** The local calendar day of an ISO time: a reading at 23:30 belongs to that evening's day. */
export function localDay(at: string): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const CSV_HEADER = ['metric_id', 'site', 'page', 'day', 'at', 'value', 'unit'] as const;

export interface ObservationsStoreOptions {
  /** How a time maps to a day; tests inject one so they do not depend on the time zone. */
  dayOf?: (at: string) => string;
  maxAgeDays?: number;
  maxRows?: number;
}

type WriteStore = IDBPObjectStore<KpiLensDb, ['observations'], 'observations', 'readwrite'>;

export class ObservationsStore {
  private readonly dayOf: (at: string) => string;
  private readonly maxAgeDays: number;
  private readonly maxRows: number;

  constructor(
    readonly db: IDBPDatabase<KpiLensDb>,
    options: ObservationsStoreOptions = {},
  ) {
    this.dayOf = options.dayOf ?? localDay;
    this.maxAgeDays = options.maxAgeDays ?? MAX_AGE_DAYS;
    this.maxRows = options.maxRows ?? MAX_ROWS;
  }

  /**
   * Keeps a reading: replaces that day's earlier reading for the same metric and page, keeps
   * the stored one if it is later (messages can arrive out of order). Returns what is stored.
   */
  async record(input: ObservationInput): Promise<Observation> {
    const observation: Observation = { ...input, day: this.dayOf(input.at) };
    const tx = this.db.transaction('observations', 'readwrite');
    const key: [string, string, string] = [input.metricId, input.page, observation.day];
    const existing = await tx.store.get(key);
    const kept = existing && existing.at > observation.at ? existing : observation;
    if (kept === observation) await tx.store.put(observation);
    await this.prune(tx.store, observation.at);
    await tx.done;
    return kept;
  }

  /** Drops what is past the age limit at `now`, then the oldest beyond the row limit. */
  private async prune(store: WriteStore, now: string): Promise<void> {
    const oldest = new Date(Date.parse(now) - this.maxAgeDays * DAY_MS).toISOString();
    const index = store.index('by-at');
    for (
      let c = await index.openCursor(IDBKeyRange.upperBound(oldest, true));
      c;
      c = await c.continue()
    )
      await c.delete();
    let excess = (await store.count()) - this.maxRows;
    for (let c = excess > 0 ? await index.openCursor() : null; c && excess > 0; excess--) {
      await c.delete();
      c = await c.continue();
    }
  }

  /** A metric's history on every page, oldest first. */
  async forMetric(metricId: string): Promise<Observation[]> {
    const range = IDBKeyRange.bound([metricId, ''], [metricId, '\uffff']);
    return this.db.getAllFromIndex('observations', 'by-metric', range);
  }

  /** Forgets everything ("Clear history"). */
  async clear(): Promise<void> {
    await this.db.clear('observations');
  }

  /** Forgets one site's history, when the user stops reading values there. */
  async clearSite(site: string): Promise<number> {
    const tx = this.db.transaction('observations', 'readwrite');
    let removed = 0;
    for (let c = await tx.store.index('by-site').openCursor(site); c; c = await c.continue()) {
      await c.delete();
      removed += 1;
    }
    await tx.done;
    return removed;
  }

  async count(): Promise<number> {
    return this.db.count('observations');
  }

  /** "Export history as CSV": every observation, oldest first, formulas neutralised. */
  async exportCsv(): Promise<string> {
    const all = await this.db.getAllFromIndex('observations', 'by-at');
    const rows = all.map((o) =>
      [o.metricId, o.site, o.page, o.day, o.at, String(o.value), o.unit ?? ''].map(
        neutraliseFormula,
      ),
    );
    // CRLF line ends open cleanly in Excel, Sheets and Numbers alike (as the registry export).
    return `${Papa.unparse({ fields: [...CSV_HEADER], data: rows }, { newline: '\r\n' })}\r\n`;
  }
}
