import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardFacts } from '../../lib/overlay/card-facts';
import { Badge } from './Badge';
import { DetailCard, type CardPlacement } from './DetailCard';
import type { BadgeView, UnderlineView } from './view-types';

/** Hover must rest this long before a card opens (passing the pointer over badges opens none). */
const HOVER_OPEN_MS = 150;
/** Time to move the pointer from a badge onto its card before the card closes. */
const HOVER_CLOSE_MS = 250;
const CARD_ID = 'kl-detail-card';
const CARD_WIDTH = 340;

export interface OverlayProps {
  badges: readonly BadgeView[];
  underlines: readonly UnderlineView[];
  viewport: { width: number; height: number };
  cardFor: (metricId: string) => CardFacts | null;
  onPage: ReadonlySet<string>;
  onEdit: (metricId: string) => void;
  onSuppress: (metricId: string) => void;
  onJump: (metricId: string) => void;
  /** Escape with no card open: hand focus back to the page. */
  onEscape: () => void;
  /** Arrow keys on a badge: move to the next (1) or previous (-1) badge. */
  onNavigate: (step: 1 | -1) => void;
  /** The badge the popup asked to reveal: it pulses for a moment. */
  flashKey?: string | null;
}

interface OpenCard {
  key: string;
  pinned: boolean;
}

function placeCard(badge: BadgeView, viewport: { width: number; height: number }): CardPlacement {
  const left = Math.max(8, Math.min(badge.x, viewport.width - CARD_WIDTH - 8));
  return badge.y < viewport.height / 2
    ? { left, top: badge.y + 24 }
    : { left, bottom: viewport.height - badge.y + 6 };
}

function badgeButton(group: HTMLElement, key: string): HTMLElement | null {
  for (const button of group.querySelectorAll<HTMLElement>('button[data-key]'))
    if (button.dataset['key'] === key) return button;
  return null;
}

/** Every badge, the underlines the browser cannot draw itself, and the one open card. */
export function OverlayApp(props: OverlayProps) {
  const [open, setOpen] = useState<OpenCard | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(fn, ms);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const anchor = open ? props.badges.find((b) => b.key === open.key) : undefined;
  const facts = anchor ? props.cardFor(anchor.metricId) : null;

  const onOpen = (key: string, pinned: boolean) => {
    if (pinned) {
      clearTimeout(timer.current);
      setOpen((o) => (o?.key === key && o.pinned ? null : { key, pinned: true }));
    } else if (open?.key === key) {
      clearTimeout(timer.current);
    } else if (!open?.pinned) {
      later(() => setOpen({ key, pinned: false }), HOVER_OPEN_MS);
    }
  };
  const onLeave = () => {
    if (!open?.pinned) later(() => setOpen(null), HOVER_CLOSE_MS);
    else clearTimeout(timer.current);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (!open) return props.onEscape();
      // Focus inside the card would fall to the page's body as the card goes: back to its badge.
      const group = event.currentTarget as HTMLElement;
      const inCard = (event.target as Element).closest('.kl-card') !== null;
      setOpen(null);
      if (inCard) badgeButton(group, open.key)?.focus();
    } else if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key)) {
      event.preventDefault();
      props.onNavigate(event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1);
    }
  };

  return (
    <div onKeyDown={onKeyDown} role="group" aria-label="KPI Lens badges">
      {props.underlines.map((u) => (
        <div
          key={u.key}
          class="kl-underline"
          style={{
            width: `${u.width}px`,
            background: u.colour,
            transform: `translate(${u.x}px, ${u.y}px)`,
          }}
        />
      ))}
      {props.badges.flatMap((b) => {
        const badge = (
          <Badge
            key={b.key}
            badge={b}
            expanded={anchor === b && facts !== null}
            flash={props.flashKey === b.key}
            cardId={CARD_ID}
            onOpen={onOpen}
            onLeave={onLeave}
          />
        );
        // The card follows its badge in the tree, so Tab goes from the badge into the card.
        return anchor === b && facts ? [badge, card(b, facts)] : [badge];
      })}
    </div>
  );

  function card(anchor: BadgeView, facts: CardFacts) {
    return (
      <DetailCard
        key={`card:${anchor.key}`}
        id={CARD_ID}
        facts={facts}
        placement={placeCard(anchor, props.viewport)}
        dark={anchor.dark}
        onPage={props.onPage}
        onEdit={props.onEdit}
        onSuppress={(id) => {
          setOpen(null);
          props.onSuppress(id);
        }}
        onJump={(id) => {
          setOpen(null);
          props.onJump(id);
        }}
        onEnter={() => clearTimeout(timer.current)}
        onLeave={onLeave}
      />
    );
  }
}
