import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { fixAll, groupPreview, type HealthFinding } from '../../../lib/registry/doctrine';

interface Props {
  findings: HealthFinding[];
  /** The rule's explanation: said once, at the head of the group. */
  explanation: string | undefined;
  busy: boolean;
  onFixAll: () => void;
  /** Renders one finding of the group (the panel numbers them for focus after a fix). */
  item: (finding: HealthFinding) => ComponentChildren;
}

/**
 * Many findings of one rule: the rule and the count, one fix for all where that is safe, the
 * first few findings, and the rest one click away. Not a wall of 200 identical rows.
 */
export function FindingGroup({ findings, explanation, busy, onFixAll, item }: Props) {
  const [open, setOpen] = useState(false);
  const all = fixAll(findings);
  const preview = groupPreview(findings);
  const shown = open ? findings : findings.slice(0, preview);
  const rest = findings.length - preview;
  return (
    <li class="kl-health-many" data-rule-id={findings[0]?.ruleId}>
      <div class="kl-row kl-health-many__head">
        <p class="kl-health-many__what">
          <strong>{findings.length} findings</strong>
          {explanation && <span class="kl-muted"> · {explanation}</span>}
        </p>
        {all && (
          <button type="button" class="kl-button" disabled={busy} onClick={onFixAll}>
            {all.label}
          </button>
        )}
      </div>
      <ul class="kl-health-list">{shown.map(item)}</ul>
      {rest > 0 && (
        <button
          type="button"
          class="kl-link kl-health-many__more"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Show fewer' : `Show all ${findings.length} (${rest} more)`}
        </button>
      )}
    </li>
  );
}
