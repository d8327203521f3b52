/**
 * The CSV form of the registry: one metric per row, for spreadsheets. Objectives travel by
 * name in the `objective` column and are matched to the importing registry's objectives.
 */
import Papa from 'papaparse';
import { err, ok, type Result } from '../result';
import {
  MAX_REGISTRY_FILE_BYTES,
  tooLargeMessage,
  validateRecords,
  type ParsedRegistryFile,
} from './parse-file';
import { neutraliseFormula, readNeutralised, slugify } from './csv-cells';
import { byId } from './export-json';
import { CSV_COLUMNS, readCsvLayout, type CsvColumn } from './csv-columns';
import { readTargetCell } from './csv-target-cell';
import { describeUnreadColumns } from './csv-unread-columns';
import { describeCsvIssue } from './describe-csv-issue';
import { readMetricRow, type MetricRowContext } from './csv-metric-row';
import type { Metric, Objective, Registry } from './schema';

function metricToRow(metric: Metric, objectiveName: Map<string, string>): string[] {
  const t = metric.target;
  const cells: Record<CsvColumn, string> = {
    id: metric.id,
    name: metric.name,
    aliases: metric.aliases.join('|'),
    role: metric.role,
    northStar: metric.northStar === undefined ? '' : String(metric.northStar),
    definition: metric.definition ?? '',
    objective: metric.objectiveId
      ? (objectiveName.get(metric.objectiveId) ?? metric.objectiveId)
      : '',
    supports: metric.supports ?? '',
    target_op: t?.op ?? '',
    target_value: t ? String(t.value) : '',
    target_unit: t?.unit ?? '',
    target_from: t?.from === undefined ? '' : String(t.from),
    target_by: t?.by ?? '',
    owner: metric.owner ?? '',
    team: metric.team ?? '',
    cadence: metric.cadence ?? '',
    lastReviewed: metric.lastReviewed ?? '',
    indicator: metric.indicator ?? '',
    vanity: metric.vanity === undefined ? '' : String(metric.vanity),
    sites: metric.sites.join('|'),
    notes: metric.notes ?? '',
    updatedAt: metric.updatedAt ?? '',
  };
  return CSV_COLUMNS.map((c) => neutraliseFormula(cells[c]));
}

export function exportRegistryCsv(registry: Registry): string {
  const objectiveName = new Map(registry.objectives.map((o) => [o.id, o.name]));
  const rows = [...registry.metrics].sort(byId).map((m) => metricToRow(m, objectiveName));
  // CRLF line ends open cleanly in Excel, Sheets and Numbers alike.
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}

/**
 * Reads a CSV export (or a spreadsheet made from one). `existingObjectives` are the importing
 * registry's: `objective` cells are matched to them by name or id, and new names become new
 * objectives. `today` places a deadline written without its year in a Target cell ("by Q3").
 */
export function parseRegistryCsv(
  text: string,
  existingObjectives: readonly Objective[] = [],
  today: Date = new Date(),
): Result<ParsedRegistryFile> {
  if (text.length > MAX_REGISTRY_FILE_BYTES) return err(tooLargeMessage(text.length));
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: 'greedy',
  });
  const broken = parsed.errors.find((e) => e.type === 'Quotes' || e.code === 'TooManyFields');
  if (broken) {
    const row = broken.row === undefined ? '' : ` near row ${broken.row + 2}`;
    return err(
      `This CSV file has broken quoting${row} (${broken.message}). Open it in your spreadsheet, check that cell, and export it as CSV again.`,
    );
  }
  const [header, ...rows] = parsed.data;
  if (!header)
    return err('This CSV file is empty. Export the registry again, or pick another file.');
  const columns = header.map((h) => h.trim().replace(/^\uFEFF/, ''));
  const { index, targetColumn, unread } = readCsvLayout(columns, rows);
  if (!index.has('name')) {
    const flags = unread.find((c) => c.why === 'not-names');
    const why = flags
      ? `its “${flags.header}” column holds yes/no flags or numbers, not metric names`
      : `its columns: ${columns.slice(0, 8).join(', ') || 'none'}`;
    return err(
      `This CSV file has no "name" column (${why}). The first row must hold column names such as name (or Metric name), role, owner.`,
    );
  }
  const objectives = new ObjectiveResolver(existingObjectives);
  const usedIds = new Set<string>();
  // Problems are told by the header the file uses, else by the exporter's column name.
  const headerOf = (column: CsvColumn) => {
    const i = index.get(column) ?? (column.startsWith('target_') ? targetColumn : undefined);
    return i === undefined ? column : (columns[i] ?? column);
  };
  const context: MetricRowContext = {
    objectiveId: (cell) => objectives.resolve(cell),
    uniqueId: (base) => {
      const id = uniqueId(base, usedIds);
      usedIds.add(id);
      return id;
    },
    headerOf,
  };
  const read = rows.map((row) => {
    const cellAt = (i: number | undefined) =>
      i === undefined ? '' : readNeutralised(row[i] ?? '');
    const cell = (c: CsvColumn) => cellAt(index.get(c));
    const targetCell =
      targetColumn === undefined
        ? undefined
        : readTargetCell(cellAt(targetColumn), columns[targetColumn] ?? 'Target', today);
    const metricRow = readMetricRow(cell, context, targetCell);
    usedIds.add(String(metricRow.raw.id));
    return metricRow;
  });
  const file = validateRecords(
    undefined,
    objectives.used(),
    read.map((r) => r.raw),
    {
      labelFor: csvRowLabel,
      describeIssue: (issue) => describeCsvIssue(issue, headerOf),
      problemsOf: (kind, i) => (kind === 'metric' ? (read[i]?.problems ?? []) : []),
    },
  );
  return ok({
    ...file,
    warnings: describeUnreadColumns(unread),
    supportsAdvice: index.has('supports')
      ? `write that metric’s name in the file’s ${headerOf('supports')} column`
      : 'write that metric’s name in a supports column of the file',
  });
}

function csvRowLabel(_kind: 'metric' | 'objective', index: number, raw: unknown): string {
  const name = (raw as { name?: unknown }).name;
  return typeof name === 'string' && name.trim()
    ? `row ${index + 2} '${name.trim().slice(0, 60)}'`
    : `row ${index + 2}`;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Maps `objective` cells (names, or ids) to objective ids, creating objectives for new names. */
class ObjectiveResolver {
  private readonly byKey = new Map<string, Objective>();
  private readonly referenced = new Map<string, Objective>();

  constructor(existing: readonly Objective[]) {
    for (const o of existing) {
      this.byKey.set(o.name.trim().toLowerCase(), o);
      this.byKey.set(`id:${o.id}`, o);
    }
  }

  resolve(cell: string): string | undefined {
    const name = cell.trim();
    if (!name) return undefined;
    let objective = this.byKey.get(name.toLowerCase()) ?? this.byKey.get(`id:${name}`);
    if (!objective) {
      const taken = new Set([...this.byKey.values()].map((o) => o.id));
      objective = { id: uniqueId(slugify(name), taken), name };
      this.byKey.set(name.toLowerCase(), objective);
      this.byKey.set(`id:${objective.id}`, objective);
    }
    this.referenced.set(objective.id, objective);
    return objective.id;
  }

  used(): Objective[] {
    return [...this.referenced.values()];
  }
}
