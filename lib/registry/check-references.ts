/**
 * Reference checks over a whole registry: a metric's `supports` must name a metric and its
 * `objectiveId` an objective, and following `supports` must never lead back to where it
 * started (a metric cannot explain itself).
 */
import type { Registry } from './schema';

/** Reasons by metric id, for the metrics whose references are broken. */
export function findBrokenReferences(registry: Registry): Map<string, string[]> {
  const broken = new Map<string, string[]>();
  const add = (id: string, reason: string) => broken.set(id, [...(broken.get(id) ?? []), reason]);
  const metricsById = new Map(registry.metrics.map((m) => [m.id, m]));
  const objectiveIds = new Set(registry.objectives.map((o) => o.id));

  for (const metric of registry.metrics) {
    if (metric.supports !== undefined && !metricsById.has(metric.supports)) {
      add(
        metric.id,
        `supports '${metric.supports}', which is neither in this file nor in your registry`,
      );
    }
    if (metric.objectiveId !== undefined && !objectiveIds.has(metric.objectiveId)) {
      add(
        metric.id,
        `objectiveId '${metric.objectiveId}' names no objective in this file or in your registry`,
      );
    }
  }
  for (const cycle of findSupportCycles(registry)) {
    const names = cycle.map((id) => `'${metricsById.get(id)?.name ?? id}'`);
    for (const id of cycle) {
      add(
        id,
        `supports forms a loop (${[...names, names[0]].join(' → ')}): a metric cannot explain itself`,
      );
    }
  }
  return broken;
}

/** Each loop of `supports` links, as the ids on it, in order. */
export function findSupportCycles(registry: Registry): string[][] {
  const parent = new Map(registry.metrics.map((m) => [m.id, m.supports]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  for (const start of parent.keys()) {
    const path: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && parent.has(current) && state.get(current) !== 'done') {
      if (state.get(current) === 'visiting') {
        cycles.push(path.slice(path.indexOf(current)));
        break;
      }
      state.set(current, 'visiting');
      path.push(current);
      current = parent.get(current);
    }
    for (const id of path) state.set(id, 'done');
  }
  return cycles;
}

/** Would making `childId` support `parentId` close a loop? (Guards re-parenting in editors.) */
export function wouldCreateCycle(registry: Registry, childId: string, parentId: string): boolean {
  const parent = new Map(registry.metrics.map((m) => [m.id, m.supports]));
  for (let id: string | undefined = parentId, steps = 0; id !== undefined; steps++) {
    if (id === childId) return true;
    if (steps > parent.size) return true;
    id = parent.get(id);
  }
  return false;
}
