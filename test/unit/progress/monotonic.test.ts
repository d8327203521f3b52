import { describe, expect, it } from 'vitest';
import { suspectRunningTotal } from '../../../lib/progress/monotonic';
import type { ValueKind } from '../../../lib/values/parse-value';
import { series } from './weekly-points';

const REASON6 = 'only ever goes up over 6 weeks: a running total changes no decision';

describe('suspectRunningTotal: a series that only ever rises is a running total', () => {
  it.each<[string, number[], ValueKind | undefined, string | null]>([
    [
      'total registered users, 6 weeks',
      [30100, 30560, 31020, 31400, 31902, 32310],
      'count',
      REASON6,
    ],
    [
      'lifetime revenue in dollars',
      [1.1e6, 1.15e6, 1.2e6, 1.26e6, 1.3e6, 1.34e6],
      'currency',
      REASON6,
    ],
    ['kind not known: judged as a count', [1, 2, 3, 4, 5, 6], undefined, REASON6],
    ['one flat week of six is still a running total', [10, 12, 12, 14, 15, 17], 'count', REASON6],
    [
      'four weeks is enough',
      [100, 110, 120, 130],
      'count',
      'only ever goes up over 4 weeks: a running total changes no decision',
    ],
    ['three weeks is not', [100, 110, 120], 'count', null],
    ['one dip: a real metric', [100, 110, 108, 130, 140, 150], 'count', null],
    ['flat: nothing added, not a running total', [50, 50, 50, 50, 50], 'count', null],
    ['mostly flat', [50, 50, 51, 51, 51, 52], 'count', null],
    [
      'a rising conversion rate is progress, not vanity',
      [9.8, 10, 10.2, 10.4, 10.6, 10.8],
      'percent',
      null,
    ],
    ['a rising ratio', [1, 2, 3, 4, 5], 'ratio', null],
    ['a rising duration', [60, 70, 80, 90, 100], 'duration', null],
  ])('%s', (_case, values, kind, reason) => {
    expect(suspectRunningTotal(series(values), kind)?.reason ?? null).toBe(reason);
  });

  it('reads weeks, not days: a dip within a week (a page read mid-update) does not count', () => {
    const daily = series(
      [
        10, 11, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
        32, 33, 34, 35, 36,
      ],
      1,
    );
    expect(suspectRunningTotal(daily, 'count')).toEqual({
      weeks: 4,
      reason: 'only ever goes up over 4 weeks: a running total changes no decision',
    });
  });
});
