import { describe, expect, it } from 'vitest';
import { severalNorthStars } from '../../../lib/registry/doctrine/north-star';
import { TODAY, goodKpi, metric, registry } from './build-registry';

describe('several-north-stars', () => {
  it.each([
    { stars: 0, findings: 0 },
    { stars: 1, findings: 0 },
    { stars: 2, findings: 1 },
    { stars: 3, findings: 1 },
  ])('$stars metrics marked north star give $findings finding', ({ stars, findings }) => {
    const metrics = Array.from({ length: 3 }, (_, i) =>
      goodKpi({ id: `m${i}`, northStar: i < stars }),
    );
    expect(
      severalNorthStars.check(registry([...metrics, metric({ id: 'x' })]), TODAY),
    ).toHaveLength(findings);
  });

  it('names both, as an error with no one-click fix (which to keep is the team’s call)', () => {
    const reg = registry([
      goodKpi({ id: 'wat', name: 'Weekly active teams', northStar: true }),
      goodKpi({ id: 'paid', name: 'Trial-to-paid', northStar: true }),
    ]);
    expect(severalNorthStars.check(reg, TODAY)).toEqual([
      {
        ruleId: 'several-north-stars',
        severity: 'error',
        metricIds: ['wat', 'paid'],
        message:
          "2 metrics are marked as the north star ('Weekly active teams', 'Trial-to-paid'): there is one north star. Keep the one that best captures the value customers get.",
      },
    ]);
  });
});
