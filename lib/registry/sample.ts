/**
 * The sample registry offered on first run ("Try with the sample registry"), built from the
 * doctrine's own examples. Embedded in the build, and kept in public/ as a file to look at.
 */
import sampleFile from '../../public/sample-registry.json';
import { parseRegistryJson } from './parse-file';
import type { Registry } from './schema';

export function sampleRegistry(): Registry {
  const parsed = parseRegistryJson(JSON.stringify(sampleFile));
  // A unit test proves the sample parses whole; failing loudly here beats an empty sample.
  if (!parsed.ok || parsed.value.invalid.length > 0)
    throw new Error('The bundled sample registry is invalid');
  return parsed.value.registry;
}
