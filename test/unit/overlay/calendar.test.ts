import { describe, expect, it } from 'vitest';
import { addDays, daysLeft } from '../../../lib/overlay/calendar';
import { deadlineEndDay, isoOfDay } from '../../../lib/progress/calendar-days';

const NOW = new Date(2026, 10, 23, 15, 30);

describe('deadlines and days left', () => {
  it.each([
    ['2027-09-30', '2027-09-30'],
    ['2027-Q2', '2027-06-30'],
    ['2027-q1', '2027-03-31'],
    ['2027-H1', '2027-06-30'],
    ['2028-02', '2028-02-29'],
    ['2027', '2027-12-31'],
    ['soon', null],
    ['2027-02-30', null],
  ])('%s ends on %s', (by, day) => {
    const end = deadlineEndDay(by);
    expect(end === null ? null : isoOfDay(end)).toBe(day);
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
    expect(isoOfDay(addDays('2026-11-28', 7)!)).toBe('2026-12-05');
    expect(addDays('2026-11-31', 7)).toBeNull();
  });
});
