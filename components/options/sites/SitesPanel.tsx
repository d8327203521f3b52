import { useEffect, useState } from 'preact/hooks';
import type { SiteAccessApi, SiteList } from '../../../lib/permissions/site-access';
import { BADGE_MODES, THEMES, type Settings } from '../../../lib/settings/settings';
import type { Metric } from '../../../lib/registry/schema';
import { HiddenMetrics } from './HiddenMetrics';
import { HistorySettings } from './HistorySettings';
import { toolOfPattern } from '../../../lib/adapters/known-hosts';

interface Props {
  sites: SiteAccessApi;
  settings: Settings | null;
  /** The registry's metrics, to name those hidden on some sites. */
  metrics: readonly Pick<Metric, 'id' | 'name'>[];
  onSaveSettings: (settings: Settings) => void;
  onClearHistory: () => void;
  onExportHistory: () => void;
}

const BADGE_MODE_LABELS = {
  full: 'Full badges',
  compact: 'Compact dots',
  off: 'Off (underline only)',
};
const THEME_LABELS = { system: 'Match the page and system', light: 'Light', dark: 'Dark' };

/** Where KPI Lens runs (built-in tools, your own sites, sites turned off) and how badges look. */
export function SitesPanel({
  sites,
  settings,
  metrics,
  onSaveSettings,
  onClearHistory,
  onExportHistory,
}: Props) {
  const [list, setList] = useState<SiteList | null>(null);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const refresh = () => void sites.list().then(setList);
  useEffect(refresh, [sites]);

  async function add(e: Event) {
    e.preventDefault();
    const r = await sites.add(input);
    setMessage(
      r.ok
        ? { error: false, text: `KPI Lens now runs on ${r.value}. Reload its tabs to see badges.` }
        : { error: true, text: r.error },
    );
    if (r.ok) setInput('');
    refresh();
  }
  async function remove(origin: string) {
    const r = await sites.remove(origin);
    setMessage(
      r.ok
        ? { error: false, text: `KPI Lens no longer runs on ${r.value}.` }
        : { error: true, text: r.error },
    );
    refresh();
  }

  return (
    <div class="kl-stack" style={{ gap: 'var(--kl-space-5)' }}>
      {settings && (
        <section class="kl-card kl-stack" aria-labelledby="display-title">
          <h2 id="display-title">Display</h2>
          <fieldset class="kl-row" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend class="kl-muted" style={{ marginBottom: 'var(--kl-space-2)' }}>
              Badges on analytics pages
            </legend>
            {BADGE_MODES.map((mode) => (
              <label key={mode}>
                <input
                  type="radio"
                  name="badge-mode"
                  checked={settings.badgeMode === mode}
                  onChange={() => onSaveSettings({ ...settings, badgeMode: mode })}
                />{' '}
                {BADGE_MODE_LABELS[mode]}
              </label>
            ))}
          </fieldset>
          <fieldset class="kl-row" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend class="kl-muted" style={{ marginBottom: 'var(--kl-space-2)' }}>
              Theme
            </legend>
            {THEMES.map((theme) => (
              <label key={theme}>
                <input
                  type="radio"
                  name="theme"
                  checked={settings.theme === theme}
                  onChange={() => onSaveSettings({ ...settings, theme })}
                />{' '}
                {THEME_LABELS[theme]}
              </label>
            ))}
          </fieldset>
          {settings.disabledHosts.length > 0 && (
            <div class="kl-stack">
              <h3>Turned off on</h3>
              <ul class="kl-stack" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {settings.disabledHosts.map((host) => (
                  <li key={host} class="kl-row">
                    <span>{host}</span>
                    <button
                      type="button"
                      class="kl-button"
                      onClick={() =>
                        onSaveSettings({
                          ...settings,
                          disabledHosts: settings.disabledHosts.filter((h) => h !== host),
                        })
                      }
                    >
                      Turn back on
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <HiddenMetrics settings={settings} metrics={metrics} onSaveSettings={onSaveSettings} />
        </section>
      )}
      {settings && (
        <HistorySettings
          settings={settings}
          onSaveSettings={onSaveSettings}
          onClear={onClearHistory}
          onExport={onExportHistory}
        />
      )}
      <section class="kl-card kl-stack" aria-labelledby="own-sites-title">
        <h2 id="own-sites-title">Your own sites</h2>
        <p class="kl-muted">
          Self-hosted Metabase, Grafana, Superset…: add the address and allow access when the
          browser asks.
        </p>
        <form class="kl-row" onSubmit={(e) => void add(e)}>
          <input
            class="kl-input"
            aria-label="Site address"
            placeholder="metabase.acme.com"
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
            style={{ minWidth: '260px' }}
          />
          <button type="submit" class="kl-button kl-button--primary">
            Add site
          </button>
        </form>
        {message && (
          <p
            class={`kl-notice ${message.error ? 'kl-notice--error' : 'kl-notice--success'}`}
            role={message.error ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
        {list && list.custom.length === 0 && <p class="kl-muted">None yet.</p>}
        <ul
          class="kl-stack"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
          aria-label="Your sites"
        >
          {list?.custom.map((site) => (
            <li key={site.origin} class="kl-row">
              <span>{site.host}</span>
              <button
                type="button"
                class="kl-button kl-button--danger"
                onClick={() => void remove(site.origin)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section class="kl-card kl-stack" aria-labelledby="builtin-title">
        <h2 id="builtin-title">Supported tools</h2>
        <p class="kl-muted">KPI Lens runs on these without asking.</p>
        <table class="kl-table" aria-label="Supported tools">
          <tbody>
            {list?.builtIn.map((site) => (
              <tr key={site.pattern}>
                <td>{toolOfPattern(site.pattern) ?? site.host}</td>
                <td class="kl-muted">{site.host}</td>
                <td>
                  {site.granted ? (
                    <span style={{ color: 'var(--kl-success)' }}>✓ allowed</span>
                  ) : (
                    <span style={{ color: 'var(--kl-warning)' }}>
                      ⚠ blocked in the browser's settings
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
