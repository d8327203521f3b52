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
 * the exact name (a bare `metric` or `KPI` column is too often a value or a yes/no to be one).
 */
const HEADER_SYNONYMS: ReadonlyMap<string, CsvColumn> = new Map<string, CsvColumn>([
  ['metricname', 'name'],
  ['kpiname', 'name'],
  ['alias', 'aliases'],
  ['description', 'definition'],
  ['objectivename', 'objective'],
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
