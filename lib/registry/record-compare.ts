import { toRegistryFile } from './export-json';
import type { Metric, Objective } from './schema';

/** Same content, whatever the key order and the edit time. */
export function recordsEqual(a: Metric | Objective, b: Metric | Objective): boolean {
  return canonical(a) === canonical(b);
}

function canonical(record: Metric | Objective): string {
  const isMetric = 'role' in record;
  const file = toRegistryFile(
    isMetric
      ? { objectives: [], metrics: [{ ...record, updatedAt: undefined }] }
      : { objectives: [record], metrics: [] },
    new Date(0),
  );
  return JSON.stringify(isMetric ? file.metrics[0] : file.objectives[0]);
}

/** Was `a` edited after `b`? A record with no (or an unreadable) `updatedAt` is the oldest. */
export function isNewer(
  a: { updatedAt?: string | undefined },
  b: { updatedAt?: string | undefined },
): boolean {
  return editTime(a) > editTime(b);
}

function editTime(record: { updatedAt?: string | undefined }): number {
  const t = record.updatedAt ? Date.parse(record.updatedAt) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}
