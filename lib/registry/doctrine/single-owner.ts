/** One accountable person per KPI: not two names in one field, not one name across teams. */
import { defineRule, type FindingDraft } from './define-rule';
import { metricFix, patchObjective } from './patch-registry';
import { groupByText, plural, quoted } from './registry-queries';

/** "Dana & Sam", "Dana, Sam", "Dana/Sam", "Dana and Sam": the ways people write two owners. */
const OWNER_SEPARATOR = /\s*(?:[,;/&+]|\band\b|\bor\b)\s*/i;

/** The names written in an owner field; more than one means nobody is accountable. */
export function ownerNames(owner: string | undefined): string[] {
  return (owner ?? '')
    .split(OWNER_SEPARATOR)
    .map((name) => name.trim())
    .filter(Boolean);
}

export const severalOwners = defineRule(
  {
    id: 'several-owners',
    severity: 'warning',
    explanation:
      'One person is accountable for a KPI: two names in the owner field mean nobody is.',
  },
  (registry) => {
    const findings: FindingDraft[] = [];
    for (const metric of registry.metrics) {
      const [first, ...others] = ownerNames(metric.owner);
      if (!first || others.length === 0) continue;
      findings.push({
        metricId: metric.id,
        owner: metric.owner,
        message: `${quoted(metric)} has more than one owner ('${metric.owner}'): one person is accountable, or nobody is. Keep one name.`,
        fix: metricFix(`Keep ${first} as the owner`, metric.id, { owner: first }),
      });
    }
    for (const objective of registry.objectives) {
      const [first, ...others] = ownerNames(objective.owner);
      if (!first || others.length === 0) continue;
      findings.push({
        objectiveId: objective.id,
        owner: objective.owner,
        message: `The objective ${quoted(objective)} has more than one owner ('${objective.owner}'): one person is accountable, or nobody is. Keep one name.`,
        fix: {
          label: `Keep ${first} as the owner`,
          apply: (r) => patchObjective(r, objective.id, { owner: first }),
        },
      });
    }
    return findings;
  },
);

export const ownerSharedByTeams = defineRule(
  {
    id: 'owner-shared-by-teams',
    severity: 'warning',
    explanation:
      'An owner answers to one team: a person who owns metrics for several teams blurs who is accountable to whom.',
  },
  (registry) =>
    groupByText(
      registry.metrics.filter((m) => m.team),
      (m) => m.owner,
    ).flatMap(({ label: owner, items }) => {
      const teams = groupByText(items, (m) => m.team).map((t) => t.label);
      if (teams.length < 2) return [];
      return [
        {
          owner,
          metricIds: items.map((m) => m.id),
          message: `${owner} owns metrics for ${plural(teams.length, 'team')} (${teams.join(', ')}): an owner answers to one team. Give each team's metrics an owner from that team.`,
        },
      ];
    }),
);
