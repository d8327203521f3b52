/** The edits one-click fixes make: one record changed, everything else shared, nothing mutated. */
import type { Metric, Objective, Registry } from '../schema';
import type { HealthFix } from './types';
import { quoted } from './registry-queries';

/** Keys set to `undefined` in a patch are removed, so an export carries no empty fields. */
function withPatch<T extends object>(record: T, patch: Partial<T>): T {
  const next: Record<string, unknown> = { ...record, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
  return next as T;
}

/** Stamps `updatedAt`, because importing a teammate's file resolves conflicts with it. */
export function patchMetric(
  registry: Registry,
  metricId: string,
  patch: Partial<Metric>,
  today: Date,
): Registry {
  if (!registry.metrics.some((m) => m.id === metricId)) return registry;
  const updatedAt = today.toISOString();
  return {
    ...registry,
    metrics: registry.metrics.map((m) =>
      m.id === metricId ? withPatch(m, { ...patch, updatedAt }) : m,
    ),
  };
}

export function patchObjective(
  registry: Registry,
  objectiveId: string,
  patch: Partial<Objective>,
): Registry {
  if (!registry.objectives.some((o) => o.id === objectiveId)) return registry;
  return {
    ...registry,
    objectives: registry.objectives.map((o) => (o.id === objectiveId ? withPatch(o, patch) : o)),
  };
}

export function metricFix(label: string, metricId: string, patch: Partial<Metric>): HealthFix {
  return { label, apply: (registry, today) => patchMetric(registry, metricId, patch, today) };
}

/**
 * Takes a KPI out of the KPI list without losing it: under the KPI it already supports it
 * becomes a supporting metric, otherwise a plain metric (a supporting metric needs a parent).
 */
export function demoteKpiFix(registry: Registry, metric: Metric): HealthFix {
  const parent = registry.metrics.find((m) => m.id === metric.supports && m.id !== metric.id);
  return parent
    ? metricFix(`Make it a supporting metric of ${quoted(parent)}`, metric.id, {
        role: 'supporting',
      })
    : metricFix('Make it a plain metric', metric.id, { role: 'metric' });
}
