/**
 * A set of record edits, the one shape every editor write takes (inline edit, form, bulk
 * action, re-parent, health fix, retire): what to put and what to delete, by id.
 */
import { recordsEqual } from './record-compare';
import type { Metric, Objective, Registry } from './schema';

export interface ChangeSet {
  upsertMetrics: Metric[];
  deleteMetricIds: string[];
  upsertObjectives: Objective[];
  deleteObjectiveIds: string[];
}

export const emptyChangeSet = (): ChangeSet => ({
  upsertMetrics: [],
  deleteMetricIds: [],
  upsertObjectives: [],
  deleteObjectiveIds: [],
});

export function isEmptyChangeSet(c: ChangeSet): boolean {
  return (
    !c.upsertMetrics.length &&
    !c.deleteMetricIds.length &&
    !c.upsertObjectives.length &&
    !c.deleteObjectiveIds.length
  );
}

/** The edits that turn `before` into `after` (e.g. the result of a health fix). */
export function diffRegistries(before: Registry, after: Registry): ChangeSet {
  const diffKind = <T extends Metric | Objective>(a: readonly T[], b: readonly T[]) => {
    const old = new Map(a.map((r) => [r.id, r]));
    const kept = new Set(b.map((r) => r.id));
    return {
      upsert: b.filter((r) => {
        const prev = old.get(r.id);
        return !prev || !recordsEqual(prev, r);
      }),
      remove: a.filter((r) => !kept.has(r.id)).map((r) => r.id),
    };
  };
  const metrics = diffKind(before.metrics, after.metrics);
  const objectives = diffKind(before.objectives, after.objectives);
  return {
    upsertMetrics: metrics.upsert,
    deleteMetricIds: metrics.remove,
    upsertObjectives: objectives.upsert,
    deleteObjectiveIds: objectives.remove,
  };
}

/**
 * Applies a change set. Metrics that changed get `updatedAt = now` (the time the person
 * edited them, which import conflict resolution relies on).
 */
export function applyChangeSet(registry: Registry, change: ChangeSet, now: Date): Registry {
  const metrics = new Map(registry.metrics.map((m) => [m.id, m]));
  const objectives = new Map(registry.objectives.map((o) => [o.id, o]));
  for (const id of change.deleteMetricIds) metrics.delete(id);
  for (const id of change.deleteObjectiveIds) objectives.delete(id);
  for (const m of change.upsertMetrics) {
    const prev = metrics.get(m.id);
    metrics.set(
      m.id,
      prev && recordsEqual(prev, m) ? prev : { ...m, updatedAt: now.toISOString() },
    );
  }
  for (const o of change.upsertObjectives) objectives.set(o.id, o);
  return { ...registry, metrics: [...metrics.values()], objectives: [...objectives.values()] };
}
