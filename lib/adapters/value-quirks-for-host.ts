/**
 * Per-tool knowledge for reading values, picked by host. Each tool's quirks live beside the
 * fixture that proves them (lib/adapters/<tool>/values.ts, test/fixtures/values/).
 */
import type { ValueQuirks } from '../values/value-quirks';
import { lookerStudioValueQuirks } from './looker-studio/values';

const QUIRKS_BY_HOST: readonly { hosts: readonly string[]; quirks: ValueQuirks }[] = [
  { hosts: ['lookerstudio.google.com', 'datastudio.google.com'], quirks: lookerStudioValueQuirks },
];

export function valueQuirksFor(host: string): ValueQuirks | undefined {
  const h = host.toLowerCase();
  return QUIRKS_BY_HOST.find((entry) => entry.hosts.some((x) => h === x || h.endsWith(`.${x}`)))
    ?.quirks;
}
