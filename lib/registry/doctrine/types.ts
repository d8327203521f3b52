/**
 * The contract of the KPI health review: rules that read a registry and report findings, each
 * finding with a sentence that says how to fix it and, where one click can fix it, the fix.
 */
import type { Registry } from '../schema';

export type Severity = 'error' | 'warning' | 'info';

export interface HealthFix {
  /** What the button says: "Make it a plain metric". */
  label: string;
  /** Pure: returns a new registry, never edits the one given. Unchanged if the record is gone. */
  apply(registry: Registry, today: Date): Registry;
}

export interface HealthFinding {
  ruleId: string;
  severity: Severity;
  /** A short sentence in the doctrine's words that says how to fix it. */
  message: string;
  /** The one metric the finding is about. */
  metricId?: string;
  objectiveId?: string;
  team?: string;
  owner?: string;
  /** Every metric a finding about a group concerns (a team's KPIs, a loop), for per-record views. */
  metricIds?: string[];
  /** Absent when fixing needs a choice or typed input. */
  fix?: HealthFix;
}

export interface HealthRule {
  id: string;
  severity: Severity;
  /** The doctrine's sentence explaining the rule. */
  explanation: string;
  check(registry: Registry, today: Date): HealthFinding[];
}
