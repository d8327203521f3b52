import type { CardProgress } from '../../lib/overlay/card-facts';
import { Sparkline } from '../progress/Sparkline';

interface Props {
  metricId: string;
  progress: CardProgress;
  onEdit: (metricId: string) => void;
}

/**
 * The card's progress: the value the page shows, its trend, and what KPI Lens makes of it.
 * A proposed baseline is offered through the editor: a content script cannot write the
 * registry, and the person should see the record it changes.
 */
export function ProgressBlock({ metricId, progress, onEdit }: Props) {
  return (
    <section class="kl-progress" aria-label="Progress">
      <div class="kl-progress-now">
        <span class="kl-progress-value">{progress.latest}</span>
        {progress.series.length > 0 && (
          <Sparkline
            points={progress.series}
            target={progress.target}
            unit={progress.unit}
            width={120}
            height={28}
          />
        )}
        <span class="kl-muted">
          {progress.series.length === 1 ? 'first reading' : `${progress.series.length} days read`}
        </span>
      </div>
      <p class={`kl-pace kl-pace--${progress.status}`}>{progress.sentence}</p>
      {progress.proposal && (
        <p class="kl-proposal">
          {progress.proposal}. Use it as the target’s “from”:{' '}
          <button type="button" class="kl-link" onClick={() => onEdit(metricId)}>
            Edit in KPI Lens
          </button>
        </p>
      )}
    </section>
  );
}
