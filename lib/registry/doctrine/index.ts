/**
 * The KPI health review (issue 6): every rule of the doctrine, run over a registry, with a score.
 * Pure: no DOM, no browser APIs; the options page shows it and the popup quotes it.
 */
import type { Registry } from '../schema';
import { activityKpi } from './activity-metric';
import { objectiveFewKpis, objectiveTooManyKpis, teamFewKpis, teamTooManyKpis } from './focus';
import { supportingParentNotKpi } from './hierarchy';
import { objectiveAllLagging, objectiveAllLeading } from './indicator-balance';
import {
  kpiWithoutDeadline,
  kpiWithoutObjective,
  kpiWithoutOwner,
  kpiWithoutTarget,
} from './kpi-essentials';
import { severalNorthStars } from './north-star';
import { danglingObjective, danglingSupports, supportCycle } from './references';
import { reviewOverdue } from './review-overdue';
import { healthScore } from './score';
import { ownerSharedByTeams, severalOwners } from './single-owner';
import { targetWithoutBaseline } from './target-baseline';
import type { HealthFinding, HealthRule, Severity } from './types';
import { suspectedVanityKpi, vanityKpi, vanitySuspected } from './vanity-rules';

export type { HealthFinding, HealthFix, HealthRule, Severity } from './types';
export { isActivityMetric } from './activity-metric';
export { suspectVanity, type VanitySuspicion } from './suspect-vanity';
export { healthScore, SEVERITY_WEIGHTS } from './score';
export { REVIEW_GRACE_DAYS, REVIEW_INTERVAL_DAYS } from './review-overdue';
export { ownerNames } from './single-owner';
export { fixAll, groupFindings, groupPreview, type FindingRow } from './finding-groups';

/** Every rule, in the order the doctrine lists them; the review reports in this order. */
export const HEALTH_RULES: readonly HealthRule[] = [
  kpiWithoutTarget,
  kpiWithoutOwner,
  kpiWithoutDeadline,
  kpiWithoutObjective,
  severalOwners,
  ownerSharedByTeams,
  teamTooManyKpis,
  objectiveTooManyKpis,
  teamFewKpis,
  objectiveFewKpis,
  severalNorthStars,
  vanityKpi,
  suspectedVanityKpi,
  vanitySuspected,
  activityKpi,
  objectiveAllLagging,
  objectiveAllLeading,
  targetWithoutBaseline,
  reviewOverdue,
  danglingSupports,
  danglingObjective,
  supportCycle,
  supportingParentNotKpi,
];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** All findings, errors first, then warnings, then infos (rule order within each), and the score. */
export function reviewRegistry(
  registry: Registry,
  today: Date,
): { findings: HealthFinding[]; score: number } {
  const found = HEALTH_RULES.flatMap((rule) => rule.check(registry, today));
  const findings = SEVERITIES.flatMap((severity) => found.filter((f) => f.severity === severity));
  return { findings, score: healthScore(findings) };
}

/**
 * Whether the review has anything to judge: its rules are about metrics, so with none there
 * is no score to give (objectives alone would only hear that they lack KPIs).
 */
export function hasSomethingToReview(registry: Registry): boolean {
  return registry.metrics.length > 0;
}

/** The findings that concern one metric, on its own or as part of a group (a team, a loop). */
export function findingsForMetric(
  findings: readonly HealthFinding[],
  metricId: string,
): HealthFinding[] {
  return findings.filter((f) => f.metricId === metricId || f.metricIds?.includes(metricId));
}
