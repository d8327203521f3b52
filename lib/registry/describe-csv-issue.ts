/**
 * A metric's problem told in the words of the CSV file it came from: the column its reader
 * sees (`target_op`, or the file's own `Deadline`) and what to write there, rather than the
 * record's internal path (`target.op must be one of >=, <=, =`).
 */
import type { z } from 'zod';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns';
import { describeIssue } from './describe-issue';
import { IS_REQUIRED } from './schema';

/** What a cell of each checked column must hold, as the end of "must be …" and "write …". */
const WHAT_TO_WRITE: Partial<Record<CsvColumn, string>> = {
  name: 'the metric’s name as your dashboards show it',
  role: 'KPI, Supporting, Diagnostic, Metric or Vanity (empty means Metric)',
  northStar: 'yes or no (or true, false), or empty',
  target_op: '≥, ≤ or = (or >=, <=, =)',
  target_value: 'a number, such as 25 or 12.5',
  target_from: 'a number, such as 18',
  target_by: 'a date such as 2026-09-30 or a period such as 2026-Q3',
  cadence: 'daily, weekly, monthly or quarterly, or empty',
  lastReviewed: 'a date such as 2026-11-17',
  indicator: 'leading or lagging, or empty',
  vanity: 'yes or no (or true, false), or empty when nobody has judged',
  updatedAt: 'a time such as 2026-11-20T08:12:00.000Z, or empty',
};

const isColumn = (name: string): name is CsvColumn =>
  (CSV_COLUMNS as readonly string[]).includes(name);

/** The CSV column that carries a metric field: `target.op` -> `target_op`, `aliases.2` -> `aliases`. */
export function csvColumnOfPath(path: readonly PropertyKey[]): CsvColumn | undefined {
  const [field, part] = path.map(String);
  if (field === 'target' && part !== undefined) {
    const column = `target_${part}`;
    return isColumn(column) ? column : undefined;
  }
  if (field === 'objectiveId') return 'objective';
  return field !== undefined && isColumn(field) ? field : undefined;
}

/**
 * A blank id cell (or no id column) takes its id from the name, so an id that came out empty
 * means the name is empty: told as the name's problem, in the name's column, never as an id
 * the file may not even have.
 */
function idFromName(issue: z.core.$ZodIssue): boolean {
  return issue.path.length === 1 && issue.path[0] === 'id' && isEmptyIssue(issue);
}

const isEmptyIssue = (issue: z.core.$ZodIssue) =>
  issue.message === IS_REQUIRED || issue.code === 'too_small';

/**
 * One issue of a CSV row: "target_op must be ≥, ≤ or = (or >=, <=, =)", "Deadline is empty:
 * write …". `headerOf` gives the header the file uses for a column.
 */
export function describeCsvIssue(
  issue: z.core.$ZodIssue,
  headerOf: (column: CsvColumn) => string,
): string {
  const column = idFromName(issue) ? 'name' : csvColumnOfPath(issue.path);
  if (column === undefined) return describeIssue(issue);
  const header = headerOf(column);
  const what = WHAT_TO_WRITE[column];
  if (isEmptyIssue(issue)) return what ? `${header} is empty: write ${what}` : `${header} is empty`;
  return what ? `${header} must be ${what}` : `${header} ${issue.message}`;
}
