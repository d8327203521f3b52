/** The registry as terms for the matcher: every metric's name and aliases, with its sites. */
import type { MatchTerm } from '@/lib/match';
import type { Metric } from '@/lib/registry/schema';

export function matchTerms(metrics: readonly Metric[]): MatchTerm[] {
  return metrics.flatMap((m) =>
    [m.name, ...m.aliases].map((text) => ({
      metricId: m.id,
      text,
      ...(m.sites.length > 0 ? { sites: m.sites } : {}),
    })),
  );
}
