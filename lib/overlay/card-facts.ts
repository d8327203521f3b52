/**
 * Everything the detail card says about one metric, as plain text and ids: pure, so the card
 * component only lays it out and the wording is tested as a table.
 */
import { ROLE_STYLES, type RoleLook } from '../../components/design/roles';
import { badgeLook } from './badge-face';
import {
  findingsForMetric,
  REVIEW_GRACE_DAYS,
  REVIEW_INTERVAL_DAYS,
  type HealthFinding,
} from '../registry/doctrine';
import { formatDeadline, formatTarget } from '../registry/format-target';
import type { Metric, Objective } from '../registry/schema';
import { deadlineEndDay, exactDeadlineDay, localDay, longDate } from '../progress/calendar-days';
import { addDays, daysLeft } from './calendar';
import type { PaceStatus } from '../progress/pace';
import { plural } from '../text/plural';
import type { SeriesPoint } from '../progress/series';
import type { ProgressFacts } from './progress-facts';
import { vanityState } from './vanity-state';

export interface MetricRef {
  id: string;
  name: string;
}

/** What the page shows of the metric's value, and what KPI Lens makes of it. */
export interface CardProgress {
  /** `21.4%`. */
  latest: string;
  /** `21.4% of 25% target, at risk: expected 22.1% by now`; `…, no baseline yet`. */
  sentence: string;
  status: PaceStatus;
  series: SeriesPoint[];
  unit?: string | undefined;
  /** The target value, for the sparkline's dashed rule. */
  target?: number | undefined;
  /** `Proposed baseline: 84%, the median of Dec 1, 2026 – Dec 29, 2026`. */
  proposal?: string;
}

export interface CardFacts {
  metricId: string;
  name: string;
  look: RoleLook;
  roleLabel: string;
  aliases: string[];
  definition?: string;
  /** The team's own notes on the metric (the registry's `notes`: "Only goes up. Better: …"). */
  teamNotes?: string;
  objective?: string;
  target?: string;
  baseline?: string;
  deadline?: { text: string; overdue: boolean };
  owner?: string;
  team?: string;
  review?: { text: string; overdue: boolean };
  indicator?: string;
  supports?: MetricRef;
  /** How it relates to `supports`: a diagnostic diagnoses it, any other metric supports it. */
  supportsLabel?: 'Supports' | 'Diagnoses';
  supportedBy: MetricRef[];
  /** Health errors and warnings, shown as such. */
  warnings: string[];
  /** Health notes (things to consider, as the health review files them): shown quieter. */
  notes: string[];
  progress?: CardProgress;
}

function roleLabel(metric: Metric, progress: ProgressFacts | undefined): string {
  if (metric.northStar) return 'North star KPI';
  const vanity = vanityState(metric, progress?.runningTotal);
  if (metric.role === 'kpi') return 'KPI';
  if (vanity === 'marked') return 'Vanity metric';
  if (vanity === 'suspected') return 'Vanity? metric';
  return ROLE_STYLES[metric.role].label;
}

/** `Sep 30, 2027 · 311 days left`, `today`, `3 days ago`. */
export function deadlineText(by: string, now: Date): { text: string; overdue: boolean } {
  const day = deadlineEndDay(by);
  const left = daysLeft(by, now);
  if (day === null || left === null) return { text: formatDeadline(by), overdue: false };
  const date = exactDeadlineDay(by) !== null ? longDate(day) : `${by} (${longDate(day)})`;
  if (left === 0) return { text: `${date} · today`, overdue: false };
  if (left > 0) return { text: `${date} · ${plural(left, 'day')} left`, overdue: false };
  return { text: `${date} · passed ${plural(-left, 'day')} ago`, overdue: true };
}

/** `weekly · next due Nov 23, 2026`, or `… · overdue since …` once past the grace days. */
export function reviewText(
  metric: Metric,
  now: Date,
): { text: string; overdue: boolean } | undefined {
  if (!metric.cadence) return undefined;
  if (!metric.lastReviewed) return { text: `${metric.cadence} · not reviewed yet`, overdue: false };
  const due = addDays(metric.lastReviewed, REVIEW_INTERVAL_DAYS[metric.cadence]);
  if (due === null) return undefined;
  const late = localDay(now) - due;
  const overdue = late > REVIEW_GRACE_DAYS[metric.cadence];
  return {
    text: `${metric.cadence} · ${overdue ? 'overdue since' : 'next due'} ${longDate(due)}`,
    overdue,
  };
}

function cardProgress(metric: Metric, progress: ProgressFacts): CardProgress {
  return {
    latest: progress.latest,
    sentence: progress.pace?.sentence ?? `${progress.latest}, no target`,
    status: progress.pace?.status ?? 'no-target',
    series: progress.series,
    unit: progress.unit,
    target: metric.target?.value,
    proposal: progress.proposal?.text,
  };
}

/** The facts for a metric's card; `progress` when the page shows its value. */
export function cardFacts(
  metric: Metric,
  registry: { metrics: readonly Metric[]; objectives: readonly Objective[] },
  findings: readonly HealthFinding[],
  now: Date,
  progress?: ProgressFacts,
): CardFacts {
  const parent = metric.supports
    ? registry.metrics.find((m) => m.id === metric.supports)
    : undefined;
  const objective = registry.objectives.find((o) => o.id === metric.objectiveId);
  const target = metric.target;
  const mine = findingsForMetric(findings, metric.id);
  return {
    metricId: metric.id,
    name: metric.name,
    look: badgeLook(metric, progress),
    roleLabel: roleLabel(metric, progress),
    aliases: metric.aliases,
    definition: metric.definition,
    teamNotes: metric.notes,
    objective: objective
      ? `${objective.name}${objective.period ? ` · ${objective.period}` : ''}`
      : undefined,
    target: target ? formatTarget({ ...target, by: undefined }) : undefined,
    baseline:
      target?.from !== undefined
        ? formatTarget({ ...target, op: '=', value: target.from, by: undefined }).slice(1)
        : undefined,
    deadline: target?.by ? deadlineText(target.by, now) : undefined,
    owner: metric.owner,
    team: metric.team,
    review: reviewText(metric, now),
    indicator: metric.indicator,
    supports: parent ? { id: parent.id, name: parent.name } : undefined,
    supportsLabel: parent ? (metric.role === 'diagnostic' ? 'Diagnoses' : 'Supports') : undefined,
    supportedBy: registry.metrics
      .filter((m) => m.supports === metric.id)
      .map((m) => ({ id: m.id, name: m.name })),
    warnings: [
      ...mine.filter((f) => f.severity !== 'info').map((f) => f.message),
      ...(progress?.runningTotal && metric.vanity !== false
        ? [`Vanity? Its value ${progress.runningTotal.reason}.`]
        : []),
    ],
    notes: mine.filter((f) => f.severity === 'info').map((f) => f.message),
    progress: progress ? cardProgress(metric, progress) : undefined,
  };
}
