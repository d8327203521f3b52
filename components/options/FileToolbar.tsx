import type { Ref } from 'preact';
import { lowerFirstLetter } from '../../lib/text/lower-first-letter';

interface Props {
  fileInput: Ref<HTMLInputElement>;
  canExport: boolean;
  undoLabel: string | undefined;
  busy: boolean;
  onFile: (file: File) => void;
  onExport: (kind: 'json' | 'csv') => void;
  onUndo: () => void;
}

/** Import, export and undo: the registry as a file, and a way back from the last change. */
export function FileToolbar({
  fileInput,
  canExport,
  undoLabel,
  busy,
  onFile,
  onExport,
  onUndo,
}: Props) {
  return (
    <div class="kl-row" role="toolbar" aria-label="Registry file">
      <label class="kl-button">
        Import registry
        <input
          ref={fileInput}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          class="kl-visually-hidden"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) onFile(file);
            input.value = '';
          }}
        />
      </label>
      <button
        type="button"
        class="kl-button"
        onClick={() => onExport('json')}
        disabled={!canExport}
      >
        Export JSON
      </button>
      <button type="button" class="kl-button" onClick={() => onExport('csv')} disabled={!canExport}>
        Export CSV
      </button>
      <button
        type="button"
        class="kl-button"
        disabled={busy || !undoLabel}
        title={undoLabel ? `Undo ${lowerFirstLetter(undoLabel)}` : 'Nothing to undo'}
        onClick={onUndo}
      >
        Undo
      </button>
    </div>
  );
}
