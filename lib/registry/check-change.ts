/** Refuses edits that would break the registry: references to nothing, loops of `supports`. */
import { err, ok, type Result } from '../result';
import { applyChangeSet, type ChangeSet } from './change-set';
import { findSupportCycles } from './check-references';
import type { Registry } from './schema';

export function applyCheckedChange(
  registry: Registry,
  change: ChangeSet,
  now: Date,
): Result<Registry> {
  const next = applyChangeSet(registry, change, now);
  const metricIds = new Set(next.metrics.map((m) => m.id));
  const objectiveIds = new Set(next.objectives.map((o) => o.id));
  for (const m of change.upsertMetrics) {
    if (m.supports !== undefined && !metricIds.has(m.supports)) {
      return err(
        `'${m.name}' cannot support '${m.supports}': there is no such metric. Pick another parent.`,
      );
    }
    if (m.objectiveId !== undefined && !objectiveIds.has(m.objectiveId)) {
      return err(
        `'${m.name}' cannot serve objective '${m.objectiveId}': there is no such objective. Pick another one.`,
      );
    }
  }
  const touched = new Set(change.upsertMetrics.map((m) => m.id));
  const loop = findSupportCycles(next).find((cycle) => cycle.some((id) => touched.has(id)));
  if (loop) {
    const names = loop.map((id) => next.metrics.find((m) => m.id === id)?.name ?? id);
    return err(
      `That would make a loop (${[...names, names[0]].join(' → ')}): a metric cannot explain itself. Pick another parent.`,
    );
  }
  return ok(next);
}
