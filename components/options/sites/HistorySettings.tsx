import { useState } from 'preact/hooks';
import type { Settings } from '../../../lib/settings/settings';

interface Props {
  settings: Settings;
  onSaveSettings: (settings: Settings) => void;
  onClear: () => void;
  onExport: () => void;
}

/** The private value history: on or off, sites it never records, clear and export. */
export function HistorySettings({ settings, onSaveSettings, onClear, onExport }: Props) {
  const [host, setHost] = useState('');
  const [confirming, setConfirming] = useState(false);
  const addOffHost = (e: Event) => {
    e.preventDefault();
    const h = host
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '');
    if (!h) return;
    onSaveSettings({
      ...settings,
      historyOffHosts: [...new Set([...settings.historyOffHosts, h])],
    });
    setHost('');
  };
  return (
    <section class="kl-card kl-stack" aria-labelledby="history-title">
      <h2 id="history-title">Value history</h2>
      <p class="kl-muted">
        KPI Lens can note the values your dashboards show (one reading per metric, page and day) to
        judge progress against targets. They never leave this browser unless you export them.
      </p>
      <label>
        <input
          type="checkbox"
          checked={settings.recordHistory}
          onChange={(e) => onSaveSettings({ ...settings, recordHistory: e.currentTarget.checked })}
        />{' '}
        Keep a private history of values
      </label>
      <form class="kl-row" onSubmit={addOffHost}>
        <input
          class="kl-input"
          aria-label="Never record values on"
          placeholder="Never record on… (host)"
          value={host}
          onInput={(e) => setHost(e.currentTarget.value)}
        />
        <button type="submit" class="kl-button">
          Add
        </button>
      </form>
      {settings.historyOffHosts.length > 0 && (
        <ul class="kl-list" aria-label="Sites whose values are never recorded">
          {settings.historyOffHosts.map((h) => (
            <li key={h} class="kl-row">
              <span>{h}</span>
              <button
                type="button"
                class="kl-link"
                onClick={() =>
                  onSaveSettings({
                    ...settings,
                    historyOffHosts: settings.historyOffHosts.filter((x) => x !== h),
                  })
                }
              >
                Record again
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="kl-row">
        <button type="button" class="kl-button" onClick={onExport}>
          Export history as CSV
        </button>
        {confirming ? (
          <>
            <span>Forget every value read so far? This cannot be undone.</span>
            <button
              type="button"
              class="kl-button kl-button--danger"
              onClick={() => (onClear(), setConfirming(false))}
            >
              Clear history
            </button>
            <button type="button" class="kl-button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            class="kl-button kl-button--danger"
            onClick={() => setConfirming(true)}
          >
            Clear history…
          </button>
        )}
      </div>
    </section>
  );
}
