/** Small read-only views of a registry that several rules share. */
import type { Metric, Registry } from '../schema';

export function kpisOf(registry: Registry): Metric[] {
  return registry.metrics.filter((m) => m.role === 'kpi');
}

export function metricsById(registry: Registry): Map<string, Metric> {
  return new Map(registry.metrics.map((m) => [m.id, m]));
}

export interface Group<T> {
  /** The spelling of the first record seen: "Growth", even if another says "growth". */
  label: string;
  items: T[];
}

/**
 * Groups by free text compared without case or surrounding space, since people type team and
 * owner names by hand ("Growth", "growth "). Items without a key are left out.
 */
export function groupByText<T>(items: readonly T[], key: (item: T) => string | undefined) {
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const label = key(item)?.trim();
    if (!label) continue;
    const folded = label.toLocaleLowerCase();
    const group = groups.get(folded) ?? { label, items: [] };
    group.items.push(item);
    groups.set(folded, group);
  }
  return [...groups.values()];
}

/** `'Bounce rate'`: how messages name a record. */
export function quoted(record: { name: string }): string {
  return `'${record.name}'`;
}

export { plural } from '../../text/plural';
