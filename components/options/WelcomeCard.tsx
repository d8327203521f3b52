/** The empty state: what KPI Lens needs, and the two ways to get it. */
export function WelcomeCard({
  onTrySample,
  onImport,
  busy,
}: {
  onTrySample: () => void;
  onImport: () => void;
  busy: boolean;
}) {
  return (
    <section class="kl-card kl-stack" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Your registry is empty</h2>
      <p class="kl-muted">
        KPI Lens badges the metrics you register on your analytics pages: which are KPIs, which
        explain them, and which are vanity. Start from a sample, or from a file a teammate sent you.
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
      </div>
    </section>
  );
}
