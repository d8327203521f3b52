/**
 * What a badge says and how it looks, from the metric and what the pages showed of it: the
 * text a marketer reads at a glance beside a label (`KPI · ≥25% by Sep 30 · Dana`, once the
 * value has a history `KPI · 21.4% of ≥25% · at risk`, `KPI ⚠ no owner`,
 * `supports Trial-to-paid`, `diagnostic · Landing-page CR`, `vanity?`, `★ north star`).
 */
import type { RoleLook } from '../../components/design/roles';
import { formatDeadline, formatTarget } from '../registry/format-target';
import type { Metric, Target } from '../registry/schema';
import { exactDeadlineDay } from '../progress/calendar-days';
import { shortDay } from './calendar';
import type { ProgressFacts } from './progress-facts';
import { shortName } from './short-name';
import { vanityState } from './vanity-state';

export interface BadgeFace {
  look: RoleLook;
  text: string;
  /** Something is wrong with the record (no owner, no target, vanity as a KPI): shown with ⚠. */
  warning: boolean;
}

/** Longest owner a badge quotes: "Dana", "Priya R."; the card shows the whole field. */
export const BADGE_OWNER_MAX = 16;
/** A progress badge names the owner only if the whole text stays this short. */
export const PROGRESS_BADGE_MAX = 40;

function shortOwner(owner: string): string {
  return owner.length <= BADGE_OWNER_MAX ? owner : `${owner.slice(0, BADGE_OWNER_MAX - 1)}…`;
}

/** `≥25% by Sep 30`: the target with the deadline as short as it can be read. */
export function shortTarget(target: Target, now: Date): string {
  const head = formatTarget({ ...target, by: undefined });
  if (!target.by) return head;
  const day = exactDeadlineDay(target.by);
  return `${head} by ${day !== null ? shortDay(day, now) : formatDeadline(target.by)}`;
}

function kpiFace(metric: Metric, now: Date, progress: ProgressFacts | undefined): BadgeFace {
  const look: RoleLook = 'kpi';
  const vanity = vanityState(metric, progress?.runningTotal);
  if (vanity !== null)
    return { look, text: `KPI ⚠ ${vanity === 'marked' ? 'vanity' : 'vanity?'}`, warning: true };
  if (!metric.owner) return { look, text: 'KPI ⚠ no owner', warning: true };
  if (!metric.target) return { look, text: 'KPI ⚠ no target', warning: true };
  if (progress?.badge) {
    // The deadline gives way to the value and status (the card has it); the owner stays if it fits.
    const text = `KPI · ${progress.badge}`;
    const withOwner = `${text} · ${shortOwner(metric.owner)}`;
    return {
      look,
      text: withOwner.length <= PROGRESS_BADGE_MAX ? withOwner : text,
      warning: false,
    };
  }
  return {
    look,
    text: `KPI · ${shortTarget(metric.target, now)} · ${shortOwner(metric.owner)}`,
    warning: false,
  };
}

/**
 * The look of a metric's badge, which its card and the registry's table share: north star,
 * KPI (a KPI's vanity shows as a warning in its text), vanity marked or suspected, the role.
 */
export function badgeLook(
  metric: Pick<Metric, 'role' | 'northStar' | 'name' | 'aliases' | 'vanity'>,
  progress?: Pick<ProgressFacts, 'runningTotal'>,
): RoleLook {
  if (metric.northStar) return 'northStar';
  if (metric.role === 'kpi') return 'kpi';
  return vanityState(metric, progress?.runningTotal) === null ? metric.role : 'vanity';
}

/**
 * The badge for a metric; `parent` is the metric it supports, when that is in the registry;
 * `progress` what the page shows of its value, when it shows one.
 * Precedence: north star, then the KPI's own state, then vanity, then the role.
 */
export function badgeFace(
  metric: Metric,
  parent: Metric | undefined,
  now: Date,
  progress?: ProgressFacts,
): BadgeFace {
  if (metric.northStar) {
    const text = progress?.badge ? `★ ${progress.badge}` : '★ north star';
    return { look: 'northStar', text, warning: false };
  }
  if (metric.role === 'kpi') return kpiFace(metric, now, progress);
  const vanity = vanityState(metric, progress?.runningTotal);
  if (vanity === 'marked') return { look: 'vanity', text: 'vanity', warning: false };
  if (vanity === 'suspected') return { look: 'vanity', text: 'vanity?', warning: false };
  const parentName = parent ? shortName(parent) : undefined;
  switch (metric.role) {
    case 'supporting':
      return {
        look: 'supporting',
        text: parentName ? `supports ${parentName}` : 'supporting',
        warning: false,
      };
    case 'diagnostic':
      return {
        look: 'diagnostic',
        text: parentName ? `diagnostic · ${parentName}` : 'diagnostic',
        warning: false,
      };
    default:
      return { look: 'metric', text: 'metric', warning: false };
  }
}
