/**
 * Asks the page whether a badge spot would cover its text. Two checks: the text that follows
 * the label in its own block ("Revenue| by month"), measured with a Range; and, for spots
 * outside the label's block, hit-tests along the spot for elements that hold text (the next
 * cell, a number, a heading), then whether the spot meets that text's own boxes (not the
 * element's: a heading's empty right half is free). The overlay itself never counts. Hit tests cost; the caller asks only when
 * layout may have changed, not on every scroll frame (see placeBadges' hints).
 */
import { blockOf } from '../scan/element-kinds';
import { overlaps, type Box } from './box';
import type { BadgeRequest, CoversPageText } from './place-badges';
import type { TextHit } from '../scan';

/**
 * Probe spacing along a spot: closer than the narrowest text worth keeping clear (a number in
 * an SVG grid is hit only over its glyphs), at a quarter and four fifths of its height.
 */
const PROBE_STEP = 24;
const PROBES_Y = [0.25, 0.8];
/** Probes are answered from an 8 px grid: candidate spots overlap, so many probes repeat. */
const GRID = 8;
/**
 * Hit tests per pass at most (each costs tens of microseconds on a big page). A crowded table
 * header of a dozen labels takes about 200. Past the budget a spot outside its label's block
 * counts as covering text: a dot beside the label beats a badge over the next column's name.
 */
const MAX_HIT_TESTS = 400;

function probesX(spot: Box): number[] {
  const xs: number[] = [];
  for (let x = spot.x + 3; x < spot.x + spot.width - 3; x += PROBE_STEP) xs.push(x);
  xs.push(spot.x + spot.width - 3);
  return xs;
}

/**
 * The boxes of an element's own text (its text children, not its descendants'), or null when
 * it holds none. A hit test lands on an element's whole box: a heading's empty right half is
 * not text, and a badge may sit there.
 */
function ownTextBoxes(element: Element, range: Range): Box[] | null {
  let boxes: Box[] | null = null;
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType !== 3 || (child as Text).data.trim() === '') continue;
    boxes ??= [];
    range.selectNodeContents(child);
    for (const r of range.getClientRects()) {
      if (r.width > 0 && r.height > 0)
        boxes.push({ x: r.left, y: r.top, width: r.width, height: r.height });
    }
  }
  return boxes;
}

/** Boxes of the text after the label, to the end of its block. */
function trailingTextBoxes(doc: Document, hit: TextHit): Box[] {
  const block = blockOf(hit.endNode);
  if (block === null || !hit.endNode.isConnected) return [];
  const range = doc.createRange();
  range.setStart(hit.endNode, Math.min(hit.endOffset, hit.endNode.length));
  range.setEnd(block, block.childNodes.length);
  const boxes = [...range.getClientRects()]
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.left, y: r.top, width: r.width, height: r.height }));
  range.collapse(true);
  return boxes;
}

export function coversPageTextIn(
  doc: Document,
  overlayHost: Element | null,
  hitOf: (request: BadgeRequest) => TextHit | undefined,
): CoversPageText {
  const trailing = new Map<string, Box[]>();
  const found = new Map<number, Element | null>();
  let hitTests = 0;
  /** The element at a point; undefined once the budget is spent and the point is not known. */
  const elementAt = (x: number, y: number): Element | null | undefined => {
    const cell = Math.round(x / GRID) * 100_000 + Math.round(y / GRID);
    let element = found.get(cell);
    if (element === undefined) {
      if (hitTests >= MAX_HIT_TESTS) return undefined;
      hitTests++;
      element = doc.elementFromPoint(x, y);
      found.set(cell, element);
    }
    return element;
  };
  const texts = new Map<Element, Box[] | null>();
  let range: Range | null = null;
  /** Whether the spot covers the text of the element at a point of it. */
  const textAt = (x: number, y: number, own: Node, spot: Box) => {
    const element = elementAt(x, y);
    if (element === undefined) return true;
    if (element === null || element === overlayHost || element.contains(own)) return false;
    let boxes = texts.get(element);
    if (boxes === undefined) {
      range ??= doc.createRange();
      boxes = ownTextBoxes(element, range);
      texts.set(element, boxes);
    }
    // Text the browser gives no boxes for (never seen) counts as covered: better safe.
    return boxes !== null && (boxes.length === 0 || boxes.some((b) => overlaps(b, spot)));
  };
  return (spot: Box, request, inOwnBlock) => {
    const hit = hitOf(request);
    if (hit === undefined) return false;
    let after = trailing.get(request.key);
    if (after === undefined) trailing.set(request.key, (after = trailingTextBoxes(doc, hit)));
    if (after.some((b) => overlaps(b, spot))) return true;
    if (inOwnBlock) return false;
    const xs = probesX(spot);
    const covers = PROBES_Y.some((fy) =>
      xs.some((x) => textAt(x, spot.y + spot.height * fy, hit.startNode, spot)),
    );
    // No Range is left on the page's nodes (a live Range taxes every change the page makes).
    range?.setStart(doc, 0);
    range?.collapse(true);
    return covers;
  };
}
