/** Reads a registry file a person picked, JSON or CSV, by its name and, failing that, its content. */
import { err, type Result } from '../result';
import { parseRegistryCsv } from './csv';
import {
  MAX_REGISTRY_FILE_BYTES,
  parseRegistryJson,
  tooLargeMessage,
  type ParsedRegistryFile,
} from './parse-file';
import type { Registry } from './schema';

export function parseRegistryFile(
  fileName: string,
  text: string,
  current: Registry,
): Result<ParsedRegistryFile> {
  if (text.length > MAX_REGISTRY_FILE_BYTES) return err(tooLargeMessage(text.length));
  const trimmed = text.trimStart();
  if (trimmed === '')
    return err(`"${fileName}" is empty. Export the registry again, or pick another file.`);
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  const isCsv = /\.csv$/i.test(fileName) || (!/\.json$/i.test(fileName) && !looksJson);
  return isCsv ? parseRegistryCsv(text, current.objectives) : parseRegistryJson(text);
}
