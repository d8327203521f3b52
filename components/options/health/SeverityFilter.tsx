import { SEVERITIES, type Severity } from '../../../lib/registry/doctrine';
import { SeverityIcon } from './SeverityIcon';
import { SEVERITY_LOOKS, type SeverityCounts } from './health-look';

export type SeverityChoice = Severity | 'all';

interface Props {
  counts: SeverityCounts;
  value: SeverityChoice;
  onChange: (value: SeverityChoice) => void;
}

/** A segmented control of toggle buttons, each with its count; one pressed at a time. */
export function SeverityFilter({ counts, value, onChange }: Props) {
  const total = counts.error + counts.warning + counts.info;
  const segment = (choice: SeverityChoice, label: string, count: number) => (
    <button
      key={choice}
      type="button"
      class="kl-health-filter__segment"
      aria-pressed={value === choice}
      onClick={() => onChange(choice)}
    >
      {choice !== 'all' && <SeverityIcon severity={choice} />}
      {label} <span class="kl-count kl-muted">{count}</span>
    </button>
  );
  return (
    <div class="kl-health-filter" role="group" aria-label="Show findings">
      {segment('all', 'All', total)}
      {SEVERITIES.map((s) => segment(s, SEVERITY_LOOKS[s].many, counts[s]))}
    </div>
  );
}
