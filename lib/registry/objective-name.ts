/**
 * Objectives are picked by name (the metric form, the tag form, the hierarchy): two that read
 * the same would show as two identical entries, so the objective form refuses a name another
 * objective already has. Names are compared ignoring case and spacing.
 */
import type { Objective } from './schema';

/** The name as compared: trimmed, inner spacing collapsed, in lower case. */
export function objectiveNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/**
 * The other objective whose name reads the same as `name`, if any. `exceptObjectiveId` is the
 * objective being edited, which may keep (or re-case) its own name.
 */
export function findObjectiveNamed(
  objectives: readonly Objective[],
  name: string,
  exceptObjectiveId?: string,
): Objective | undefined {
  const key = objectiveNameKey(name);
  if (key === '') return undefined;
  return objectives.find((o) => o.id !== exceptObjectiveId && objectiveNameKey(o.name) === key);
}
