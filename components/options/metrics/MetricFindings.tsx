import type { HealthFinding } from '../../../lib/registry/doctrine';
import { SeverityIcon } from '../health/SeverityIcon';
import { SEVERITY_LOOKS } from '../health/health-look';
import './metric-findings.css';

/**
 * What the health review says of one metric, at the top of its form: each finding with its
 * severity's icon (as on the Health tab), so a note reads as a note and not as a problem.
 */
export function MetricFindings({ findings }: { findings: readonly HealthFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="kl-notice kl-metric-findings" aria-label="Health of this metric">
      {findings.map((f) => (
        <li
          key={f.ruleId}
          class={f.severity === 'info' ? 'kl-muted' : undefined}
          data-severity={f.severity}
        >
          <SeverityIcon severity={f.severity} />
          <span>
            <span class="kl-visually-hidden">{SEVERITY_LOOKS[f.severity].one}: </span>
            {f.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
