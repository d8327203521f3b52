import { describe, expect, it } from 'vitest';
import {
  dayOf,
  deadlineEndDay,
  exactDeadlineDay,
  isoOfDay,
  longDate,
} from '../../../lib/progress/calendar-days';

describe('deadlineEndDay: a deadline means the end of its period', () => {
  it.each([
    ['2027-09-30', '2027-09-30'],
    ['2027-Q3', '2027-09-30'],
    ['2027-q1', '2027-03-31'],
    ['2027-H1', '2027-06-30'],
    ['2027-H2', '2027-12-31'],
    ['2027-03', '2027-03-31'],
    ['2028-02', '2028-02-29'],
    ['2027', '2027-12-31'],
  ])('%s -> %s', (by, end) => {
    expect(isoOfDay(deadlineEndDay(by)!)).toBe(end);
  });

  it.each(['2027-Q5', '2027-13', 'soon', '2027-02-30', ''])('%j is no deadline', (by) => {
    expect(deadlineEndDay(by)).toBeNull();
  });
});

describe('exactDeadlineDay: only a deadline naming one day has one', () => {
  it('reads an ISO date', () => {
    expect(isoOfDay(exactDeadlineDay('2027-09-30')!)).toBe('2027-09-30');
  });

  it.each(['2027-Q3', '2027-09', '2027', '2027-H1', '2027-02-30', ' 2027-09-30', 'Sep 30'])(
    '%j names no single day',
    (by) => {
      expect(exactDeadlineDay(by)).toBeNull();
    },
  );
});

describe('dayOf', () => {
  it('reads dates and the date part of ISO times', () => {
    expect(dayOf('2026-11-22T23:59:00.000Z')).toBe(dayOf('2026-11-22'));
    expect(dayOf('2026-11-23')! - dayOf('2026-11-22')!).toBe(1);
    expect(dayOf('22/11/2026')).toBeNull();
  });

  it('writes dates as KPI Lens does', () => {
    expect(longDate(dayOf('2027-09-30')!)).toBe('Sep 30, 2027');
  });
});
