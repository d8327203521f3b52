import { useEffect, useState } from 'preact/hooks';
import type { RegistryApi } from '../../lib/messaging/registry-api';
import { proposeBaseline } from '../../lib/progress/baseline';
import type { Metric } from '../../lib/registry/schema';
import { formatValue } from '../../lib/values/format-value';

interface Proposal {
  metric: Metric;
  from: number;
  since: string;
  until: string;
}

interface Props {
  api: RegistryApi;
  /** Metrics on this page; those with a target but no baseline are candidates. */
  metrics: readonly Metric[];
  busy: boolean;
  onUse: (metric: Metric, from: number) => void;
}

/** "Use 84% as CSAT's baseline": a target needs a baseline, proposed from 4-6 weeks of readings. */
export function BaselineProposals({ api, metrics, busy, onUse }: Props) {
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const wanting = metrics.filter((m) => m.target && m.target.from === undefined);
  const key = wanting.map((m) => m.id).join(',');
  useEffect(() => {
    if (!wanting.length) return setProposals([]);
    void api.history(wanting.map((m) => m.id)).then((r) => {
      if (!r.ok) return;
      setProposals(
        wanting.flatMap((metric) => {
          const proposal = proposeBaseline(r.value[metric.id] ?? []);
          return proposal ? [{ metric, ...proposal }] : [];
        }),
      );
    });
  }, [api, key]);

  if (proposals.length === 0) return null;
  return (
    <section
      class="kl-stack"
      style={{ gap: 'var(--kl-space-1)' }}
      aria-labelledby="baselines-title"
    >
      <h2 id="baselines-title" style={{ fontSize: 'var(--kl-text-md)' }}>
        Baselines to set
      </h2>
      {proposals.map(({ metric, from, since, until }) => (
        <div key={metric.id} class="kl-row" style={{ flexWrap: 'nowrap' }}>
          <span style={{ flex: 1 }}>
            <strong>{metric.name}</strong>{' '}
            <span class="kl-muted">
              read {since} – {until}
            </span>
          </span>
          <button
            type="button"
            class="kl-button"
            disabled={busy}
            onClick={() => onUse(metric, from)}
          >
            Use {formatValue(from, metric.target?.unit)} as baseline
          </button>
        </div>
      ))}
    </section>
  );
}
