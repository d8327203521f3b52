import type { Metric } from '../../../lib/registry/schema';
import { hiddenMetricsByHost, showMetricAgain } from '../../../lib/settings/hidden-metrics';
import type { Settings } from '../../../lib/settings/settings';

interface Props {
  settings: Settings;
  metrics: readonly Pick<Metric, 'id' | 'name'>[];
  onSaveSettings: (settings: Settings) => void;
}

/** Every metric hidden with "Not this metric here", by site, each one click from back. */
export function HiddenMetrics({ settings, metrics, onSaveSettings }: Props) {
  const hidden = hiddenMetricsByHost(settings, metrics);
  if (hidden.length === 0) return null;
  return (
    <div class="kl-stack">
      <h3>Hidden on some sites</h3>
      <p class="kl-muted">Metrics you marked “Not this metric here” on a badge.</p>
      <ul class="kl-stack" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {hidden.flatMap(({ host, metrics: onHost }) =>
          onHost.map((m) => (
            <li key={`${host} ${m.id}`} class="kl-row">
              <span>
                {m.name} <span class="kl-muted">on {host}</span>
              </span>
              <button
                type="button"
                class="kl-button"
                aria-label={`Show ${m.name} again on ${host}`}
                onClick={() => onSaveSettings(showMetricAgain(settings, host, m.id))}
              >
                Show again
              </button>
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
