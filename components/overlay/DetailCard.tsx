import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CardFacts, MetricRef } from '../../lib/overlay/card-facts';
import { RoleIcon } from '../design/RoleIcon';
import { ROLE_STYLES } from '../design/roles';
import { ProgressBlock } from './ProgressBlock';

export interface CardPlacement {
  left: number;
  /** Below the badge when it sits in the upper half of the screen, else above it. */
  top?: number;
  bottom?: number;
}

interface Props {
  id: string;
  facts: CardFacts;
  placement: CardPlacement;
  dark: boolean;
  /** Metrics that show on this page: links to them scroll there. */
  onPage: ReadonlySet<string>;
  onEdit: (metricId: string) => void;
  onSuppress: (metricId: string) => void;
  onJump: (metricId: string) => void;
  onEnter: () => void;
  onLeave: () => void;
}

function Related({
  metric,
  onPage,
  onJump,
}: {
  metric: MetricRef;
  onPage: ReadonlySet<string>;
  onJump: (id: string) => void;
}) {
  if (!onPage.has(metric.id)) return <span>{metric.name}</span>;
  return (
    <button
      type="button"
      class="kl-link"
      onClick={() => onJump(metric.id)}
      title="Show it on this page"
    >
      {metric.name}
    </button>
  );
}

/**
 * The whole story of a metric, in the top layer (a manual popover) so page stacking cannot
 * hide it. It holds buttons only, never a text input: keystrokes typed into an in-page field
 * are visible to the page's scripts.
 */
export function DetailCard(props: Props) {
  const { facts, placement, onPage, onJump } = props;
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && 'showPopover' in el && !el.matches(':popover-open')) el.showPopover();
  }, []);
  const look = ROLE_STYLES[facts.look];
  const row = (term: string, value: preact.ComponentChildren, overdue = false) =>
    value === undefined ? null : (
      <>
        <dt>{term}</dt>
        <dd class={overdue ? 'kl-overdue' : undefined}>{value}</dd>
      </>
    );
  return (
    <div
      ref={ref}
      id={props.id}
      popover="manual"
      role="dialog"
      aria-label={`About ${facts.name}`}
      class={`kl-card ${props.dark ? 'kl-theme-dark' : 'kl-theme-light'}`}
      style={{
        left: `${placement.left}px`,
        top: placement.top === undefined ? 'auto' : `${placement.top}px`,
        bottom: placement.bottom === undefined ? 'auto' : `${placement.bottom}px`,
      }}
      onPointerEnter={props.onEnter}
      onPointerLeave={props.onLeave}
      onFocusIn={props.onEnter}
      onFocusOut={props.onLeave}
    >
      <span class="kl-card-role" style={{ color: look.color, background: look.background }}>
        <RoleIcon look={facts.look} />
        {facts.roleLabel}
      </span>
      <h2>{facts.name}</h2>
      {facts.aliases.length > 0 && <div class="kl-muted">also {facts.aliases.join(', ')}</div>}
      {facts.definition && <p>{facts.definition}</p>}
      {facts.teamNotes && <p class="kl-muted kl-team-notes">{facts.teamNotes}</p>}
      {facts.progress && (
        <ProgressBlock metricId={facts.metricId} progress={facts.progress} onEdit={props.onEdit} />
      )}
      <dl>
        {row('Objective', facts.objective)}
        {row('Target', facts.target)}
        {row('From', facts.baseline)}
        {row('Deadline', facts.deadline?.text, facts.deadline?.overdue)}
        {row('Owner', facts.owner)}
        {row('Team', facts.team)}
        {row('Review', facts.review?.text, facts.review?.overdue)}
        {row('Indicator', facts.indicator)}
        {facts.supports &&
          row(
            facts.supportsLabel ?? 'Supports',
            <Related metric={facts.supports} onPage={onPage} onJump={onJump} />,
          )}
        {facts.supportedBy.length > 0 &&
          row(
            'Explained by',
            <ul>
              {facts.supportedBy.map((m) => (
                <li key={m.id}>
                  <Related metric={m} onPage={onPage} onJump={onJump} />
                </li>
              ))}
            </ul>,
          )}
      </dl>
      {facts.warnings.length > 0 && (
        <ul class="kl-warnings" aria-label="Health warnings">
          {facts.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {facts.notes.length > 0 && (
        <ul class="kl-warnings kl-notes" aria-label="Health notes">
          {facts.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div class="kl-actions">
        <button
          type="button"
          class="kl-action kl-action--primary"
          onClick={() => props.onEdit(facts.metricId)}
        >
          Edit in KPI Lens
        </button>
        <button
          type="button"
          class="kl-action"
          title="Hides this badge on this site. The KPI Lens popup shows it again."
          onClick={() => props.onSuppress(facts.metricId)}
        >
          Not this metric here
        </button>
      </div>
    </div>
  );
}
