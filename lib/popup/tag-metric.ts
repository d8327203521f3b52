/**
 * The popup's quick tagging as a pure function: a label, a role and (for a KPI) one line such
 * as "≥ 12% by Q3 · Dana" become a metric record, new or updated, or a sentence saying what
 * to fix.
 */
import { slugify } from '../registry/csv-cells';
import { explainsVerb } from '../registry/explains-verb';
import { formatTarget } from '../registry/format-target';
import { findNameClashes } from '../registry/name-clash';
import { parseQuickTarget } from '../registry/quick-target';
import type { Metric, Registry } from '../registry/schema';
import { err, ok, type Result } from '../result';

export const TAG_ROLES = ['kpi', 'supporting', 'diagnostic', 'metric', 'vanity'] as const;
export type TagRole = (typeof TAG_ROLES)[number];

/** The popup's role for a metric: a plain metric judged vanity is tagged "vanity". */
export function tagRoleOf(metric: Pick<Metric, 'role' | 'vanity'>): TagRole {
  return metric.role === 'metric' && metric.vanity === true ? 'vanity' : metric.role;
}

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
    if (!input.parentId) return err(`Pick the metric that '${label}' ${explainsVerb(input.role)}.`);
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
      // "92%" on a KPI that has a deadline and a baseline changes the value, not the rest.
      if (parsed.target)
        next.target = {
          ...base.target,
          ...definedOnly(parsed.target),
          op: parsed.target.op,
          value: parsed.target.value,
        };
      if (parsed.owner) next.owner = parsed.owner;
    }
    if (input.objectiveId) next.objectiveId = input.objectiveId;
    const team = (input.team ?? '').replace(/\s+/g, ' ').trim();
    if (team) next.team = team;
  }
  return ok(next);
}

/**
 * The quick line that says a metric's target and owner as they are (`≥90% from 84% by
 * 2027-03-31 · Sam`), to start a re-tag from rather than from nothing.
 */
export function quickLineOf(metric: Metric): string {
  const target = metric.target;
  if (!target) return '';
  const parts = [formatTarget({ ...target, by: undefined })];
  if (target.from !== undefined) {
    const from = formatTarget({ ...target, op: '=', value: target.from, by: undefined });
    parts.push(`from ${from.slice(1)}`);
  }
  if (target.by) parts.push(`by ${target.by}`);
  if (metric.owner) parts.push(`· ${metric.owner}`);
  return parts.join(' ');
}

function definedOnly<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
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
