import { describe, expect, it } from 'vitest';
import { addDays, daysLeft, deadlineDay } from '../../../lib/overlay/calendar';

const NOW = new Date(2026, 10, 23, 15, 30);

describe('deadlines and days left', () => {
  it.each([
    ['2027-09-30', { year: 2027, month: 9, day: 30 }],
    ['2027-Q2', { year: 2027, month: 6, day: 30 }],
    ['2027-q1', { year: 2027, month: 3, day: 31 }],
    ['2027-H1', { year: 2027, month: 6, day: 30 }],
    ['2028-02', { year: 2028, month: 2, day: 29 }],
    ['2027', { year: 2027, month: 12, day: 31 }],
    ['soon', null],
  ])('%s ends on %o', (by, day) => {
    expect(deadlineDay(by)).toEqual(day);
  });

  it.each([
    ['2026-11-23', 0],
    ['2026-11-30', 7],
    ['2026-11-20', -3],
    ['2026-Q4', 38],
  ])('%s is %i days away', (by, days) => {
    expect(daysLeft(by, NOW)).toBe(days);
  });

  it('adds days across a month end', () => {
    expect(addDays('2026-11-28', 7)).toEqual({ year: 2026, month: 12, day: 5 });
  });
});
