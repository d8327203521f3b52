import type { Registry } from '../schema';
import type { HealthFinding, HealthRule, Severity } from './types';

export type FindingDraft = Omit<HealthFinding, 'ruleId' | 'severity'>;

/** A rule whose findings carry its id and severity, so that no finding can disagree with its rule. */
export function defineRule(
  meta: { id: string; severity: Severity; explanation: string },
  find: (registry: Registry, today: Date) => FindingDraft[],
): HealthRule {
  return {
    ...meta,
    check: (registry, today) =>
      find(registry, today).map((draft) => ({
        ruleId: meta.id,
        severity: meta.severity,
        ...draft,
      })),
  };
}
