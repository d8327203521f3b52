import { RoleIcon } from '../design/RoleIcon';
import { ROLE_STYLES } from '../design/roles';
import type { BadgeView } from './view-types';

interface Props {
  badge: BadgeView;
  expanded: boolean;
  /** Pulse once: the popup's "show me" pointed here. */
  flash?: boolean;
  cardId: string;
  onOpen: (key: string, pinned: boolean) => void;
  onLeave: (key: string) => void;
}

/**
 * One badge beside a label: a button, so it is reachable by keyboard and announced with its
 * accessible name; the role is told by icon and words as well as colour.
 */
export function Badge({ badge, expanded, flash, cardId, onOpen, onLeave }: Props) {
  const style = ROLE_STYLES[badge.face.look];
  return (
    <button
      type="button"
      class={[
        'kl-badge',
        badge.compact && 'kl-badge--dot',
        flash && 'kl-badge--flash',
        badge.dark ? 'kl-theme-dark' : 'kl-theme-light',
      ]
        .filter(Boolean)
        .join(' ')}
      data-key={badge.key}
      data-metric-id={badge.metricId}
      aria-label={badge.label}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-controls={expanded ? cardId : undefined}
      style={{
        color: style.color,
        background: style.background,
        transform: `translate(${Math.round(badge.x)}px, ${Math.round(badge.y)}px)`,
      }}
      onPointerEnter={() => onOpen(badge.key, false)}
      onPointerLeave={() => onLeave(badge.key)}
      onFocus={() => onOpen(badge.key, false)}
      onBlur={() => onLeave(badge.key)}
      onClick={() => onOpen(badge.key, true)}
    >
      {/* "★ north star" carries its icon in its words. */}
      {!badge.compact && !badge.face.text.startsWith('★') && <RoleIcon look={badge.face.look} />}
      {!badge.compact && <span aria-hidden="true">{badge.face.text}</span>}
    </button>
  );
}
