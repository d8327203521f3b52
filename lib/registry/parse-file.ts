/**
 * Turns the text of a registry file (JSON) into records, one record at a time: a bad record
 * is reported with a sentence that names it and its field, and never costs the others.
 */
import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { describeIssue, recordLabel } from './describe-issue';
import { migrateToCurrent } from './migrate';
import { describeJsonSyntaxError } from './json-syntax-error';
import {
  metricSchema,
  objectiveSchema,
  registryFileEnvelopeSchema,
  type Metric,
  type Objective,
  type Registry,
} from './schema';

/** Larger than any real registry (5,000 metrics are ~3 MB); refusing early keeps the tab alive. */
export const MAX_REGISTRY_FILE_BYTES = 10 * 1024 * 1024;

export interface InvalidRecord {
  kind: 'metric' | 'objective';
  /** Position in the file, from 0. */
  index: number;
  id?: string | undefined;
  label: string;
  reasons: string[];
}

export interface ParsedRegistryFile {
  registry: Registry;
  invalid: InvalidRecord[];
  /** What the file holds that KPI Lens leaves out (a CSV column it has no field for). */
  warnings: string[];
  /**
   * Where this file names the metric a record explains, as advice for a record that names none
   * ("write that metric’s name in the file’s Supports column"); absent, a JSON file's `supports` field.
   */
  supportsAdvice?: string;
}

export function tooLargeMessage(bytes: number): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `This file is ${mb} MB; a registry file is at most ${MAX_REGISTRY_FILE_BYTES / 1024 / 1024} MB. Check that it is a KPI Lens export (JSON or CSV), or split it.`;
}

export function parseRegistryJson(text: string): Result<ParsedRegistryFile> {
  if (text.length > MAX_REGISTRY_FILE_BYTES) return err(tooLargeMessage(text.length));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = describeJsonSyntaxError(e instanceof Error ? e.message : String(e), text);
    return err(
      `This file is not valid JSON: ${why}. Export it again from KPI Lens, or open it in a text editor and fix that spot.`,
    );
  }
  const migrated = migrateToCurrent(data);
  if (!migrated.ok) return migrated;
  const envelope = registryFileEnvelopeSchema.safeParse(migrated.value);
  if (!envelope.success) {
    const first = envelope.error.issues[0];
    return err(
      `This registry file is malformed: ${first ? describeIssue(first) : 'unknown problem'}. Export it again from KPI Lens.`,
    );
  }
  return ok(
    validateRecords(
      envelope.data.name,
      envelope.data.objectives ?? [],
      envelope.data.metrics ?? [],
    ),
  );
}

/**
 * How a file's records are named and their problems told: a JSON file speaks in fields
 * (`target.value`), a CSV file in the columns its reader sees (`target_value`).
 */
export interface RecordReading {
  labelFor: (kind: RecordKind, index: number, raw: unknown) => string;
  describeIssue: (issue: z.core.$ZodIssue) => string;
  /** Problems found while reading a record's cells (a Target cell that says nothing clear). */
  problemsOf?: (kind: RecordKind, index: number) => readonly string[];
}
type RecordKind = InvalidRecord['kind'];

const JSON_READING: RecordReading = { labelFor: recordLabel, describeIssue };

/** Validates records one by one, then drops duplicates and broken references. */
export function validateRecords(
  name: string | undefined,
  rawObjectives: readonly unknown[],
  rawMetrics: readonly unknown[],
  reading: RecordReading = JSON_READING,
): ParsedRegistryFile {
  const invalid: InvalidRecord[] = [];
  const objectives = collectValid('objective', rawObjectives, objectiveSchema, invalid, reading);
  const metrics = collectValid('metric', rawMetrics, metricSchema, invalid, reading);
  return { registry: { name, objectives, metrics }, invalid, warnings: [] };
}

function collectValid<T extends Objective | Metric>(
  kind: 'metric' | 'objective',
  raws: readonly unknown[],
  schema: z.ZodType<T, unknown>,
  invalid: InvalidRecord[],
  reading: RecordReading,
): T[] {
  const seen = new Map<string, number>();
  const valid: T[] = [];
  raws.forEach((raw, index) => {
    const label = reading.labelFor(kind, index, raw);
    const parsed = schema.safeParse(raw);
    const problems = reading.problemsOf?.(kind, index) ?? [];
    if (!parsed.success || problems.length > 0) {
      const issues = parsed.success ? [] : parsed.error.issues.map(reading.describeIssue);
      // Two issues may tell one problem (a CSV row's empty id is its empty name): told once.
      invalid.push({ kind, index, label, reasons: [...new Set([...problems, ...issues])] });
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      invalid.push({
        kind,
        index,
        id: parsed.data.id,
        label,
        reasons: [
          `id '${parsed.data.id}' is already used by ${kind} ${first + 1}; ids must be unique`,
        ],
      });
      return;
    }
    seen.set(parsed.data.id, index);
    valid.push(parsed.data);
  });
  return valid;
}
