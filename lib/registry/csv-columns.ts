/**
 * The columns of the CSV form, and which column of a file holds each: the exporter's names,
 * then headers that people write in spreadsheets kept by hand.
 */

export const CSV_COLUMNS = [
  'id',
  'name',
  'aliases',
  'role',
  'northStar',
  'definition',
  'objective',
  'supports',
  'target_op',
  'target_value',
  'target_unit',
  'target_from',
  'target_by',
  'owner',
  'team',
  'cadence',
  'lastReviewed',
  'indicator',
  'vanity',
  'sites',
  'notes',
  'updatedAt',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A header as people write it: `Target by`, `target_by` and `TargetBy` are one column. */
export const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const COLUMN_BY_KEY = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [headerKey(c), c]));
/**
 * Headers of spreadsheets kept by hand that mean a KPI Lens column, read when no column has
 * the exact name. A bare `KPI` column is too often a yes/no to be the name; a bare `Metric`
 * column (the title of KPI Lens's own table) is read by `readCsvLayout` when its cells are names.
 */
const HEADER_SYNONYMS: ReadonlyMap<string, CsvColumn> = new Map<string, CsvColumn>([
  ['metricname', 'name'],
  ['kpiname', 'name'],
  ['alias', 'aliases'],
  ['description', 'definition'],
  ['objectivename', 'objective'],
  ['owners', 'owner'],
  ['teamname', 'team'],
  ['deadline', 'target_by'],
  ['targetdate', 'target_by'],
  ['baseline', 'target_from'],
  ['reviewcadence', 'cadence'],
  ['site', 'sites'],
  ['note', 'notes'],
]);

/** Which column of the file holds each KPI Lens column: exact names first, then synonyms. */
export function csvColumnIndex(headers: readonly string[]): Map<CsvColumn, number> {
  const index = new Map<CsvColumn, number>();
  for (const table of [COLUMN_BY_KEY, HEADER_SYNONYMS]) {
    headers.forEach((header, i) => {
      const column = table.get(headerKey(header));
      if (column !== undefined && !index.has(column)) index.set(column, i);
    });
  }
  return index;
}

/** A column of the file that KPI Lens leaves out, and why, for the import preview. */
export interface UnreadColumn {
  /** The header as written ('' for a column with no title). */
  header: string;
  /** Position in the file, from 0. */
  position: number;
  /**
   * `unknown`: KPI Lens has no such field; `duplicate`: another column gives the field;
   * `not-names`: a `Metric` column of yes/no flags or values, where no column gives names.
   */
  why: 'unknown' | 'duplicate' | 'not-names';
  /** For a duplicate: the header of the column read instead. */
  readInstead?: string;
}

export interface CsvLayout {
  index: Map<CsvColumn, number>;
  /** A `Target` column holding whole targets ("≥25%"), read when the file has no target_op or target_value. */
  targetColumn?: number;
  unread: UnreadColumn[];
}

/** Cells of a yes/no column or a column of values: such a `Metric` column names no metric. */
const FLAG_OR_VALUE = /^(?:yes|no|y|n|true|false|x|✓|✔|✗|[-+]?[$€£¥]?\d[\d,. ]*%?)$/i;

/**
 * Which column gives each KPI Lens column, which one holds whole targets, and which are left
 * out. `rows` are the data rows, read only to tell a `Metric` column of names from one of flags.
 */
export function readCsvLayout(headers: readonly string[], rows: readonly string[][]): CsvLayout {
  const index = csvColumnIndex(headers);
  const keyAt = (i: number) => headerKey(headers[i] ?? '');
  const cellsAt = (i: number) => rows.map((row) => (row[i] ?? '').trim()).filter(Boolean);
  const unread: UnreadColumn[] = [];

  const metricColumn = headers.findIndex((_, i) => keyAt(i) === 'metric');
  if (!index.has('name') && metricColumn >= 0) {
    const cells = cellsAt(metricColumn);
    if (cells.some((c) => !FLAG_OR_VALUE.test(c))) index.set('name', metricColumn);
    else
      unread.push({
        header: headers[metricColumn] ?? '',
        position: metricColumn,
        why: 'not-names',
      });
  }
  const targetAt = headers.findIndex((_, i) => keyAt(i) === 'target');
  const targetColumn =
    targetAt >= 0 && !index.has('target_op') && !index.has('target_value') ? targetAt : undefined;

  const read = new Set<number>(index.values());
  if (targetColumn !== undefined) read.add(targetColumn);
  headers.forEach((header, i) => {
    if (read.has(i) || unread.some((u) => u.position === i)) return;
    // Spreadsheets often end rows with empty cells: a column of nothing loses nothing.
    if (header.trim() === '' && cellsAt(i).length === 0) return;
    const key = keyAt(i);
    // A second column for a field already read, or a Target beside target_op/target_value.
    const field = COLUMN_BY_KEY.get(key) ?? HEADER_SYNONYMS.get(key);
    const givenBy =
      key === 'target'
        ? (index.get('target_value') ?? index.get('target_op'))
        : field && index.get(field);
    if (givenBy !== undefined)
      unread.push({ header, position: i, why: 'duplicate', readInstead: headers[givenBy] ?? '' });
    else unread.push({ header, position: i, why: 'unknown' });
  });
  unread.sort((a, b) => a.position - b.position);
  return targetColumn === undefined ? { index, unread } : { index, targetColumn, unread };
}
