import { useState } from 'preact/hooks';
import type { RegistryApi } from '../../lib/messaging/registry-api';
import { planImport, type ImportChoices, type ImportMode } from '../../lib/registry/import-plan';
import { importedText } from '../../lib/registry/import-preview-copy';
import { parseRegistryFile } from '../../lib/registry/parse-any-file';
import {
  MAX_REGISTRY_FILE_BYTES,
  tooLargeMessage,
  type ParsedRegistryFile,
} from '../../lib/registry/parse-file';
import type { Registry } from '../../lib/registry/schema';
import { err, type Result } from '../../lib/result';
import type { Status } from './StatusNotice';

export interface ImportDraft {
  fileName: string;
  parsed: ParsedRegistryFile;
  mode: ImportMode;
  choices: ImportChoices;
}

type Run = <T>(action: () => Promise<Result<T>>, success: (v: T) => string) => Promise<boolean>;

/** Reading a picked file into a preview, and writing it once the person confirms. */
export function useImportFlow(
  api: RegistryApi,
  registry: Registry | undefined,
  run: Run,
  setStatus: (s: Status | null) => void,
) {
  const [draft, setDraft] = useState<ImportDraft | null>(null);

  async function readFile(file: File) {
    if (!registry) return;
    setStatus(null);
    // Size first: reading a huge file as text would freeze the page before refusing it.
    const parsed: Result<ParsedRegistryFile> =
      file.size > MAX_REGISTRY_FILE_BYTES
        ? err(tooLargeMessage(file.size))
        : parseRegistryFile(file.name, await file.text(), registry);
    if (!parsed.ok) {
      setDraft(null);
      setStatus({ kind: 'error', text: `Nothing was imported. ${parsed.error}` });
      return;
    }
    setDraft({ fileName: file.name, parsed: parsed.value, mode: 'merge', choices: {} });
  }

  async function confirm() {
    if (!draft) return;
    const { fileName, parsed, mode, choices } = draft;
    const done = await run(
      () => api.importRegistry({ registry: parsed.registry, mode, choices, source: fileName }),
      (o) => importedText(fileName, o.summary, o.metricCount),
    );
    if (done) setDraft(null);
  }

  const plan = draft && registry ? planImport(registry, draft.parsed, draft.mode) : null;
  return { draft, setDraft, plan, readFile, confirm };
}
