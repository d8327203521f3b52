/**
 * Writes the registry as a format-v1 file: fixed key order, records sorted by id, two-space
 * indent, so that two exports of similar registries diff line by line.
 */
import {
  REGISTRY_FORMAT,
  REGISTRY_VERSION,
  type Metric,
  type Objective,
  type Registry,
  type Target,
} from './schema';

const OBJECTIVE_KEYS = [
  'id',
  'name',
  'period',
  'owner',
  'perspective',
] as const satisfies readonly (keyof Objective)[];
const TARGET_KEYS = [
  'op',
  'value',
  'unit',
  'from',
  'by',
] as const satisfies readonly (keyof Target)[];
export const METRIC_KEYS = [
  'id',
  'name',
  'aliases',
  'role',
  'northStar',
  'definition',
  'objectiveId',
  'supports',
  'target',
  'owner',
  'team',
  'cadence',
  'lastReviewed',
  'indicator',
  'vanity',
  'sites',
  'notes',
  'updatedAt',
] as const satisfies readonly (keyof Metric)[];

/** Copies the given keys in order, leaving out those not set. */
function pick<T extends object>(record: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) {
    if (record[key] !== undefined) out[key] = record[key];
  }
  return out;
}

/** Records in id order: the order of every file KPI Lens writes. */
export const byId = (a: { id: string }, b: { id: string }) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function toRegistryFile(registry: Registry, exportedAt: Date = new Date()) {
  return {
    format: REGISTRY_FORMAT,
    version: REGISTRY_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...(registry.name ? { name: registry.name } : {}),
    objectives: [...registry.objectives].sort(byId).map((o) => pick(o, OBJECTIVE_KEYS)),
    metrics: [...registry.metrics].sort(byId).map((m) => {
      const record = pick(m, METRIC_KEYS);
      if (m.target) record.target = pick(m.target, TARGET_KEYS) as Target;
      return record;
    }),
  };
}

export function exportRegistryJson(registry: Registry, exportedAt: Date = new Date()): string {
  return `${JSON.stringify(toRegistryFile(registry, exportedAt), null, 2)}\n`;
}

/** A file name a person can tell apart in a downloads folder. */
export function exportFileName(
  registry: Registry,
  extension: 'json' | 'csv',
  on: Date = new Date(),
): string {
  const slug = (registry.name ?? 'registry')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `kpi-lens-${slug || 'registry'}-${on.toISOString().slice(0, 10)}.${extension}`;
}
