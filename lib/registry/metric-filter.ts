/** Search, filters and sorting of the editor's metric table (pure, so it is tested as a table). */
import type { Metric } from './schema';

export interface MetricQuery {
  /** Matched against names and aliases, ignoring case and accents. */
  search: string;
  role: string;
  team: string;
  owner: string;
  objectiveId: string;
  indicator: string;
  /** '' any, 'problems' with at least one health finding, 'ok' with none. */
  health: '' | 'problems' | 'ok';
}

export type SortKey = 'name' | 'role' | 'owner' | 'team' | 'updatedAt';
export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

export const EMPTY_QUERY: MetricQuery = {
  search: '',
  role: '',
  team: '',
  owner: '',
  objectiveId: '',
  indicator: '',
  health: '',
};

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The `(none)` option of a filter matches records where the field is not set. */
export const NONE = '\u0000none';

function fieldMatches(value: string | undefined, wanted: string): boolean {
  if (wanted === '') return true;
  if (wanted === NONE) return value === undefined || value === '';
  return value === wanted;
}

export function filterMetrics(
  metrics: readonly Metric[],
  query: MetricQuery,
  problemCount: (id: string) => number,
): Metric[] {
  const words = fold(query.search).split(/\s+/).filter(Boolean);
  return metrics.filter((m) => {
    if (words.length) {
      const haystack = fold([m.name, ...m.aliases, m.id].join(' '));
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    if (query.role && (query.role === 'northStar' ? !m.northStar : m.role !== query.role))
      return false;
    if (!fieldMatches(m.team, query.team) || !fieldMatches(m.owner, query.owner)) return false;
    if (
      !fieldMatches(m.objectiveId, query.objectiveId) ||
      !fieldMatches(m.indicator, query.indicator)
    )
      return false;
    if (query.health === 'problems' && problemCount(m.id) === 0) return false;
    if (query.health === 'ok' && problemCount(m.id) > 0) return false;
    return true;
  });
}

const ROLE_RANK: Record<Metric['role'], number> = {
  kpi: 0,
  supporting: 1,
  diagnostic: 2,
  metric: 3,
};

export function sortMetrics(metrics: readonly Metric[], order: SortOrder): Metric[] {
  const value = (m: Metric): string | number => {
    switch (order.key) {
      case 'role':
        return m.northStar ? -1 : ROLE_RANK[m.role];
      case 'updatedAt':
        return m.updatedAt ?? '';
      default:
        return fold(m[order.key] ?? '\uffff');
    }
  };
  const sorted = [...metrics].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    return va < vb ? -1 : va > vb ? 1 : fold(a.name) < fold(b.name) ? -1 : 1;
  });
  return order.descending ? sorted.reverse() : sorted;
}

/** Distinct non-empty values of a field, sorted, for a filter's options. */
export function distinctValues(metrics: readonly Metric[], field: 'team' | 'owner'): string[] {
  return [...new Set(metrics.map((m) => m[field]).filter((v): v is string => Boolean(v)))].sort(
    (a, b) => a.localeCompare(b),
  );
}
