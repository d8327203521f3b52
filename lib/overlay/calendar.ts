/**
 * Calendar arithmetic for badges and cards: deadlines (dates or periods such as `2027-Q2`),
 * days left, review due dates. Days are whole local calendar days, the user's calendar.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface CalendarDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day a deadline covers: `2027-09-30` itself, `2027-Q2` -> Jun 30, `2027` -> Dec 31. */
export function deadlineDay(by: string): CalendarDay | null {
  const m = /^(\d{4})(?:-(?:(Q[1-4])|(H[12])|(\d{2}))(?:-(\d{2}))?)?$/i.exec(by.trim());
  if (!m) return null;
  const year = Number(m[1]);
  let month = 12;
  if (m[2]) month = Number(m[2].slice(1)) * 3;
  else if (m[3]) month = Number(m[3].slice(1)) * 6;
  else if (m[4]) month = Number(m[4]);
  if (month < 1 || month > 12) return null;
  const day = m[5] ? Number(m[5]) : daysInMonth(year, month);
  return { year, month, day };
}

export function dayNumber(d: CalendarDay): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

export function today(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** Whole days from `now` to the deadline's last day: 0 on the day, negative once past. */
export function daysLeft(by: string, now: Date): number | null {
  const day = deadlineDay(by);
  return day === null ? null : dayNumber(day) - dayNumber(today(now));
}

/** `2026-11-16` plus 7 days -> `{2026, 11, 23}`. */
export function addDays(iso: string, days: number): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** `Sep 30`, with the year only when the day is not within the coming year: badges are short. */
export function shortDay(d: CalendarDay, now: Date): string {
  const days = dayNumber(d) - dayNumber(today(now));
  const base = `${MONTHS[d.month - 1]} ${d.day}`;
  return days >= 0 && days <= 365 ? base : `${base}, ${d.year}`;
}

/** `30 Sep 2027`: unambiguous when read aloud by a screen reader. */
export function spokenDay(d: CalendarDay): string {
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** `Sep 30, 2027`, as the rest of KPI Lens writes dates. */
export function longDay(d: CalendarDay): string {
  return `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
}
