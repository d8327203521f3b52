/**
 * The registry as the doctrine's tree: objective -> headline KPI -> supporting -> diagnostic ->
 * raw metric. `objectiveId` places a top-level metric under its objective; `supports` nests a
 * metric under the one it explains. Pure, for the options page's hierarchy view.
 */
import type { ChangeSet } from './change-set';
import { wouldCreateCycle } from './check-references';
import { placeUnder } from './place-under';
import type { Metric, Objective, Registry, Role } from './schema';

export interface MetricNode {
  metric: Metric;
  children: MetricNode[];
}

export interface ObjectiveBranch {
  objective: Objective;
  children: MetricNode[];
}

export interface Hierarchy {
  /** Every objective in registry order, even one with no metric yet. */
  objectives: ObjectiveBranch[];
  /** Top-level metrics under no (existing) objective, and what is left of a `supports` loop. */
  unassigned: MetricNode[];
}

const ROLE_RANK: Record<Role, number> = { kpi: 0, supporting: 1, diagnostic: 2, metric: 3 };

/** Siblings in reading order: the north star, then KPIs before what explains them, then by name. */
function siblingOrder(a: Metric, b: Metric): number {
  return (
    Number(b.northStar === true) - Number(a.northStar === true) ||
    ROLE_RANK[a.role] - ROLE_RANK[b.role] ||
    a.name.localeCompare(b.name)
  );
}

export function buildHierarchy(registry: Registry): Hierarchy {
  const ids = new Set(registry.metrics.map((m) => m.id));
  const childrenOf = new Map<string, Metric[]>();
  const topLevel: Metric[] = [];
  for (const m of registry.metrics) {
    // A dangling `supports` (reported by the health review) must not hide the metric.
    const parentId = m.supports !== undefined && ids.has(m.supports) ? m.supports : undefined;
    if (parentId === undefined) topLevel.push(m);
    else childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), m]);
  }

  const placed = new Set<string>();
  const grow = (m: Metric): MetricNode => {
    placed.add(m.id);
    const children = (childrenOf.get(m.id) ?? [])
      .filter((c) => !placed.has(c.id))
      .sort(siblingOrder)
      .map(grow);
    return { metric: m, children };
  };

  const objectiveIds = new Set(registry.objectives.map((o) => o.id));
  const roots = [...topLevel].sort(siblingOrder).map(grow);
  const unassigned = roots.filter(
    (n) => n.metric.objectiveId === undefined || !objectiveIds.has(n.metric.objectiveId),
  );
  // Metrics on a `supports` loop hang from no top-level metric: break each loop at one member
  // so that every metric shows exactly once (the review reports the loop).
  for (const m of [...registry.metrics].sort(siblingOrder)) {
    if (!placed.has(m.id)) unassigned.push(grow(m));
  }
  return {
    objectives: registry.objectives.map((objective) => ({
      objective,
      children: roots.filter((n) => n.metric.objectiveId === objective.id),
    })),
    unassigned,
  };
}

/**
 * The metrics `metricId` may be moved under: any but itself and its descendants (moving under
 * one of those would make a loop). Its current parent is included. Sorted by name.
 */
export function allowedParents(registry: Registry, metricId: string): Metric[] {
  return registry.metrics
    .filter((m) => m.id !== metricId && !wouldCreateCycle(registry, metricId, m.id))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The write that re-parents a metric (`parentId` undefined: no parent), with the reason the
 * undo button shows; null when there is nothing to do or the move would close a loop. The
 * metric's role, objective and north star follow its new place (`placeUnder`), and the reason
 * says how: "Move 'CAC' under 'CSAT' as a supporting KPI, no longer tied to '…'".
 */
export function moveMetric(
  registry: Registry,
  metricId: string,
  parentId: string | undefined,
): { reason: string; change: ChangeSet } | null {
  const byId = new Map(registry.metrics.map((m) => [m.id, m]));
  const metric = byId.get(metricId);
  if (!metric || metric.supports === parentId) return null;
  const parent = parentId === undefined ? undefined : byId.get(parentId);
  if (parentId !== undefined && (!parent || wouldCreateCycle(registry, metricId, parentId)))
    return null;
  const formerParent = metric.supports === undefined ? undefined : byId.get(metric.supports);
  const placed = placeUnder(metric, parent, registry.objectives);
  const moved = parent
    ? `Move '${metric.name}' under '${parent.name}'`
    : `Move '${metric.name}' out from under '${formerParent?.name ?? metric.supports}'`;
  return {
    reason: placed.said === '' ? moved : `${moved} ${placed.said}`,
    change: {
      upsertMetrics: [placed.metric],
      deleteMetricIds: [],
      upsertObjectives: [],
      deleteObjectiveIds: [],
    },
  };
}
