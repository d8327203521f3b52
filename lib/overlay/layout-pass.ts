/**
 * One drawing pass, reads and layout only: measures the labels near the screen, samples their
 * backgrounds, and places their badges. Nothing is written here; the caller renders the result.
 */
import type { BadgeView, DisplayMode } from '../../components/overlay/view-types';
import type { RoleLook } from '../../components/design/roles';
import type { TextHit } from '../scan';
import type { Box } from './box';
import { coversPageTextIn } from './covers-page-text';
import { measureLabels, type MeasuredLabel } from './measure-labels';
import type { OverlayRegistry } from './overlay-registry';
import { pageThemePass } from './page-theme';
import { DOT_SIZE, placeBadges, type BadgeRequest, type PlacementHint } from './place-badges';
import { BADGE_HEIGHT, badgeWidth } from './text-width';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface PassInput {
  doc: Document;
  hits: readonly TextHit[];
  keys: readonly string[];
  /** Indices of hits worth measuring (near the screen, known, not suppressed). */
  candidates: readonly number[];
  registry: OverlayRegistry;
  mode: DisplayMode;
  theme: ThemeChoice;
  overlayHost: Element | null;
  /** Last pass's placements, reused while only scrolling happened (empty: place afresh). */
  hints: ReadonlyMap<string, PlacementHint>;
}

export interface PassResult {
  viewport: Box;
  labels: MeasuredLabel[];
  /** The labels on screen with the look their underline takes. */
  shown: { hit: TextHit; look: RoleLook }[];
  badges: BadgeView[];
  /** The page behind the first label is dark (underline colours follow it). */
  pageDark: boolean;
  /** This pass's placements, as hints for the next one. */
  hints: Map<string, PlacementHint>;
}

export function layoutPass(input: PassInput): PassResult {
  const { doc, hits, keys, registry, mode } = input;
  const win = doc.defaultView!;
  const viewport = {
    x: 0,
    y: 0,
    width: doc.documentElement.clientWidth || win.innerWidth,
    height: doc.documentElement.clientHeight || win.innerHeight,
  };
  const labels = measureLabels(doc, hits, input.candidates, viewport);
  const prefersDark = win.matchMedia('(prefers-color-scheme: dark)').matches;
  const sampled = pageThemePass(prefersDark);
  const isDark = input.theme === 'system' ? sampled : () => input.theme === 'dark';
  const shown = labels.map((l) => ({
    hit: hits[l.index]!,
    look: registry.lookOf(hits[l.index]!.metricId)!.look,
  }));
  const pageDark = shown.length > 0 ? isDark(shown[0]!.hit.startNode) : prefersDark;
  if (mode === 'off') return { viewport, labels, shown, badges: [], pageDark, hints: new Map() };

  const requests: BadgeRequest[] = [];
  const views = new Map<string, Omit<BadgeView, 'x' | 'y' | 'compact'>>();
  const labelHits = new Map<string, TextHit>();
  for (const label of labels) {
    const hit = hits[label.index]!;
    const look = registry.lookOf(hit.metricId)!;
    const key = keys[label.index]!;
    const dots = mode === 'compact';
    const width = dots ? DOT_SIZE : badgeWidth(look.face.text);
    const height = dots ? DOT_SIZE : BADGE_HEIGHT;
    requests.push({ key, label: label.box, clip: label.clip, room: label.room, width, height });
    const dark = isDark(hit.startNode);
    views.set(key, { key, metricId: hit.metricId, face: look.face, label: look.label, dark });
    labelHits.set(key, hit);
  }
  const covers = coversPageTextIn(doc, input.overlayHost, (r) => labelHits.get(r.key));
  const placements = placeBadges(requests, covers, input.hints);
  const hints = new Map<string, PlacementHint>();
  const labelBox = new Map(requests.map((r) => [r.key, r.label]));
  const badges = placements.map((p) => {
    const label = labelBox.get(p.key)!;
    hints.set(p.key, { dx: p.x - label.x, dy: p.y - label.y, compact: p.compact });
    return { ...views.get(p.key)!, x: p.x, y: p.y, compact: p.compact || mode === 'compact' };
  });
  return { viewport, labels, shown, badges, pageDark, hints };
}
