/**
 * The review's findings as the health page lists them: one row per finding, except where one
 * rule has many (a teammate's spreadsheet with 200 "KPIs" and no targets), which become one
 * group with a preview, "show all", and one fix for all of them where that is safe.
 */
import type { HealthFinding, HealthFix } from './types';

/** One rule's findings are listed as a group from this many on. */
export const GROUP_FROM = 8;
/** Findings a group shows until "Show all". */
export const GROUP_PREVIEW = 3;
/**
 * Notes (things to consider) group sooner and show one example: five teams with few KPIs are
 * one thought, and five rows of it pushed the errors' fixes off the screen.
 */
const NOTES = { from: 3, preview: 1 };
const OTHERS = { from: GROUP_FROM, preview: GROUP_PREVIEW };

const groupingOf = (findings: readonly HealthFinding[]) =>
  findings[0]?.severity === 'info' ? NOTES : OTHERS;

/** How many of a group's findings show until "Show all". */
export function groupPreview(findings: readonly HealthFinding[]): number {
  return groupingOf(findings).preview;
}

export type FindingRow =
  | { kind: 'one'; finding: HealthFinding }
  | { kind: 'group'; ruleId: string; findings: HealthFinding[] };

/** Findings by rule, in the order the rules first appear; rules with many become groups. */
export function groupFindings(findings: readonly HealthFinding[]): FindingRow[] {
  const byRule = new Map<string, HealthFinding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  return [...byRule].flatMap(([ruleId, list]): FindingRow[] =>
    list.length >= groupingOf(list).from
      ? [{ kind: 'group', ruleId, findings: list }]
      : list.map((finding) => ({ kind: 'one', finding })),
  );
}

/**
 * One fix for every finding of a group, applied one after another in one write (one undo),
 * or null. Only for one-record fixes on distinct metrics, so that no fix undoes or depends on
 * another: every finding has a fix and names its own metric.
 */
export function fixAll(findings: readonly HealthFinding[]): HealthFix | null {
  if (findings.length < 2) return null;
  const metrics = new Set<string>();
  for (const f of findings) {
    if (!f.fix || f.metricId === undefined || f.metricIds !== undefined) return null;
    if (metrics.has(f.metricId)) return null;
    metrics.add(f.metricId);
  }
  const labels = new Set(findings.map((f) => f.fix!.label));
  const label =
    labels.size === 1
      ? `${[...labels][0]!}: all ${findings.length}`
      : `Apply these ${findings.length} fixes`;
  return {
    label,
    apply: (registry, today) => findings.reduce((r, f) => f.fix!.apply(r, today), registry),
  };
}
