/**
 * What an import would do, before anything is written: each record of the file classified
 * against the registry (added, updated, unchanged, conflicting), records removed by a replace,
 * and invalid records with their reasons. The same pure functions run in the options page
 * (for the preview) and in the background (to write), so the preview is what gets written.
 */
import { findBrokenReferences } from './check-references';
import { resolveSupportsByName } from './supports-by-name';
import type { InvalidRecord, ParsedRegistryFile } from './parse-file';
import { recordsEqual, isNewer } from './record-compare';
import type { Metric, Objective, Registry } from './schema';
import { unexplainedImportWarnings } from './unexplained-imports';

export type ImportMode = 'merge' | 'replace';
export type ChangeStatus = 'added' | 'updated' | 'unchanged' | 'conflict' | 'removed';
export type Pick = 'incoming' | 'current';
/** Per-record choices for updated and conflicting records, keyed by `changeKey`. */
export type ImportChoices = Record<string, Pick>;

export type RecordChange =
  | {
      kind: 'metric';
      id: string;
      status: ChangeStatus;
      incoming?: Metric;
      current?: Metric;
      defaultPick: Pick;
    }
  | {
      kind: 'objective';
      id: string;
      status: ChangeStatus;
      incoming?: Objective;
      current?: Objective;
      defaultPick: Pick;
    };

export interface ImportPlan {
  mode: ImportMode;
  changes: RecordChange[];
  invalid: InvalidRecord[];
  counts: Record<ChangeStatus | 'invalid', number>;
  /**
   * What the file holds that the import leaves out, then the records it would bring in
   * incomplete (a supporting metric that supports nothing), in sentences for the preview.
   */
  warnings: string[];
  /** The file's registry name, if it has one. */
  name?: string | undefined;
}

export const changeKey = (c: { kind: string; id: string }): string => `${c.kind}:${c.id}`;

export function planImport(
  current: Registry,
  file: ParsedRegistryFile,
  mode: ImportMode,
): ImportPlan {
  const invalid = [...file.invalid];
  let incoming = resolveSupportsByName(current, file.registry);
  // Drop incoming metrics whose references would dangle or loop once written; dropping one can
  // break another's reference, so repeat until nothing changes (at most once per metric).
  for (;;) {
    const result = applyPlan(current, classify(current, incoming, mode), {});
    const broken = findBrokenReferences(result);
    const incomingIds = new Set(incoming.metrics.map((m) => m.id));
    const dropped = [...broken].filter(([id]) => incomingIds.has(id));
    if (dropped.length === 0) break;
    const droppedIds = new Set(dropped.map(([id]) => id));
    incoming.metrics.forEach((m, index) => {
      const reasons = broken.get(m.id);
      if (reasons && droppedIds.has(m.id)) {
        invalid.push({ kind: 'metric', index, id: m.id, label: `metric '${m.name}'`, reasons });
      }
    });
    incoming = { ...incoming, metrics: incoming.metrics.filter((m) => !droppedIds.has(m.id)) };
  }
  const changes = classify(current, incoming, mode);
  const counts = {
    added: 0,
    updated: 0,
    unchanged: 0,
    conflict: 0,
    removed: 0,
    invalid: invalid.length,
  };
  for (const c of changes) counts[c.status]++;
  const warnings = [...file.warnings, ...unexplainedImportWarnings(changes, file.supportsAdvice)];
  return { mode, changes, invalid, counts, warnings, name: incoming.name };
}

function classify(current: Registry, incoming: Registry, mode: ImportMode): RecordChange[] {
  return [
    ...classifyKind('objective', current.objectives, incoming.objectives, mode),
    ...classifyKind('metric', current.metrics, incoming.metrics, mode),
  ] as RecordChange[];
}

function classifyKind<T extends Metric | Objective>(
  kind: 'metric' | 'objective',
  currentRecords: readonly T[],
  incomingRecords: readonly T[],
  mode: ImportMode,
) {
  const currentById = new Map(currentRecords.map((r) => [r.id, r]));
  const incomingIds = new Set(incomingRecords.map((r) => r.id));
  const changes = incomingRecords.map((incoming) => {
    const current = currentById.get(incoming.id);
    if (!current)
      return {
        kind,
        id: incoming.id,
        status: 'added' as const,
        incoming,
        defaultPick: 'incoming' as const,
      };
    if (recordsEqual(current, incoming)) {
      return {
        kind,
        id: incoming.id,
        status: 'unchanged' as const,
        incoming,
        current,
        defaultPick: 'current' as const,
      };
    }
    // Newer `updatedAt` wins by default. A file record no newer than ours is a conflict: the
    // person importing is told, and keeps theirs unless they pick the file's.
    const incomingWins = kind === 'objective' || isNewer(incoming as Metric, current as Metric);
    return {
      kind,
      id: incoming.id,
      status: incomingWins ? ('updated' as const) : ('conflict' as const),
      incoming,
      current,
      defaultPick: incomingWins ? ('incoming' as const) : ('current' as const),
    };
  });
  if (mode === 'replace') {
    for (const current of currentRecords) {
      if (!incomingIds.has(current.id)) {
        changes.push({
          kind,
          id: current.id,
          status: 'removed',
          current,
          defaultPick: 'incoming',
        } as never);
      }
    }
  }
  return changes;
}

/** The registry an import leaves behind, given the person's picks. */
export function applyImport(current: Registry, plan: ImportPlan, choices: ImportChoices): Registry {
  const result = applyPlan(current, plan.changes, choices);
  const name = plan.mode === 'replace' ? (plan.name ?? current.name) : (current.name ?? plan.name);
  return { ...result, name };
}

function applyPlan(
  current: Registry,
  changes: readonly RecordChange[],
  choices: ImportChoices,
): Registry {
  const objectives = new Map(current.objectives.map((o) => [o.id, o]));
  const metrics = new Map(current.metrics.map((m) => [m.id, m]));
  for (const change of changes) {
    const target = (change.kind === 'metric' ? metrics : objectives) as Map<
      string,
      Metric | Objective
    >;
    const pick = choices[changeKey(change)] ?? change.defaultPick;
    if (change.status === 'removed') target.delete(change.id);
    else if (change.incoming && pick === 'incoming') target.set(change.id, change.incoming);
  }
  return {
    name: current.name,
    objectives: [...objectives.values()],
    metrics: [...metrics.values()],
  };
}

export interface ImportCounts {
  added: number;
  /** Records present on both sides whose file version was taken. */
  updated: number;
  /** Records present on both sides where the registry's version was kept. */
  keptMine: number;
  unchanged: number;
  removed: number;
}

/** What an import did, per kind of record (a person counts metrics; objectives come along). */
export interface ImportSummary {
  metric: ImportCounts;
  objective: ImportCounts;
  invalid: number;
}

const noCounts = (): ImportCounts => ({
  added: 0,
  updated: 0,
  keptMine: 0,
  unchanged: 0,
  removed: 0,
});

/** What an import did, counted the way the person chose. */
export function summariseImport(plan: ImportPlan, choices: ImportChoices): ImportSummary {
  const summary: ImportSummary = {
    metric: noCounts(),
    objective: noCounts(),
    invalid: plan.invalid.length,
  };
  for (const change of plan.changes) {
    const counts = summary[change.kind];
    if (change.status === 'updated' || change.status === 'conflict') {
      const pick = choices[changeKey(change)] ?? change.defaultPick;
      if (pick === 'incoming') counts.updated++;
      else counts.keptMine++;
    } else if (change.status === 'added') counts.added++;
    else if (change.status === 'removed') counts.removed++;
    else counts.unchanged++;
  }
  return summary;
}
