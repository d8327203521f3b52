/**
 * Supporting and diagnostic metrics a file brings in without the metric they explain. The
 * format accepts them (`supports` is optional), so the import keeps them; but the preview says
 * so before the import, in the file's words, rather than leaving it to the health review after.
 */
import type { RecordChange } from './import-plan';

/** How a JSON file is told to name the metric a record explains. */
export const JSON_SUPPORTS_ADVICE = 'give it the id of that metric as “supports” in the file';

const WHAT_IT_DOES = { supporting: 'supports', diagnostic: 'explains' } as const;

/**
 * One sentence per record the import would write as supporting or diagnostic with no
 * `supports`: "“Signups” is supporting but names no metric it supports: add …, or set it after
 * importing." Records already in the registry as they are bring nothing new, and are left to
 * the health review. `advice` says where this file writes the link.
 */
export function unexplainedImportWarnings(
  changes: readonly RecordChange[],
  advice: string = JSON_SUPPORTS_ADVICE,
): string[] {
  const warnings: string[] = [];
  for (const change of changes) {
    if (change.kind !== 'metric' || change.status === 'unchanged') continue;
    const m = change.incoming;
    if (!m || m.supports !== undefined) continue;
    if (m.role !== 'supporting' && m.role !== 'diagnostic') continue;
    warnings.push(
      `“${m.name}” is ${m.role} but names no metric it ${WHAT_IT_DOES[m.role]}: ${advice}, or set it after importing.`,
    );
  }
  return warnings;
}
