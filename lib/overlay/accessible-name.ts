/**
 * What a screen reader says for a badge: role, full name and the facts the badge abbreviates,
 * in words ("KPI: Trial-to-paid conversion rate, target at least 25% by 30 Sep 2027, owner Dana").
 */
import type { Metric, Target } from '../registry/schema';
import { exactDeadlineDay } from '../progress/calendar-days';
import { spokenDay } from './calendar';
import type { ProgressFacts } from './progress-facts';
import { STATUS_WORDS } from './progress-facts';
import { vanityState } from './vanity-state';
import { explainsVerb } from '../registry/explains-verb';

const SPOKEN_OP = { '>=': 'at least', '<=': 'at most', '=': 'exactly' } as const;

export function spokenTarget(target: Target): string {
  const unit = target.unit ?? '';
  const prefix = unit === '$' || unit === '€' || unit === '£';
  const value = prefix
    ? `${unit}${target.value}`
    : `${target.value}${unit.length > 1 ? ` ${unit}` : unit}`;
  let by = '';
  if (target.by) {
    const day = exactDeadlineDay(target.by);
    by = ` by ${day !== null ? spokenDay(day) : target.by}`;
  }
  return `${SPOKEN_OP[target.op]} ${value}${by}`;
}

function roleWords(metric: Metric, progress?: ProgressFacts): string {
  if (metric.northStar) return 'North star KPI';
  if (metric.role === 'kpi') return 'KPI';
  const vanity = vanityState(metric, progress?.runningTotal);
  if (vanity === 'marked') return 'Vanity metric';
  if (vanity === 'suspected') return 'Suspected vanity metric';
  if (metric.role === 'supporting') return 'Supporting metric';
  if (metric.role === 'diagnostic') return 'Diagnostic metric';
  return 'Metric';
}

export function badgeAccessibleName(
  metric: Metric,
  parent: Metric | undefined,
  progress?: ProgressFacts,
): string {
  const parts = [`${roleWords(metric, progress)}: ${metric.name}`];
  // Said whenever the badge shows it: the value first, it is what changed.
  if (progress?.badge && progress.pace)
    parts.push(`now ${progress.latest}, ${STATUS_WORDS[progress.pace.status]}`);
  if (metric.role === 'kpi') {
    const vanity = vanityState(metric, progress?.runningTotal);
    if (vanity !== null) parts.push(vanity === 'marked' ? 'marked vanity' : 'suspected vanity');
    parts.push(metric.target ? `target ${spokenTarget(metric.target)}` : 'no target');
    parts.push(metric.owner ? `owner ${metric.owner}` : 'no owner');
  } else if (parent) {
    parts.push(`${explainsVerb(metric.role)} ${parent.name}`);
  }
  return parts.join(', ');
}
