import type { BackupSummary } from '../../lib/store/registry-store';
import { lowerFirstLetter } from '../../lib/text/lower-first-letter';
import { plural } from '../../lib/text/plural';

/** What a backup held, in a few words: `21 metrics, 4 objectives`, or `an empty registry`. */
function heldIn(b: BackupSummary): string {
  if (b.metricCount === 0 && b.objectiveCount === 0) return 'an empty registry';
  return `${plural(b.metricCount, 'metric')}, ${plural(b.objectiveCount, 'objective')}`;
}

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
  return (
    <section class="kl-card kl-stack" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <p class="kl-muted">
        The registry as it was before each of the last 20 changes. Restoring one is a change too:
        Undo takes it back.
      </p>
      {backups.length === 0 ? (
        <p class="kl-muted">No backups yet: one is kept before every change.</p>
      ) : (
        <ul
          class="kl-stack"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label="Backups"
        >
          {backups.map((b) => (
            <li key={b.id} class="kl-row">
              <span class="kl-count">{new Date(b.createdAt).toLocaleString()}</span>
              <span>before {lowerFirstLetter(b.reason)}</span>
              <span class="kl-muted">{heldIn(b)}</span>
              <button
                type="button"
                class="kl-button"
                style={{ marginLeft: 'auto' }}
                disabled={busy}
                onClick={() => onRestore(b.id)}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
