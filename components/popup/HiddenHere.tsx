import type { Metric } from '../../lib/registry/schema';

interface Props {
  host: string;
  metrics: readonly Pick<Metric, 'id' | 'name'>[];
  busy: boolean;
  onShow: (metric: Pick<Metric, 'id' | 'name'>) => void;
}

/** The metrics hidden on this site ("Not this metric here" on a badge), each one click from back. */
export function HiddenHere({ host, metrics, busy, onShow }: Props) {
  return (
    <section class="kl-stack" style={{ gap: 'var(--kl-space-1)' }}>
      <h2 style={{ fontSize: 'var(--kl-text-md)' }}>Hidden on {host}</h2>
      <ul class="kl-list" aria-label={`Metrics hidden on ${host}`}>
        {metrics.map((m) => (
          <li key={m.id} class="kl-row" style={{ justifyContent: 'space-between' }}>
            <span>{m.name}</span>
            <button type="button" class="kl-button" disabled={busy} onClick={() => onShow(m)}>
              Show again
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
