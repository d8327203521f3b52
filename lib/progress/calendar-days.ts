/**
 * Calendar days as whole numbers, for pace, baselines, badges, cards and the health review.
 * Pure: dates come in as ISO text (`2026-11-22`, or a full ISO time whose date part is used)
 * or as a moment the caller read (`localDay`), never from the clock.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/** `2026-11-22` (or `2026-11-22T08:00:00Z`) -> days since 1970-01-01; null if not a date. */
export function dayOf(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(year, month - 1, day);
  const back = new Date(t);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null; // 2026-02-30
  return t / DAY_MS;
}

/** The calendar day a moment falls on where the user is (their local calendar), as a day number. */
export function localDay(moment: Date): number {
  return Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate()) / DAY_MS;
}

/** Days since 1970-01-01 -> `2026-11-22`. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The last day a deadline covers, as a day number: an ISO date itself, `2027-03` -> Mar 31,
 * `2027-Q3` -> Sep 30, `2027-H1` -> Jun 30, `2027` -> Dec 31. Null for anything else.
 */
export function deadlineEndDay(by: string): number | null {
  const m = /^(\d{4})(?:-(?:Q([1-4])|H([12])|(0[1-9]|1[0-2])(?:-(\d{2}))?))?$/i.exec(by.trim());
  if (!m) return null;
  if (m[5]) return dayOf(by);
  const year = Number(m[1]);
  const lastMonth = m[2] ? Number(m[2]) * 3 : m[3] ? Number(m[3]) * 6 : m[4] ? Number(m[4]) : 12;
  // Day 0 of the following month is the last day of this one.
  return Date.UTC(year, lastMonth, 0) / DAY_MS;
}

/**
 * The day a deadline names when it names one (`2027-09-30`), null for a period (`2027-Q3`,
 * `2027-09`, `2027`) or anything else: badges and cards write an exact day short (`Sep 30`)
 * and a period as the user wrote it.
 */
export function exactDeadlineDay(by: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(by) ? deadlineEndDay(by) : null;
}

/** Month names as KPI Lens writes them, January first. */
export const MONTHS: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** Year, month (1-12) and day of the month of a day number. */
export function dateParts(day: number): [year: number, month: number, date: number] {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** `Sep 30, 2027`, as the rest of KPI Lens writes dates. */
export function longDate(day: number): string {
  const [year, month, date] = dateParts(day);
  return `${MONTHS[month - 1]} ${date}, ${year}`;
}
