/** The registry as terms for the matcher: every metric's name and aliases, with its sites. */
import type { Metric } from '../registry/schema';
import type { MatchTerm } from './types';

export function matchTerms(
  metrics: readonly Pick<Metric, 'id' | 'name' | 'aliases' | 'sites'>[],
): MatchTerm[] {
  return metrics.flatMap((m) =>
    [m.name, ...m.aliases].map((text) => ({
      metricId: m.id,
      text,
      ...(m.sites.length > 0 ? { sites: m.sites } : {}),
    })),
  );
}
