import { describe, expect, it } from 'vitest';
import { proposeBaseline } from '../../../lib/progress/baseline';
import type { SeriesPoint } from '../../../lib/progress/series';
import { series } from './weekly-points';

describe('proposeBaseline', () => {
  it.each<[string, SeriesPoint[], ReturnType<typeof proposeBaseline>]>([
    ['nothing yet', [], null],
    ['one reading', series([10.4]), null],
    ['three weeks: too early', series([9.8, 10.1, 9.9, 10.2]).slice(0, 3), null],
    [
      'four weeks and a day: the median of them',
      series([9.8, 10.1, 9.9, 10.2, 10.0]),
      { from: 10, since: '2026-01-05', until: '2026-02-02' },
    ],
    [
      'an even count: the mean of the middle two, rounded like the readings',
      series([9.8, 10.1, 9.9, 10.2, 10.0, 10.3]),
      { from: 10.1, since: '2026-01-05', until: '2026-02-09' },
    ],
    [
      'a glitch (0 while the page loaded) does not move it',
      series([9.8, 0, 10.1, 9.9, 10.2]),
      { from: 9.9, since: '2026-01-05', until: '2026-02-02' },
    ],
    [
      'only the first six weeks count: later weeks are the work, not the start',
      series([10, 10, 10, 10, 10, 10, 14, 15, 16, 17]),
      { from: 10, since: '2026-01-05', until: '2026-02-09' },
    ],
    [
      'daily readings over 4 weeks: every day counts',
      series(
        [5, 6, 7, 5, 6, 7, 5, 6, 7, 5, 6, 7, 5, 6, 7, 5, 6, 7, 5, 6, 7, 5, 6, 7, 5, 6, 7, 5, 6],
        1,
      ),
      { from: 6, since: '2026-01-05', until: '2026-02-02' },
    ],
    [
      'four weeks apart but only two weeks with data',
      [
        { at: '2026-01-05', value: 1 },
        { at: '2026-02-02', value: 2 },
      ],
      null,
    ],
    [
      'unordered input and ISO times are fine',
      [
        { at: '2026-02-02T10:00:00.000Z', value: 4 },
        { at: '2026-01-12T10:00:00.000Z', value: 2 },
        { at: '2026-01-05T10:00:00.000Z', value: 1 },
        { at: '2026-01-19T10:00:00.000Z', value: 3 },
      ],
      { from: 3, since: '2026-01-05', until: '2026-02-02' }, // 2.5, rounded like the whole readings
    ],
    [
      'unreadable dates are left out',
      [...series([1, 2, 3, 4, 5]), { at: 'yesterday', value: 100 }],
      { from: 3, since: '2026-01-05', until: '2026-02-02' },
    ],
  ])('%s', (_case, points, expected) => {
    expect(proposeBaseline(points)).toEqual(expected);
  });
});
