/**
 * One CSV row read into a raw metric record, ready for validation, with the problems found in
 * its cells that validation cannot see (a Role of Vanity beside a vanity of no).
 */
import { readBoolean, readList, readNumber, slugify } from './csv-cells';
import type { CsvColumn } from './csv-columns';
import { readRoleCell, roleFlagConflicts } from './csv-role';
import type { TargetCell } from './csv-target-cell';
import { readTargetOp } from './quick-target';

export interface MetricRowContext {
  /** Maps an `objective` cell to an objective id (creating the objective for a new name). */
  objectiveId: (cell: string) => string | undefined;
  /** A fresh id from a name, unique in the file. */
  uniqueId: (base: string) => string;
  /** The header the file uses for a column, for sentences about its cells. */
  headerOf: (column: CsvColumn) => string;
}

export interface MetricRow {
  raw: Record<string, unknown>;
  problems: string[];
}

const TARGET_COLUMNS = [
  'target_op',
  'target_value',
  'target_unit',
  'target_from',
  'target_by',
] as const;

/**
 * `cell` gives the row's text in a KPI Lens column ('' when the file has no such column);
 * `targetCell`, its Target cell read, when the file has a Target column instead of target_op
 * and target_value: the target_unit, target_from and target_by cells still win over it.
 */
export function readMetricRow(
  cell: (c: CsvColumn) => string,
  ctx: MetricRowContext,
  targetCell?: TargetCell,
): MetricRow {
  const id = cell('id').trim() || (cell('name').trim() ? ctx.uniqueId(slugify(cell('name'))) : '');
  const hasTarget = TARGET_COLUMNS.some((c) => cell(c).trim() !== '');
  const role = readRoleCell(cell('role'));
  const vanity = readBoolean(cell('vanity'));
  const northStar = readBoolean(cell('northStar'));
  const fromCell = targetCell?.target;
  const problems = [...(targetCell?.problems ?? [])];
  problems.push(
    ...roleFlagConflicts(
      role,
      { vanity, northStar },
      {
        role: ctx.headerOf('role'),
        vanity: ctx.headerOf('vanity'),
        northStar: ctx.headerOf('northStar'),
      },
    ),
  );
  const raw = {
    id,
    name: cell('name'),
    aliases: readList(cell('aliases')),
    role: role.role,
    northStar: northStar ?? role.northStar,
    definition: cell('definition'),
    objectiveId: ctx.objectiveId(cell('objective')),
    supports: cell('supports'),
    target:
      hasTarget || fromCell
        ? {
            op: readTargetOpCell(cell('target_op')) ?? fromCell?.op,
            value: readNumber(cell('target_value')) ?? fromCell?.value,
            unit: cell('target_unit').trim() || fromCell?.unit,
            from: readNumber(cell('target_from')) ?? fromCell?.from,
            by: cell('target_by').trim() || fromCell?.by,
          }
        : undefined,
    owner: cell('owner').trim() || targetCell?.owner,
    team: cell('team'),
    cadence: cell('cadence').trim().toLowerCase() || undefined,
    lastReviewed: cell('lastReviewed'),
    indicator: cell('indicator').trim().toLowerCase() || undefined,
    vanity: vanity ?? role.vanity,
    sites: readList(cell('sites')),
    notes: cell('notes'),
    updatedAt: cell('updatedAt'),
  };
  return { raw, problems };
}

/** `≥`, `>=`, `at least`… as the op; blank is absent; anything else is kept for the error. */
function readTargetOpCell(cell: string): string | undefined {
  const text = cell.trim();
  return text === '' ? undefined : (readTargetOp(text) ?? text);
}
