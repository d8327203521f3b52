/**
 * "Not this metric here", seen from the person's side: which metrics they hid on which sites,
 * and showing one again. The badge's button hides at once; these lists are where it is undone
 * (the popup for the site at hand, the Sites tab for all).
 */
import type { Metric } from '../registry/schema';
import type { Settings } from './settings';

export interface HiddenOnHost {
  host: string;
  /** Metrics of the registry hidden there, by name (ids of deleted metrics are left out). */
  metrics: Pick<Metric, 'id' | 'name'>[];
}

/** Every site with metrics hidden on it, sites and metrics in alphabetical order. */
export function hiddenMetricsByHost(
  settings: Settings,
  metrics: readonly Pick<Metric, 'id' | 'name'>[],
): HiddenOnHost[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  return Object.entries(settings.suppressedOnHosts)
    .map(([host, ids]) => ({
      host,
      metrics: ids
        .map((id) => byId.get(id))
        .filter((m): m is Pick<Metric, 'id' | 'name'> => m !== undefined)
        .map(({ id, name }) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .filter((h) => h.metrics.length > 0)
    .sort((a, b) => a.host.localeCompare(b.host));
}

/** The metrics hidden on one site (as the popup lists them). */
export function hiddenMetricsOn(
  settings: Settings,
  host: string,
  metrics: readonly Pick<Metric, 'id' | 'name'>[],
): Pick<Metric, 'id' | 'name'>[] {
  const wanted = host.toLowerCase();
  return hiddenMetricsByHost(settings, metrics).find((h) => h.host === wanted)?.metrics ?? [];
}

/** The settings with a metric shown again on a site (a site left with none is dropped). */
export function showMetricAgain(settings: Settings, host: string, metricId: string): Settings {
  const key = host.toLowerCase();
  const { [key]: ids = [], ...others } = settings.suppressedOnHosts;
  const kept = ids.filter((id) => id !== metricId);
  return {
    ...settings,
    suppressedOnHosts: kept.length > 0 ? { ...others, [key]: kept } : others,
  };
}
