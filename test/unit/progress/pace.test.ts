import { describe, expect, it } from 'vitest';
import { judgePace, type PaceInput } from '../../../lib/progress/pace';
import type { Target } from '../../../lib/registry/schema';

// Baseline on Jan 1, deadline Jan 31: 30 days, so Jan 16 is exactly halfway.
const JAN = { baselineAt: '2026-01-01', by: '2026-01-31' };
const atLeast = (from: number | undefined, value = 12, by: string | null = JAN.by): Target => ({
  op: '>=',
  value,
  unit: '%',
  from,
  by: by ?? undefined,
});

function pace(
  value: number,
  target: Target | undefined,
  today: string,
  extra: Partial<PaceInput> = {},
) {
  return judgePace({ value, target, today, baselineAt: JAN.baselineAt, ...extra });
}

describe('judgePace: a rising target (>=), 10% -> 12% over January', () => {
  it.each([
    // value, today, status, sentence
    [11, '2026-01-16', 'on-track', '11% of 12% target, on pace'],
    [10.95, '2026-01-16', 'on-track', '10.95% of 12% target, on pace'], // 2.5% behind: noise
    [10.8, '2026-01-16', 'at-risk', '10.8% of 12% target, at risk: expected 11% by now'],
    [10.5, '2026-01-16', 'at-risk', '10.5% of 12% target, at risk: expected 11% by now'], // 25%: still at risk
    [10.4, '2026-01-16', 'off-track', '10.4% of 12% target, off track: expected 11% by now'],
    [9, '2026-01-16', 'off-track', '9% of 12% target, off track: expected 11% by now'],
    [12, '2026-01-16', 'met', '12% of 12% target, met'],
    [12.6, '2026-02-15', 'met', '12.6% of 12% target, met'], // met wins after the deadline too
    // Day one: nothing expected by now yet; where the value stands from the baseline.
    [10, '2026-01-01', 'on-track', '10% of 12% target, at the 10% baseline'],
    [9.95, '2026-01-01', 'on-track', '9.95% of 12% target, at the 10% baseline'],
    [11, '2026-01-01', 'on-track', '11% of 12% target, 50% of the way from the 10% baseline'],
    [9, '2026-01-01', 'off-track', '9% of 12% target, below the 10% baseline'],
    [11.9, '2026-01-31', 'on-track', '11.9% of 12% target, on pace'], // deadline day, 95% there
    [11.5, '2026-01-31', 'at-risk', '11.5% of 12% target, at risk: expected 12% by now'],
    [
      11.9,
      '2026-02-01',
      'off-track',
      '11.9% of 12% target, off track: deadline Jan 31, 2026 passed',
    ],
  ])('%d on %s -> %s', (value, today, status, sentence) => {
    const result = pace(value, atLeast(10), today);
    expect(result.status).toBe(status);
    expect(result.sentence).toBe(sentence);
  });

  it('reports the expected value and the share of the way covered', () => {
    expect(pace(10.8, atLeast(10), '2026-01-16')).toEqual({
      status: 'at-risk',
      expected: 11,
      progress: expect.closeTo(0.4, 10) as number,
      sentence: '10.8% of 12% target, at risk: expected 11% by now',
    });
    expect(pace(9, atLeast(10), '2026-01-16').progress).toBe(0); // worse than baseline: clamped
  });

  it('says the issue example the way it is written', () => {
    const target = atLeast(9.8);
    expect(pace(10.4, target, '2026-01-09').sentence).toBe('10.4% of 12% target, on pace');
    expect(pace(10.9, target, '2026-01-20').sentence).toBe(
      '10.9% of 12% target, at risk: expected 11.2% by now',
    );
  });
});

describe('judgePace: a falling target (<=), $80 -> $50 cost', () => {
  const target: Target = { op: '<=', value: 50, unit: '$', from: 80, by: JAN.by };
  it.each([
    [64, 'on-track', '$64 vs $50 target, on pace'],
    [70, 'at-risk', '$70 vs $50 target, at risk: expected $65 by now'],
    [78, 'off-track', '$78 vs $50 target, off track: expected $65 by now'],
    [49.5, 'met', '$49.50 vs $50 target, met'],
  ])('$%d halfway -> %s', (value, status, sentence) => {
    expect(pace(value, target, '2026-01-16')).toMatchObject({ status, sentence });
  });
});

describe('judgePace: a level to hold (=), 90% -> 95%', () => {
  const target: Target = { op: '=', value: 95, unit: '%', from: 90, by: JAN.by };
  it.each([
    [94.1, 'met'], // within 1% of 95
    [95.9, 'met'],
    [92.5, 'on-track'],
    [96.5, 'on-track'], // overshoot: 1.5 away, closer than the 5-point start
    [91, 'off-track'],
  ])('%d halfway -> %s', (value, status) => {
    expect(pace(value, target, '2026-01-16').status).toBe(status);
  });
});

describe('judgePace: what it cannot judge', () => {
  it.each<[string, number, Target | undefined, Partial<PaceInput>, string, string]>([
    ['no target', 10.4, undefined, { unit: '%' }, 'no-target', '10.4%, no target'],
    [
      'no baseline',
      10.4,
      atLeast(undefined),
      {},
      'no-baseline',
      '10.4% of 12% target, no baseline yet',
    ],
    [
      'no baseline date',
      10.4,
      atLeast(10),
      { baselineAt: undefined },
      'no-baseline',
      '10.4% of 12% target, no baseline date yet',
    ],
    [
      'units that differ',
      10.4,
      atLeast(10),
      { unit: 'pts' },
      'no-target',
      '10.4 pts shown, but the target is in %',
    ],
    [
      'no deadline, improving',
      10.4,
      atLeast(10, 12, null),
      {},
      'on-track',
      '10.4% of 12% target, no deadline set',
    ],
    [
      'no deadline, worse than baseline',
      9.4,
      atLeast(10, 12, null),
      {},
      'at-risk',
      '9.4% of 12% target, below the 10% baseline, no deadline set',
    ],
  ])('%s', (_case, value, target, extra, status, sentence) => {
    expect(pace(value, target, '2026-01-16', extra)).toMatchObject({ status, sentence });
  });

  it('met needs no baseline', () => {
    expect(pace(13, atLeast(undefined), '2026-01-16').status).toBe('met');
  });
});

describe('judgePace: periods as deadlines end on their last day', () => {
  it.each([
    ['2026-Q1', '2026-02-14', 'on-track'], // Jan 1 -> Mar 31: halfway is mid-February
    ['2026-H1', '2026-04-01', 'on-track'],
    ['2026-03', '2026-03-31', 'at-risk'], // its last day, 11.5 of 12
    ['2026-03', '2026-04-01', 'off-track'],
    ['2026', '2026-07-02', 'on-track'],
  ])('by %s, on %s -> %s', (by, today, status) => {
    const expectedHalf = by === '2026-03' ? 11.5 : 11;
    expect(pace(expectedHalf, atLeast(10, 12, by), today).status).toBe(status);
  });
});
