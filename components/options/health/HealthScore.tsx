import { SEVERITY_WEIGHTS, SEVERITIES, type Severity } from '../../../lib/registry/doctrine';
import { healthVerdict, SEVERITY_LOOKS, type SeverityCounts } from './health-look';

/** The score, big, with its verdict and the arithmetic behind it (so a user can tell why it moved). */
export function HealthScore({ score, counts }: { score: number; counts: SeverityCounts }) {
  const verdict = healthVerdict(score, counts);
  const tone =
    score >= 85 ? 'var(--kl-success)' : score >= 60 ? 'var(--kl-warning)' : 'var(--kl-danger)';
  return (
    <div class="kl-health-score" role="status" aria-live="polite" aria-atomic="true">
      <p class="kl-health-score__number">
        <span class="kl-count" style={{ color: tone }}>
          {score}
        </span>
        <span class="kl-muted kl-health-score__outof">/100</span>
      </p>
      <div class="kl-stack" style={{ gap: 'var(--kl-space-1)' }}>
        <p>
          <strong>{verdict}</strong>
          <span class="kl-visually-hidden">, health score {score} out of 100.</span>
        </p>
        <div class="kl-health-score__bar" aria-hidden="true">
          <span style={{ width: `${score}%`, background: tone }} />
        </div>
        <p class="kl-muted kl-health-score__rule">
          100, minus {SEVERITIES.map((s) => weightText(s)).join(', ')}
        </p>
      </div>
    </div>
  );
}

function weightText(severity: Severity): string {
  return `${SEVERITY_WEIGHTS[severity]} per ${SEVERITY_LOOKS[severity].one.toLowerCase()}`;
}
