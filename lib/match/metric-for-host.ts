import { hostMatchesSites } from './sites';
import type { TermEntry } from './types';

/**
 * Which metric a label stands for on a host: a term scoped to a site covering the host beats
 * an unscoped one (the narrower registry entry is the one the user meant there); scoped terms
 * never match elsewhere, nor when the host is unknown.
 */
export function metricForHost(
  entries: readonly TermEntry[],
  host: string | undefined,
): string | null {
  let fallback: string | null = null;
  for (const entry of entries) {
    if (entry.sites === null) fallback ??= entry.metricId;
    else if (host !== undefined && hostMatchesSites(host, entry.sites)) return entry.metricId;
  }
  return fallback;
}
