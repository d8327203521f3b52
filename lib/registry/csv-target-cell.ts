/**
 * A spreadsheet's single Target column ("≥25%", ">= 25 %", "<= $50 by 2027-Q1") read the way
 * the popup reads its quick target field, so that a target is written one way everywhere.
 */
import { parseQuickTarget } from './quick-target';
import type { Target } from './schema';

export interface TargetCell {
  target?: Target;
  /** An owner written in the cell ("≥ 25% · Dana"), for rows with no owner cell. */
  owner?: string;
  /** Sentences naming the column, for the row's reasons; the row is refused when any. */
  problems: string[];
}

export function readTargetCell(text: string, header: string, today: Date): TargetCell {
  if (text.trim() === '') return { problems: [] };
  const read = parseQuickTarget(text, today, { acceptPastDeadlines: true });
  const cell: TargetCell = { problems: read.errors.map((error) => `${header}: ${error}`) };
  if (read.target) cell.target = read.target;
  if (read.owner) cell.owner = read.owner;
  return cell;
}
