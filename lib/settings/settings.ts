/** The person's display settings: how badges show, in which theme, and where KPI Lens is off. */
import { z } from 'zod';

export const BADGE_MODES = ['full', 'compact', 'off'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export const settingsSchema = z.object({
  /** Full badges, compact dots, or none (highlights only). */
  badgeMode: z.enum(BADGE_MODES).default('full'),
  theme: z.enum(THEMES).default('system'),
  /** Hosts where the person turned KPI Lens off. */
  disabledHosts: z.array(z.string().trim().toLowerCase().min(1).max(253)).max(1000).default([]),
  /** "Not this metric here": metric ids the person suppressed, by host. */
  suppressedOnHosts: z
    .record(z.string().max(253), z.array(z.string().max(200)).max(1000))
    .default({}),
  /** Keep a private history of the values pages show (never leaves the browser). */
  recordHistory: z.boolean().default(true),
  /** Hosts whose values are never recorded. */
  historyOffHosts: z.array(z.string().trim().toLowerCase().min(1).max(253)).max(1000).default([]),
});

export type Settings = z.output<typeof settingsSchema>;
export type BadgeMode = Settings['badgeMode'];

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Reads stored settings leniently: anything unreadable falls back to the default. */
export function readSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function isEnabledOn(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  return !settings.disabledHosts.some((d) => h === d || h.endsWith(`.${d}`));
}

export function recordsHistoryOn(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  return (
    settings.recordHistory && !settings.historyOffHosts.some((d) => h === d || h.endsWith(`.${d}`))
  );
}

/** Metric ids suppressed on a host ("Not this metric here"). */
export function suppressedOn(settings: Settings, host: string): ReadonlySet<string> {
  return new Set(settings.suppressedOnHosts[host.toLowerCase()] ?? []);
}
