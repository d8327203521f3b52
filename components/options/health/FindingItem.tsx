import type { Ref } from 'preact';
import type { HealthFinding } from '../../../lib/registry/doctrine';
import type { Registry } from '../../../lib/registry/schema';
import { FindingSubject } from './FindingSubject';
import { SeverityIcon } from './SeverityIcon';
import { SEVERITY_LOOKS } from './health-look';

interface Props {
  finding: HealthFinding;
  /** The rule's longer explanation, shown on demand. */
  explanation: string | undefined;
  registry: Registry;
  busy: boolean;
  onFix: () => void;
  onOpenMetric: (metricId: string) => void;
  /** Focus lands here after a fix removes the finding above it. */
  itemRef?: Ref<HTMLLIElement>;
}

/** One finding: what it is about, the doctrine's sentence, its one-click fix, and "why" on demand. */
export function FindingItem({
  finding,
  explanation,
  registry,
  busy,
  onFix,
  onOpenMetric,
  itemRef,
}: Props) {
  return (
    <li class="kl-health-item" ref={itemRef} tabIndex={-1} data-rule-id={finding.ruleId}>
      <SeverityIcon severity={finding.severity} />
      <div class="kl-stack kl-health-item__body">
        <FindingSubject finding={finding} registry={registry} onOpenMetric={onOpenMetric} />
        <p>
          <span class="kl-visually-hidden">{SEVERITY_LOOKS[finding.severity].one}: </span>
          {finding.message}
        </p>
        {explanation && (
          <details class="kl-health-why">
            <summary>Why this rule</summary>
            <p class="kl-muted">{explanation}</p>
          </details>
        )}
      </div>
      {finding.fix && (
        <button type="button" class="kl-button kl-health-fix" disabled={busy} onClick={onFix}>
          {finding.fix.label}
        </button>
      )}
    </li>
  );
}
