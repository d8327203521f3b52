/**
 * A role given to several metrics at once (the registry table's bulk bar). A supporting or
 * diagnostic metric explains another one, so those two roles come with the metric they
 * explain, as they do in the metric's form and the popup: a bulk edit that left them
 * explaining nothing would only fill the health review.
 */
import { err, ok, type Result } from '../result';
import { wouldCreateCycle } from './check-references';
import type { Metric, Registry, Role } from './schema';

export const ROLES_WITH_PARENT: ReadonlySet<Role> = new Set(['supporting', 'diagnostic']);

/** The metrics the selected ones may be said to explain: any other, KPIs first. */
export function bulkParentChoices(registry: Registry, selected: readonly Metric[]): Metric[] {
  const chosen = new Set(selected.map((m) => m.id));
  const others = registry.metrics.filter((m) => !chosen.has(m.id));
  return [...others.filter((m) => m.role === 'kpi'), ...others.filter((m) => m.role !== 'kpi')];
}

export function bulkRole(
  registry: Registry,
  selected: readonly Metric[],
  role: Role,
  parentId: string | undefined,
): Result<Metric[]> {
  if (!ROLES_WITH_PARENT.has(role)) return ok(selected.map((m) => ({ ...m, role })));
  const verb = role === 'supporting' ? 'support' : 'diagnose';
  if (!parentId) return err(`Pick the metric they ${verb}.`);
  const parent = registry.metrics.find((m) => m.id === parentId);
  if (!parent) return err('That metric is no longer in the registry. Pick another.');
  if (selected.some((m) => m.id === parentId))
    return err(`'${parent.name}' is one of the selected metrics: it cannot ${verb} itself.`);
  const looping = selected.find((m) => wouldCreateCycle(registry, m.id, parentId));
  if (looping)
    return err(
      `'${parent.name}' already explains '${looping.name}' (directly or through others): pick another.`,
    );
  return ok(selected.map((m) => ({ ...m, role, supports: parentId })));
}
