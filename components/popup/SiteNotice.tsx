export type SiteState =
  'loading' | 'running' | 'off' | 'not-allowed' | 'not-started' | 'unsupported';

interface Props {
  state: SiteState;
  host: string;
  canvasCharts: boolean;
  busy: boolean;
  onEnable: () => void;
  onRunOnce: () => void;
  onTurnOn: () => void;
}

/** What stands between this page and its badges, and the one click that fixes it. */
export function SiteNotice({
  state,
  host,
  canvasCharts,
  busy,
  onEnable,
  onRunOnce,
  onTurnOn,
}: Props) {
  if (state === 'unsupported')
    return (
      <p class="kl-notice">
        KPI Lens can’t run on this page (browser and store pages are off limits).
      </p>
    );
  if (state === 'off') {
    return (
      <div class="kl-notice" data-testid="site-notice">
        <span style={{ flex: 1 }}>KPI Lens is off on {host}.</span>
        <button type="button" class="kl-button" onClick={onTurnOn} disabled={busy}>
          Turn on
        </button>
      </div>
    );
  }
  if (state === 'not-allowed') {
    return (
      <div class="kl-notice kl-stack" style={{ alignItems: 'stretch' }} data-testid="site-notice">
        <span>KPI Lens is not allowed on {host} yet.</span>
        <div class="kl-row">
          <button
            type="button"
            class="kl-button kl-button--primary"
            onClick={onEnable}
            disabled={busy}
          >
            Enable on {host}
          </button>
          <button type="button" class="kl-button" onClick={onRunOnce} disabled={busy}>
            Just this once
          </button>
        </div>
      </div>
    );
  }
  if (state === 'not-started') {
    return (
      <div class="kl-notice" data-testid="site-notice">
        <span style={{ flex: 1 }}>
          KPI Lens has not started on this tab yet (it was open before KPI Lens was).
        </span>
        <button type="button" class="kl-button" onClick={onRunOnce} disabled={busy}>
          Start now
        </button>
      </div>
    );
  }
  if (state === 'running' && canvasCharts) {
    return (
      <p class="kl-notice kl-muted">
        This page draws its charts on canvas: KPI Lens reads their titles and legends only.
      </p>
    );
  }
  return null;
}
