import { defineRule } from './define-rule';
import { quoted } from './registry-queries';

export const targetWithoutBaseline = defineRule(
  {
    id: 'target-without-baseline',
    severity: 'warning',
    explanation:
      'A target needs a baseline: without the value it starts from, nobody can tell progress from noise.',
  },
  // The baseline is a number only the team knows, so there is no one-click fix.
  (registry) =>
    registry.metrics
      .filter((m) => m.target && m.target.from === undefined)
      .map((m) => ({
        metricId: m.id,
        message: `${quoted(m)} has a target without a baseline: without the value it starts from, nobody can tell progress from noise. Add the value it starts from.`,
      })),
);
