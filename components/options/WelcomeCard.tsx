/**
 * The empty registry's Metrics tab: what KPI Lens needs, and the three ways to get it. The
 * other tabs stay open beside it (a user may add a site or restore a backup first).
 */
export function WelcomeCard({
  onTrySample,
  onImport,
  onCreateMetric,
  busy,
}: {
  onTrySample: () => void;
  onImport: () => void;
  onCreateMetric: () => void;
  busy: boolean;
}) {
  return (
    <section class="kl-card kl-stack" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Your registry is empty</h2>
      <p class="kl-muted">
        KPI Lens badges the metrics you register on your analytics pages: which are KPIs, which
        explain them, and which are vanity. Start from a sample, from a file a teammate sent you, or
        with your first metric.
      </p>
      <div class="kl-row">
        <button
          type="button"
          class="kl-button kl-button--primary"
          onClick={onTrySample}
          disabled={busy}
        >
          Try with the sample registry
        </button>
        <button type="button" class="kl-button" onClick={onImport} disabled={busy}>
          Import from a teammate
        </button>
        <button type="button" class="kl-button" onClick={onCreateMetric} disabled={busy}>
          Create your first metric
        </button>
      </div>
    </section>
  );
}
