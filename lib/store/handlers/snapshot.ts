import type { ContentSnapshot } from '../../messaging/protocol';
import type { Metric, Registry } from '../../registry/schema';
import { suppressedOn, type Settings } from '../../settings/settings';

/** The metrics that apply on `host` (no `sites`, or a site that is the host or a parent of it), less those suppressed there. */
export function snapshotFor(
  state: { registry: Registry; revision: number },
  settings: Settings,
  host: string,
): Omit<ContentSnapshot, 'matcher' | 'matcherId'> {
  const h = host.toLowerCase();
  const applies = (m: Metric) =>
    m.sites.length === 0 ||
    m.sites.some((s) => h === s.toLowerCase() || h.endsWith(`.${s.toLowerCase()}`));
  const suppressed = suppressedOn(settings, host);
  return {
    revision: state.revision,
    settings,
    metrics: state.registry.metrics.filter((m) => applies(m) && !suppressed.has(m.id)),
    objectives: state.registry.objectives,
  };
}
