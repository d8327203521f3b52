/**
 * Where each badge goes, given where its label is: pure, so collision rules are a table test.
 * Greedy in reading order; each badge takes the first spot that stays inside its label's
 * visible area (the viewport cut by scrolling containers) and covers neither another badge,
 * nor any badged label, nor (asked of the page) other text. Labels close together (table headers) push badges above or below;
 * when nothing fits, the badge shrinks to a dot beside the label rather than pile onto others.
 * A badge away from its label must still read as its own: it starts at the label (or ends
 * with it while its middle stays over it), and no page text lies between the two.
 */
import { contains, overlaps, right, bottom, type Box } from './box';

export interface BadgeRequest {
  key: string;
  /** The label's box in the viewport. */
  label: Box;
  /** Where the label can be seen: the viewport cut by its scrolling ancestors. */
  clip: Box;
  /**
   * The label's own block (a tile title, a header cell): a badge beside the label must stay
   * within its width, or it would cover the next cell's text, which is not a known label.
   */
  room?: Box;
  width: number;
  height: number;
}

export interface Placement {
  key: string;
  x: number;
  y: number;
  /** No full badge fitted: drawn as a dot. */
  compact: boolean;
}

/** Space between a label and its badge. */
export const BADGE_GAP = 4;
/** A dot's side when a full badge does not fit. */
export const DOT_SIZE = 10;
/**
 * Pixels a badge may poke out of its label's visible area: a label flush with the top of its
 * scrolling box would otherwise lose the spot beside it to rounding.
 */
const CLIP_SLACK = 3;
/** Rows of badges stacked above or below a crowded line of labels before giving up. */
const STACK_ROWS = 2;

const grow = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  width: b.width + 2 * by,
  height: b.height + 2 * by,
});

interface Spot extends Box {
  /** Beside the label on its line: must fit the label's block. */
  beside: boolean;
  /**
   * Before the label, the last resort: only inside the label's block (a right-aligned header
   * cell). Left of a label that starts its block, it sits over the neighbouring panel and reads
   * as something there; a dot beside the label says less, of the right label.
   */
  before?: boolean;
  /**
   * A row or more away from the label: the strip between them must hold no page text (a
   * badge above a card's title would read as the title's). Probed only if the spot is free.
   */
  far: boolean;
}

/** Height of the bands a gap is probed in: the page probes a box at two heights only. */
const GAP_BAND = 10;

/**
 * The strip between a spot above or below a label and the label, over the width they share,
 * cut in bands of GAP_BAND so that a line of text anywhere in it is met.
 */
function gapBetween(spot: Box, label: Box): Box[] {
  const x = Math.max(spot.x, label.x);
  const width = Math.min(right(spot), right(label)) - x;
  const top = spot.y < label.y ? bottom(spot) : bottom(label);
  const end = spot.y < label.y ? label.y : spot.y;
  const bands: Box[] = [];
  if (width <= 0) return bands;
  for (let y = top; y < end; y += GAP_BAND)
    bands.push({ x, y, width, height: Math.min(GAP_BAND, end - y) });
  return bands;
}

/**
 * Spots in order of preference: beside the label, then above (a row or two: over a table's
 * headers there is usually a title or padding), then below (where the numbers are), then
 * before the label.
 */
function candidates(label: Box, w: number, h: number): Spot[] {
  const midY = label.y + label.height / 2 - h / 2;
  const at = (x: number, y: number, beside = false, far = false): Spot => ({
    x,
    y,
    width: w,
    height: h,
    beside,
    far,
  });
  const above = (row: number) => label.y - BADGE_GAP / 2 - (row + 1) * h - (row * BADGE_GAP) / 2;
  const below = (row: number) => bottom(label) + BADGE_GAP / 2 + row * (h + BADGE_GAP / 2);
  // Starting at the label, or ending with it while its middle stays over the label: a
  // long badge ending at a short label reaches over the neighbouring tile or column and reads
  // as theirs (a dot beside the label says less, but says it of the right label).
  const endsWithLabel = w / 2 <= label.width;
  const pair = (y: number, far = true) =>
    endsWithLabel
      ? [at(label.x, y, false, far), at(right(label) - w, y, false, far)]
      : [at(label.x, y, false, far)];
  return [
    at(right(label) + BADGE_GAP, midY, true),
    ...pair(above(0), false),
    ...pair(above(1)),
    ...pair(below(0), false),
    ...Array.from({ length: STACK_ROWS - 1 }, (_, i) => [
      ...pair(above(i + 2)),
      ...pair(below(i + 1)),
    ]).flat(),
    { ...at(label.x - BADGE_GAP - w, midY, true), before: true },
  ];
}

function inRoom(spot: Spot, room: Box | undefined): boolean {
  return spot.beside && room !== undefined && spot.x >= room.x && right(spot) <= right(room);
}

/**
 * Whether a spot would cover page text that is not a known label (words after the label, a
 * neighbouring cell, a number). Only the page can tell. `inOwnBlock`: the spot is beside the
 * label within its block, so only the block's own text can be under it.
 */
export type CoversPageText = (spot: Box, request: BadgeRequest, inOwnBlock: boolean) => boolean;

function readingOrder(a: BadgeRequest, b: BadgeRequest): number {
  return a.label.y - b.label.y || a.label.x - b.label.x;
}

/** Where a badge sat last time, relative to its label: reused while the page only scrolls. */
export interface PlacementHint {
  dx: number;
  dy: number;
  compact: boolean;
}

/**
 * `hints`: last placements by key. A hinted badge keeps its spot relative to its label if that
 * is still free of badges and labels and inside the clip, without asking the page again: a
 * scroll moves labels and their surroundings together, so what was clear stays clear.
 */
export function placeBadges(
  requests: readonly BadgeRequest[],
  coversPageText: CoversPageText = () => false,
  hints: ReadonlyMap<string, PlacementHint> = new Map(),
): Placement[] {
  const labels = requests.map((r) => r.label);
  const taken: Box[] = [];
  const clear = (spot: Box, request: BadgeRequest) =>
    contains(grow(request.clip, CLIP_SLACK), spot) &&
    !taken.some((t) => overlaps(t, spot)) &&
    !labels.some((l) => overlaps(l, spot));
  const free = (spot: Spot, request: BadgeRequest) =>
    (spot.before !== true || request.room === undefined || inRoom(spot, request.room)) &&
    clear(spot, request) &&
    !coversPageText(spot, request, inRoom(spot, request.room)) &&
    (!spot.far ||
      !gapBetween(spot, request.label).some((band) => coversPageText(band, request, false)));
  const placements: Placement[] = [];
  for (const request of [...requests].sort(readingOrder)) {
    const { label } = request;
    const hint = hints.get(request.key);
    if (hint) {
      const size = hint.compact ? DOT_SIZE : undefined;
      const spot = {
        x: label.x + hint.dx,
        y: label.y + hint.dy,
        width: size ?? request.width,
        height: size ?? request.height,
      };
      if (clear(spot, request)) {
        taken.push(spot);
        placements.push({ key: request.key, x: spot.x, y: spot.y, compact: hint.compact });
        continue;
      }
    }
    let spot = candidates(label, request.width, request.height).find((s) => free(s, request));
    let compact = false;
    if (spot === undefined) {
      compact = true;
      const dots = candidates(label, DOT_SIZE, DOT_SIZE);
      // A dot that overlaps is still better than no sign at all: the first spot is its fallback.
      spot = dots.find((s) => free(s, request)) ?? dots[0]!;
    }
    taken.push(spot);
    placements.push({ key: request.key, x: spot.x, y: spot.y, compact });
  }
  return placements;
}
