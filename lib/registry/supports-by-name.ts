/**
 * A `supports` written as the metric's name rather than its id ("Trial-to-paid conversion
 * rate" for `trial-to-paid`), as a spreadsheet kept by hand writes it: read as the id of the one
 * metric, in the file or the registry, that answers to that name or alias. An id always wins;
 * a name two metrics answer to is left as written (the import then says it names no metric).
 */
import { normaliseLabel } from '../match/normalise-label';
import type { Metric, Registry } from './schema';

export function resolveSupportsByName(current: Registry, incoming: Registry): Registry {
  const known = [...incoming.metrics, ...current.metrics];
  const ids = new Set(known.map((m) => m.id));
  const byLabel = new Map<string, Set<string>>();
  for (const m of known) {
    for (const label of [m.name, ...m.aliases]) {
      const key = normaliseLabel(label);
      byLabel.set(key, (byLabel.get(key) ?? new Set()).add(m.id));
    }
  }
  const resolve = (supports: string): string => {
    if (ids.has(supports)) return supports;
    const matches = byLabel.get(normaliseLabel(supports));
    return matches?.size === 1 ? [...matches][0]! : supports;
  };
  let changed = false;
  const metrics = incoming.metrics.map((m): Metric => {
    if (m.supports === undefined) return m;
    const supports = resolve(m.supports);
    if (supports === m.supports) return m;
    changed = true;
    return { ...m, supports };
  });
  return changed ? { ...incoming, metrics } : incoming;
}
