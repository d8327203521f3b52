/**
 * The metric form's working copy: every field as the text a person typed, so nothing they
 * typed is lost while it is still invalid. Validation runs on each keystroke and says, per
 * field, how to fix the value.
 */
import { describeIssue } from './describe-issue';
import { metricSchema, type Metric } from './schema';

export interface MetricDraft {
  id: string;
  name: string;
  aliases: string[];
  role: string;
  /** Undefined until someone sets it, so an unset flag stays unset. */
  northStar: boolean | undefined;
  definition: string;
  objectiveId: string;
  supports: string;
  targetOp: string;
  targetValue: string;
  targetUnit: string;
  targetFrom: string;
  targetBy: string;
  owner: string;
  team: string;
  cadence: string;
  lastReviewed: string;
  indicator: string;
  /** '' not judged, 'true' vanity, 'false' judged not vanity. */
  vanity: '' | 'true' | 'false';
  sites: string;
  notes: string;
  updatedAt: string;
}

export type DraftField = keyof MetricDraft;

export function emptyDraft(): MetricDraft {
  return metricToDraft({ id: '', name: '', aliases: [], role: 'metric', sites: [] });
}

export function metricToDraft(m: Metric): MetricDraft {
  const num = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    id: m.id,
    name: m.name,
    aliases: [...m.aliases],
    role: m.role,
    northStar: m.northStar,
    definition: m.definition ?? '',
    objectiveId: m.objectiveId ?? '',
    supports: m.supports ?? '',
    targetOp: m.target?.op ?? '',
    targetValue: num(m.target?.value),
    targetUnit: m.target?.unit ?? '',
    targetFrom: num(m.target?.from),
    targetBy: m.target?.by ?? '',
    owner: m.owner ?? '',
    team: m.team ?? '',
    cadence: m.cadence ?? '',
    lastReviewed: m.lastReviewed ?? '',
    indicator: m.indicator ?? '',
    vanity: m.vanity === undefined ? '' : m.vanity ? 'true' : 'false',
    sites: m.sites.join(', '),
    notes: m.notes ?? '',
    updatedAt: m.updatedAt ?? '',
  };
}

/** Which form field a schema path belongs to. */
const FIELD_OF_PATH: Record<string, DraftField> = {
  'target.op': 'targetOp',
  'target.value': 'targetValue',
  'target.unit': 'targetUnit',
  'target.from': 'targetFrom',
  'target.by': 'targetBy',
};

export interface DraftCheck {
  metric?: Metric;
  /** One sentence per field that needs fixing. */
  errors: Partial<Record<DraftField, string>>;
}

export function checkDraft(draft: MetricDraft): DraftCheck {
  const errors: Partial<Record<DraftField, string>> = {};
  const number = (field: DraftField, text: string): number | string | undefined => {
    const t = text.trim().replace(/,/g, '');
    if (t === '') return undefined;
    const n = Number(t);
    if (!Number.isFinite(n))
      errors[field] = 'Type a number, such as 25 or 4.5 (the unit goes in its own box).';
    return Number.isFinite(n) ? n : text;
  };
  const hasTarget = [
    draft.targetOp,
    draft.targetValue,
    draft.targetUnit,
    draft.targetFrom,
    draft.targetBy,
  ].some((v) => v.trim() !== '');
  const value = number('targetValue', draft.targetValue);
  const from = number('targetFrom', draft.targetFrom);
  if (hasTarget && draft.targetValue.trim() === '')
    errors.targetValue = 'A target needs a value: type the number to reach.';
  if (hasTarget && draft.targetOp === '')
    errors.targetOp = 'Pick at least (≥), at most (≤) or exactly (=).';
  const input = {
    id: draft.id,
    name: draft.name,
    aliases: draft.aliases,
    role: draft.role,
    northStar: draft.northStar,
    definition: draft.definition,
    objectiveId: draft.objectiveId,
    supports: draft.supports,
    target: hasTarget
      ? { op: draft.targetOp, value, unit: draft.targetUnit, from, by: draft.targetBy }
      : undefined,
    owner: draft.owner,
    team: draft.team,
    cadence: draft.cadence || undefined,
    lastReviewed: draft.lastReviewed,
    indicator: draft.indicator || undefined,
    vanity: draft.vanity === '' ? undefined : draft.vanity === 'true',
    sites: draft.sites
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    notes: draft.notes,
    updatedAt: draft.updatedAt,
  };
  const parsed = metricSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const field = FIELD_OF_PATH[path] ?? (path.split('.')[0] as DraftField);
      errors[field] ??= sentence(describeIssue(issue));
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { metric: parsed.data, errors };
}

/** "target.by must be a date…" -> "Must be a date…" (the field's label is already beside it). */
function sentence(description: string): string {
  const message = description.replace(/^[\w.]+ (?=must|is )/, '');
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}
