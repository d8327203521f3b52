import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { diffRegistries, type ChangeSet } from '../../../lib/registry/change-set';
import {
  fixAll,
  groupFindings,
  hasSomethingToReview,
  HEALTH_RULES,
  reviewRegistry,
  SEVERITIES,
  type HealthFinding,
} from '../../../lib/registry/doctrine';
import type { Registry } from '../../../lib/registry/schema';
import { FindingGroup } from './FindingGroup';
import { FindingItem } from './FindingItem';
import { HealthScore } from './HealthScore';
import { SeverityFilter, type SeverityChoice } from './SeverityFilter';
import { SeverityIcon } from './SeverityIcon';
import { SEVERITY_LOOKS, type SeverityCounts } from './health-look';
import './health.css';

export interface HealthPanelProps {
  registry: Registry;
  today: Date;
  busy: boolean;
  onApply: (reason: string, change: ChangeSet) => void;
  onOpenMetric: (metricId: string) => void;
}

const EXPLANATIONS = new Map(HEALTH_RULES.map((r) => [r.id, r.explanation]));

/**
 * The KPI health review: the score, then the findings grouped by severity, each with its
 * one-click fix. The parent re-renders it with the new registry after each write. Without
 * metrics there is nothing to judge, so it says so rather than score an empty registry 100.
 */
export function HealthPanel(props: HealthPanelProps) {
  if (hasSomethingToReview(props.registry)) return <HealthReview {...props} />;
  return (
    <section class="kl-card kl-stack kl-health" aria-labelledby="health-nothing-title">
      <h2 id="health-nothing-title">KPI health review</h2>
      <p class="kl-muted" data-testid="health-nothing">
        Nothing to review yet: add metrics, and this review checks them against the KPI doctrine (a
        target, an owner and a deadline for each KPI, no vanity metric as a KPI).
      </p>
    </section>
  );
}

function HealthReview({ registry, today, busy, onApply, onOpenMetric }: HealthPanelProps) {
  const day = today.getTime();
  // Keyed on the time, not the Date object: a parent may pass a new Date for the same day.
  const review = useMemo(() => reviewRegistry(registry, new Date(day)), [registry, day]);
  const [choice, setChoice] = useState<SeverityChoice>('all');
  const uid = useId();
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of review.findings) counts[f.severity]++;

  const shown = SEVERITIES.filter((s) => choice === 'all' || choice === s)
    .map((severity) => ({
      severity,
      findings: review.findings.filter((f) => f.severity === severity),
    }))
    .filter((section) => section.findings.length > 0);

  const { items, heading, keepFocusAfterFix } = useFocusAfterFix(registry, busy);

  function fix(finding: HealthFinding, index: number) {
    if (!finding.fix) return;
    keepFocusAfterFix(index);
    onApply(
      `Fix: ${finding.fix.label}`,
      diffRegistries(registry, finding.fix.apply(registry, today)),
    );
  }

  /** Every finding of a group fixed in one write: one backup, one undo. */
  function fixGroup(findings: HealthFinding[], index: number) {
    const all = fixAll(findings);
    if (!all) return;
    keepFocusAfterFix(index);
    onApply(`Fix: ${all.label}`, diffRegistries(registry, all.apply(registry, today)));
  }

  let index = 0;
  items.current.length = 0;
  const findingItem = (finding: HealthFinding, explanation: string | undefined) => {
    const at = index++;
    return (
      <FindingItem
        key={at}
        finding={finding}
        explanation={explanation}
        registry={registry}
        busy={busy}
        onFix={() => fix(finding, at)}
        onOpenMetric={onOpenMetric}
        itemRef={(el) => {
          items.current[at] = el;
        }}
      />
    );
  };
  return (
    <section class="kl-card kl-stack kl-health" aria-labelledby={`${uid}-title`}>
      <div class="kl-row" style={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <h2 id={`${uid}-title`} ref={heading} tabIndex={-1}>
          KPI health review
        </h2>
        {review.findings.length > 0 && (
          <SeverityFilter counts={counts} value={choice} onChange={setChoice} />
        )}
      </div>
      <HealthScore score={review.score} counts={counts} />
      {review.findings.length === 0 ? (
        <p class="kl-notice kl-notice--success" data-testid="health-empty">
          No problems found: this registry follows the doctrine.
        </p>
      ) : shown.length === 0 ? (
        <p class="kl-muted">
          No {choice === 'all' ? 'findings' : SEVERITY_LOOKS[choice].many.toLowerCase()} right now.
        </p>
      ) : (
        shown.map(({ severity, findings }) => (
          <section
            key={severity}
            class="kl-stack kl-health-section"
            aria-labelledby={`${uid}-${severity}`}
          >
            <h3 id={`${uid}-${severity}`} class="kl-row kl-health-section__title">
              <SeverityIcon severity={severity} />
              {SEVERITY_LOOKS[severity].many}{' '}
              <span class="kl-count kl-muted">{findings.length}</span>
            </h3>
            <ul class="kl-health-list">
              {groupFindings(findings).map((row, i, rows) => {
                if (row.kind === 'group') {
                  const first = index;
                  return (
                    <FindingGroup
                      key={`group-${row.ruleId}`}
                      findings={row.findings}
                      explanation={EXPLANATIONS.get(row.ruleId)}
                      busy={busy}
                      onFixAll={() => fixGroup(row.findings, first)}
                      item={(finding) => findingItem(finding, undefined)}
                    />
                  );
                }
                const { finding } = row;
                // A rule's explanation once per run of its findings, not on every row.
                const before = rows[i - 1];
                const firstOfRule =
                  before?.kind !== 'one' || before.finding.ruleId !== finding.ruleId;
                return findingItem(
                  finding,
                  firstOfRule ? EXPLANATIONS.get(finding.ruleId) : undefined,
                );
              })}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

/**
 * A fix removes its own button, which would drop keyboard focus on the page body. Once the write
 * is over, focus goes to the finding now at the same place (the next one), or to the heading.
 * Acts only when focus was actually lost, so it never pulls focus from where the user went.
 */
function useFocusAfterFix(registry: Registry, busy: boolean) {
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const pending = useRef<{ index: number; before: Registry } | null>(null);

  useEffect(() => {
    const wanted = pending.current;
    if (!wanted || busy) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost) {
      const list = items.current.filter((el): el is HTMLLIElement => el?.isConnected === true);
      (list[Math.min(wanted.index, list.length - 1)] ?? heading.current)?.focus();
    }
    // A write that failed leaves the registry as it was: keep waiting for the one that lands.
    if (registry !== wanted.before) pending.current = null;
  }, [registry, busy]);

  const keepFocusAfterFix = (index: number) => {
    pending.current = { index, before: registry };
  };
  return { items, heading, keepFocusAfterFix };
}
