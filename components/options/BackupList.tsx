import type { BackupSummary } from '../../lib/store/registry-store';

/** The last backups, newest first, each restorable (a restore is itself undoable). */
export function BackupList({
  backups,
  onRestore,
  busy,
}: {
  backups: BackupSummary[];
  onRestore: (id: number) => void;
  busy: boolean;
}) {
  if (backups.length === 0)
    return <p class="kl-muted">No backups yet: one is kept before every change.</p>;
  return (
    <ul class="kl-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Backups">
      {backups.map((b) => (
        <li key={b.id} class="kl-row">
          <span class="kl-count">{new Date(b.createdAt).toLocaleString()}</span>
          <span>before {b.reason.charAt(0).toLowerCase() + b.reason.slice(1)}</span>
          <span class="kl-muted">
            {b.metricCount} metrics, {b.objectiveCount} objectives
          </span>
          <button type="button" class="kl-button" disabled={busy} onClick={() => onRestore(b.id)}>
            Restore
          </button>
        </li>
      ))}
    </ul>
  );
}
