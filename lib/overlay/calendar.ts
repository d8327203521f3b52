/**
 * Calendar words for badges and cards: deadlines (dates or periods such as `2027-Q2`), days
 * left, review due dates. Days are day numbers from progress/calendar-days, which also reads
 * deadlines: badges, cards, pace and the health review read a deadline the same way. `now` is
 * read in the user's own calendar.
 */
import { dateParts, dayOf, deadlineEndDay, localDay, MONTHS } from '../progress/calendar-days';

/** Whole days from `now` to the deadline's last day: 0 on the day, negative once past. */
export function daysLeft(by: string, now: Date): number | null {
  const day = deadlineEndDay(by);
  return day === null ? null : day - localDay(now);
}

/** `2026-11-16` plus 7 days -> the day number of 2026-11-23; null if not a date. */
export function addDays(iso: string, days: number): number | null {
  const day = dayOf(iso);
  return day === null ? null : day + days;
}

/** `Sep 30`, with the year only when the day is not within the coming year: badges are short. */
export function shortDay(day: number, now: Date): string {
  const [year, month, date] = dateParts(day);
  const days = day - localDay(now);
  const base = `${MONTHS[month - 1]} ${date}`;
  return days >= 0 && days <= 365 ? base : `${base}, ${year}`;
}

/** `30 Sep 2027`: unambiguous when read aloud by a screen reader. */
export function spokenDay(day: number): string {
  const [year, month, date] = dateParts(day);
  return `${date} ${MONTHS[month - 1]} ${year}`;
}
