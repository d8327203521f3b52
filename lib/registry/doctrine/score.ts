import type { HealthFinding, Severity } from './types';

/** What one finding costs: an error breaks the doctrine, an info is a note. */
export const SEVERITY_WEIGHTS: Record<Severity, number> = { error: 10, warning: 3, info: 1 };

/**
 * The registry's health, 0-100: 100 minus each finding's weight (error 10, warning 3, info 1),
 * floored at 0. Deliberately simple, so a user can tell why it moved: fixing an error is +10.
 */
export function healthScore(findings: readonly HealthFinding[]): number {
  const cost = findings.reduce((sum, f) => sum + SEVERITY_WEIGHTS[f.severity], 0);
  return Math.max(0, 100 - cost);
}
