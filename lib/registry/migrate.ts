/**
 * Brings a parsed registry file of any released format version to the current one.
 * The file format is a contract with users: every version ever written stays importable,
 * so each format bump adds a step here and never removes one.
 */
import { err, ok, type Result } from '../result';
import { isPlainObject } from './describe-issue';
import { REGISTRY_FORMAT, REGISTRY_VERSION } from './schema';

type MigrationStep = (file: Record<string, unknown>) => Record<string, unknown>;

/** `STEPS[n]` turns a version n file into version n + 1. Version 1 is the first. */
const STEPS: Record<number, MigrationStep> = {};

export function migrateToCurrent(data: unknown): Result<Record<string, unknown>> {
  if (!isPlainObject(data)) {
    return err(
      'This file does not hold a KPI Lens registry (expected an object with "metrics"). Export it again from KPI Lens, or pick the right file.',
    );
  }
  if (data.format !== undefined && data.format !== REGISTRY_FORMAT) {
    return err(
      `This file says it is "${String(data.format).slice(0, 40)}", not a KPI Lens registry ("${REGISTRY_FORMAT}"). Pick a file exported from KPI Lens.`,
    );
  }
  if (
    data.format === undefined &&
    !Array.isArray(data.metrics) &&
    !Array.isArray(data.objectives)
  ) {
    return err(
      'This file has no "metrics" list, so it is not a KPI Lens registry. Pick a file exported from KPI Lens.',
    );
  }
  const version = data.version ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err(
      `This file's "version" (${String(version).slice(0, 20)}) is not a format version. Export it again from KPI Lens.`,
    );
  }
  if (version > REGISTRY_VERSION) {
    return err(
      `This file was written by a newer KPI Lens (format version ${version}; this one reads up to ${REGISTRY_VERSION}). Update the extension, then import it again.`,
    );
  }
  let file = data;
  for (let v = version; v < REGISTRY_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return err(`No upgrade from format version ${v} is known. Please report this file.`);
    file = step(file);
  }
  return ok({ ...file, version: REGISTRY_VERSION });
}
