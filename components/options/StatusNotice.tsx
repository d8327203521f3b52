export interface Status {
  kind: 'success' | 'error' | 'info';
  text: string;
  undoable?: boolean;
}

/** One line saying what just happened, with Undo where it can be undone. */
export function StatusNotice({
  status,
  onUndo,
  onDismiss,
}: {
  status: Status;
  onUndo?: (() => void) | undefined;
  onDismiss?: () => void;
}) {
  return (
    <div
      class={`kl-notice kl-notice--${status.kind}`}
      role={status.kind === 'error' ? 'alert' : 'status'}
      data-testid="status"
    >
      <span style={{ flex: 1 }}>{status.text}</span>
      {onUndo && (
        <button type="button" class="kl-button" onClick={onUndo}>
          Undo
        </button>
      )}
      {onDismiss && (
        <button type="button" class="kl-button" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
