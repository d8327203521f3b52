import { useState } from 'preact/hooks';

interface Props {
  id: string;
  aliases: string[];
  onChange: (aliases: string[]) => void;
  /** Warnings about an alias (e.g. another metric already uses it), shown before saving. */
  warningFor?: (alias: string) => string | undefined;
}

/** Other labels of the metric, as removable chips and one input to add another. */
export function AliasEditor({ id, aliases, onChange, warningFor }: Props) {
  const [text, setText] = useState('');
  const pending = text.trim();
  const pendingWarning = pending ? warningFor?.(pending) : undefined;
  function add() {
    if (!pending || aliases.some((a) => a.toLowerCase() === pending.toLowerCase())) return;
    onChange([...aliases, pending]);
    setText('');
  }
  return (
    <div class="kl-stack" style={{ gap: 'var(--kl-space-2)' }}>
      <div class="kl-row" style={{ gap: 'var(--kl-space-2)' }}>
        {aliases.map((alias) => {
          const warning = warningFor?.(alias);
          return (
            <span
              key={alias}
              class="kl-chip"
              style={{
                background: 'var(--kl-bg-subtle)',
                color: warning ? 'var(--kl-warning)' : 'var(--kl-text)',
              }}
              title={warning}
            >
              {warning ? '⚠ ' : ''}
              {alias}
              <button
                type="button"
                class="kl-link"
                aria-label={`Remove alias ${alias}`}
                onClick={() => onChange(aliases.filter((a) => a !== alias))}
              >
                ×
              </button>
            </span>
          );
        })}
      </div>
      <div class="kl-row" style={{ gap: 'var(--kl-space-2)' }}>
        <input
          id={id}
          class="kl-input"
          value={text}
          placeholder="e.g. Visits"
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="kl-button" onClick={add} disabled={!pending}>
          Add alias
        </button>
      </div>
      {pendingWarning && (
        <span class="kl-field-error" role="status">
          {pendingWarning}
        </span>
      )}
    </div>
  );
}
