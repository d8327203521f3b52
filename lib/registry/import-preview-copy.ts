/**
 * The words of the import preview: what the file would do, counted per kind of record (a
 * marketer counts metrics; objectives come along and are counted apart), and whether there
 * is anything to import at all.
 */
import { plural } from '../text/plural';
import type { ChangeStatus, ImportCounts, ImportPlan, ImportSummary } from './import-plan';

type Kind = 'metric' | 'objective';

const STATUS_WORD: Record<ChangeStatus, string> = {
  added: 'added',
  updated: 'updated',
  unchanged: 'unchanged',
  conflict: 'conflicting',
  removed: 'removed',
};
const STATUSES = Object.keys(STATUS_WORD) as ChangeStatus[];

/** "2 metrics added · 1 metric invalid (skipped) · 1 objective unchanged": zero counts left out. */
export function importCountsText(plan: ImportPlan): string {
  const parts: string[] = [];
  for (const kind of ['metric', 'objective'] as const) {
    const changes = plan.changes.filter((c) => c.kind === kind);
    for (const status of STATUSES) {
      const n = changes.filter((c) => c.status === status).length;
      if (n > 0) parts.push(`${plural(n, kind)} ${STATUS_WORD[status]}`);
    }
    const invalid = plan.invalid.filter((r) => r.kind === kind).length;
    if (invalid > 0) parts.push(`${plural(invalid, kind)} invalid (skipped)`);
  }
  return parts.length > 0 ? parts.join(' · ') : 'This file has no metrics or objectives.';
}

export interface ImportOffer {
  /**
   * Whether the Import button and the Merge / Replace choice are shown at all: not when the file
   * can give nothing (a choice of how to import nothing only asks a needless question).
   */
  offered: boolean;
  /** Whether confirming would change the registry. */
  changes: boolean;
  /** Why there is nothing to import, when there is not; shown above the records it names. */
  reason?: string;
}

export function importOffer(plan: ImportPlan): ImportOffer {
  const fromFile = plan.changes.filter((c) => c.status !== 'removed');
  // Replacing a registry with a file whose every record is broken would only empty it.
  if (fromFile.length === 0 && plan.invalid.length > 0)
    return {
      offered: false,
      changes: false,
      reason: 'Nothing can be imported: every record in this file has a problem (listed below).',
    };
  if (plan.changes.some((c) => c.status !== 'unchanged')) return { offered: true, changes: true };
  if (fromFile.length === 0)
    return { offered: false, changes: false, reason: 'Nothing to import: this file is empty.' };
  return {
    offered: true,
    changes: false,
    reason:
      plan.invalid.length > 0
        ? 'Nothing new to import: your registry already has every record of this file that can be read; the others have a problem (listed below).'
        : 'Nothing to import: your registry already has all of it.',
  };
}

/** One kind's part of the message after an import: "2 metrics added, 1 metric updated". */
function doneText(counts: ImportCounts, kind: Kind): string[] {
  const parts: string[] = [];
  if (counts.added) parts.push(`${plural(counts.added, kind)} added`);
  if (counts.updated) parts.push(`${plural(counts.updated, kind)} updated`);
  if (counts.keptMine) parts.push(`${plural(counts.keptMine, kind)} kept as you had them`);
  if (counts.removed) parts.push(`${plural(counts.removed, kind)} removed`);
  return parts;
}

/**
 * The status after an import: `Imported “team.json”: 1 metric added, 1 metric updated ·
 * 1 objective added. The registry now has 22 metrics.`
 */
export function importedText(
  fileName: string,
  summary: ImportSummary,
  metricCount: number,
): string {
  const parts = [doneText(summary.metric, 'metric'), doneText(summary.objective, 'objective')]
    .filter((p) => p.length > 0)
    .map((p) => p.join(', '));
  const what = parts.length > 0 ? parts.join(' · ') : 'nothing changed';
  return `Imported “${fileName}”: ${what}. The registry now has ${plural(metricCount, 'metric')}.`;
}
