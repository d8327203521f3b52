import { useEffect, useState } from 'preact/hooks';
import type { RegistryApi } from '../../lib/messaging/registry-api';
import type { RegistryState } from '../../lib/store/registry-store';
import { RoleChip } from '../design/RoleChip';
import { ROLE_STYLES, roleLook, type RoleLook } from '../design/roles';

const LOOK_ORDER: RoleLook[] = ['northStar', 'kpi', 'supporting', 'diagnostic', 'metric', 'vanity'];

interface Props {
  api: RegistryApi;
  openOptions: () => void;
}

/** The popup: what the registry holds, and the first-run offer. Tagging comes with its own issue. */
export function PopupApp({ api, openOptions }: Props) {
  const [state, setState] = useState<RegistryState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function refresh() {
    const r = await api.getState();
    if (r.ok) setState(r.value);
    else setError(r.error);
  }
  useEffect(() => {
    void refresh();
    return api.onChanged(() => void refresh());
  }, [api]);

  async function trySample() {
    setBusy(true);
    const r = await api.loadSample();
    setBusy(false);
    if (!r.ok) setError(r.error);
  }

  const metrics = state?.registry.metrics ?? [];
  const counts = new Map<RoleLook, number>(LOOK_ORDER.map((look) => [look, 0]));
  for (const m of metrics) counts.set(roleLook(m), (counts.get(roleLook(m)) ?? 0) + 1);

  return (
    <main class="kl-stack" style={{ width: 340, padding: 'var(--kl-space-4)' }}>
      <h1 style={{ fontSize: 'var(--kl-text-lg)' }}>KPI Lens</h1>
      {error && (
        <p class="kl-notice kl-notice--error" role="alert">
          {error}
        </p>
      )}
      {state && metrics.length === 0 && (
        <div class="kl-stack">
          <p>
            Your registry is empty. Register metrics to see which numbers on your dashboards are
            KPIs.
          </p>
          <button
            type="button"
            class="kl-button kl-button--primary"
            disabled={busy}
            onClick={() => void trySample()}
          >
            Try the sample registry
          </button>
          <button type="button" class="kl-button" onClick={openOptions}>
            Import from a teammate
          </button>
        </div>
      )}
      {metrics.length > 0 && (
        <div class="kl-stack">
          <p data-testid="popup-summary">
            {state?.registry.name ? `${state.registry.name}: ` : ''}
            {metrics.length} metrics
          </p>
          <div class="kl-row" aria-label="Metrics by role">
            {[...counts]
              .filter(([, n]) => n > 0)
              .map(([look, n]) => (
                <RoleChip
                  key={look}
                  look={look}
                  text={`${n} ${ROLE_STYLES[look].label.toLowerCase()}`}
                />
              ))}
          </div>
          <button type="button" class="kl-button" onClick={openOptions}>
            Open the registry
          </button>
        </div>
      )}
    </main>
  );
}
