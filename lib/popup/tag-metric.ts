/**
 * The popup's quick tagging as a pure function: a label, a role and (for a KPI) one line such
 * as "≥ 12% by Q3 · Dana" become a metric record, new or updated, or a sentence saying what
 * to fix.
 */
import { slugify } from '../registry/csv-cells';
import { findNameClashes } from '../registry/name-clash';
import { parseQuickTarget } from '../registry/quick-target';
import type { Metric, Registry } from '../registry/schema';
import { err, ok, type Result } from '../result';

export const TAG_ROLES = ['kpi', 'supporting', 'diagnostic', 'metric', 'vanity'] as const;
export type TagRole = (typeof TAG_ROLES)[number];

export interface TagInput {
  /** The label as the page shows it ("Bounce rate"). */
  label: string;
  role: TagRole;
  /** The metric this one supports or diagnoses. */
  parentId?: string | undefined;
  objectiveId?: string | undefined;
  /** For a KPI: the team it belongs to (the 5-7 KPIs per team check counts by it). */
  team?: string | undefined;
  /** For a KPI: target, deadline and owner in one line. */
  quick?: string | undefined;
  /**
   * Tagging a metric already in the registry updates it. Without an id, a label the registry
   * already knows by name or alias updates that metric too: never a second "CSAT".
   */
  existingId?: string | undefined;
}

export function tagMetric(registry: Registry, input: TagInput, today: Date): Result<Metric> {
  const label = input.label.replace(/\s+/g, ' ').trim();
  if (!label) return err('Type the metric’s name as the page shows it.');
  const existing = input.existingId
    ? registry.metrics.find((m) => m.id === input.existingId)
    : registeredAs(registry, label);
  const base: Metric = existing ?? {
    id: uniqueId(registry, slugify(label)),
    name: label,
    aliases: [],
    role: 'metric',
    sites: [],
  };
  const role = input.role === 'vanity' ? 'metric' : input.role;
  const next: Metric = {
    ...base,
    role,
    vanity: input.role === 'vanity' ? true : base.vanity === true ? undefined : base.vanity,
  };

  if (input.role === 'supporting' || input.role === 'diagnostic') {
    if (!input.parentId)
      return err(
        `Pick the metric that '${label}' ${input.role === 'supporting' ? 'supports' : 'diagnoses'}.`,
      );
    if (!registry.metrics.some((m) => m.id === input.parentId))
      return err('That parent metric is no longer in the registry. Pick another.');
    if (input.parentId === next.id)
      return err('A metric cannot support itself. Pick another parent.');
    next.supports = input.parentId;
  } else if (input.role !== 'kpi') {
    next.supports = undefined;
  }

  if (input.role === 'kpi') {
    const quick = (input.quick ?? '').trim();
    if (quick) {
      const parsed = parseQuickTarget(quick, today);
      if (parsed.errors.length) return err(parsed.errors.join(' '));
      if (parsed.target) next.target = parsed.target;
      if (parsed.owner) next.owner = parsed.owner;
    }
    if (input.objectiveId) next.objectiveId = input.objectiveId;
    const team = (input.team ?? '').replace(/\s+/g, ' ').trim();
    if (team) next.team = team;
  }
  return ok(next);
}

/** The metric that already answers to a label (its name first, else an alias). */
function registeredAs(registry: Registry, label: string): Metric | undefined {
  const clashes = findNameClashes(registry, label);
  const clash = clashes.find((c) => c.field === 'name') ?? clashes[0];
  return clash && registry.metrics.find((m) => m.id === clash.metricId);
}

function uniqueId(registry: Registry, base: string): string {
  const taken = new Set(registry.metrics.map((m) => m.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
