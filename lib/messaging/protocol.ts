/**
 * Every message between KPI Lens contexts, one map per direction. A message is
 * `{ name, payload }`; payloads are validated with zod on receipt and every request is
 * answered with a `Result`. Writes come only from the extension's own pages.
 */
import { z } from 'zod';
import type { Candidate } from '../candidates/rank-candidates';
import type { PackedMatcher } from '../match';
import type { ImportSummary } from '../registry/import-plan';
import {
  metricSchema,
  objectiveSchema,
  registrySchema,
  type Metric,
  type Objective,
} from '../registry/schema';
import { BADGE_MODES, settingsSchema, type Settings } from '../settings/settings';
import type { BackupSummary, RegistryState } from '../store/registry-store';

/** Extension pages (options, popup) -> background. */
export const pageRequests = {
  'registry.get': { write: false, payload: z.object({}) },
  'registry.import': {
    write: true,
    payload: z.object({
      registry: registrySchema,
      mode: z.enum(['merge', 'replace']),
      choices: z.record(z.string(), z.enum(['incoming', 'current'])),
      /** Where the records came from, for the backup's label: a file name, "sample". */
      source: z.string().max(200),
    }),
  },
  'registry.loadSample': { write: true, payload: z.object({}) },
  'registry.undo': { write: true, payload: z.object({}) },
  'metric.save': { write: true, payload: z.object({ metric: metricSchema }) },
  /** Every editor write: upserts and deletions in one transaction, backed up under `reason`. */
  'registry.change': {
    write: true,
    payload: z.object({
      reason: z.string().min(1).max(200),
      upsertMetrics: z.array(metricSchema),
      deleteMetricIds: z.array(z.string()),
      upsertObjectives: z.array(objectiveSchema),
      deleteObjectiveIds: z.array(z.string()),
    }),
  },
  'metric.delete': { write: true, payload: z.object({ ids: z.array(z.string()).min(1) }) },
  'backups.list': { write: false, payload: z.object({}) },
  'settings.get': { write: false, payload: z.object({}) },
  /** The label the context menu's "Tag … in KPI Lens" left for the popup, taken once. */
  'popup.takePendingTag': { write: true, payload: z.object({}) },
  'observations.clear': {
    write: true,
    payload: z.object({ site: z.string().max(300).optional() }),
  },
  'observations.exportCsv': { write: false, payload: z.object({}) },
  'settings.save': { write: true, payload: z.object({ settings: settingsSchema }) },
  'backups.restore': { write: true, payload: z.object({ id: z.number().int() }) },
} as const;

/** Content scripts -> background: reads, and the values the page shows (never the registry). */
export const contentRequests = {
  'snapshot.get': {
    write: false,
    payload: z.object({
      host: z.string().max(300),
      /** The matcher the content script has: the snapshot leaves it out when still current. */
      matcherId: z.string().max(100).optional(),
    }),
  },
  /** Values read on the sender's page; its site and page come from the sender, not the payload. */
  'observations.record': {
    write: false,
    payload: z.object({
      at: z.iso.datetime({ offset: true }),
      readings: z
        .array(
          z.object({
            metricId: z.string().min(1).max(200),
            value: z.number().refine(Number.isFinite),
            unit: z.string().max(20).optional(),
          }),
        )
        .max(500),
    }),
  },
  'observations.history': {
    write: false,
    payload: z.object({ metricIds: z.array(z.string().max(200)).max(500) }),
  },
  /** "Edit in KPI Lens" on a badge card: a content script cannot open extension pages itself. */
  'options.open': { write: false, payload: z.object({ metricId: z.string().max(200) }) },
  /**
   * Per-site display choices made on the page itself ("Not this metric here", the display-mode
   * shortcut). They change settings for the sender's site only, never the registry.
   */
  'page.suppress': { write: false, payload: z.object({ metricId: z.string().min(1).max(200) }) },
  'display.setMode': { write: false, payload: z.object({ mode: z.enum(BADGE_MODES) }) },
} as const;

export const requestSpecs = { ...pageRequests, ...contentRequests };

/** Extension pages -> the content script of one tab (`tabs.sendMessage`), answered by its top frame. */
export const tabRequests = {
  'page.describe': { payload: z.object({}) },
  /** Scroll to the first place the metric shows and flash its highlight. */
  'page.reveal': { payload: z.object({ metricId: z.string() }) },
} as const;
export type TabRequestName = keyof typeof tabRequests;

/** What KPI Lens found on a page, for the popup and the demo. */
export interface PageDescription {
  url: string;
  host: string;
  /** Registered metrics found on the page, with how often each shows. */
  found: { metricId: string; count: number }[];
  /** The page draws charts on canvas: only titles and legends outside them can be read. */
  canvasCharts: boolean;
  /** Labels that look like metrics but are not in the registry, likeliest first. */
  candidates: Candidate[];
}

export interface TabResponseMap {
  'page.describe': PageDescription;
  'page.reveal': null;
}
export type TabRequestPayload<N extends TabRequestName> = z.input<
  (typeof tabRequests)[N]['payload']
>;
export type RequestName = keyof typeof requestSpecs;
export type RequestPayload<N extends RequestName> = z.input<(typeof requestSpecs)[N]['payload']>;

export interface ImportOutcome {
  summary: ImportSummary;
  metricCount: number;
}

/** What the metrics of a page need to be badged: the registry as seen from one host. */
export interface ContentSnapshot {
  revision: number;
  settings: Settings;
  metrics: Metric[];
  objectives: Objective[];
  /**
   * Those metrics' names compiled for the scanner (none where KPI Lens is off on the host):
   * compiled once in the background rather than on every page load and in every frame. Null
   * when the request named this `matcherId`: the content script has it (a settings change
   * then sends no megabytes of tables again).
   */
  matcher: PackedMatcher | null;
  matcherId: string;
}

export interface ResponseMap {
  'registry.get': RegistryState;
  'registry.import': ImportOutcome;
  'registry.loadSample': ImportOutcome;
  'registry.undo': { undone: string };
  'metric.save': { id: string };
  'registry.change': { revision: number };
  'metric.delete': { deleted: number };
  'backups.list': BackupSummary[];
  'settings.get': Settings;
  'popup.takePendingTag': { label: string | null };
  'settings.save': Settings;
  'backups.restore': { restored: string };
  'snapshot.get': ContentSnapshot;
  'observations.record': { recorded: number };
  'observations.history': Record<string, HistoryPoint[]>;
  'observations.clear': { cleared: number };
  'observations.exportCsv': { csv: string };
  'options.open': null;
  'page.suppress': { suppressed: number };
  'display.setMode': Settings;
}

/** One reading of a metric's value, for sparklines and pace. */
export interface HistoryPoint {
  at: string;
  value: number;
  unit?: string | undefined;
}

/** Background -> every tab and extension page: the registry changed, fetch a new snapshot. */
export const broadcastSchema = z.object({
  name: z.literal('registry.changed'),
  payload: z.object({ revision: z.number() }),
});
export type RegistryChangedBroadcast = z.infer<typeof broadcastSchema>;

export const envelopeSchema = z.object({ name: z.string(), payload: z.unknown() });
