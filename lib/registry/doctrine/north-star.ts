import { defineRule } from './define-rule';
import { quoted } from './registry-queries';

export const severalNorthStars = defineRule(
  {
    id: 'several-north-stars',
    severity: 'error',
    explanation:
      'The north star is the one metric that best captures the value customers get; two north stars point two ways.',
  },
  (registry) => {
    const stars = registry.metrics.filter((m) => m.northStar === true);
    if (stars.length < 2) return [];
    return [
      {
        metricIds: stars.map((m) => m.id),
        // Which one to keep is the team's call, so there is no one-click fix.
        message: `${stars.length} metrics are marked as the north star (${stars.map(quoted).join(', ')}): there is one north star. Keep the one that best captures the value customers get.`,
      },
    ];
  },
);
