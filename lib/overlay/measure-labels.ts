/**
 * Where the matched labels are on screen, read in one go before anything is written. One
 * Range is reused for the whole pass and then dropped: a Range kept alive is updated by the
 * browser on every change of the page and taxes it (perf-notes).
 */
import type { TextHit } from '../scan';
import { blockOf } from '../scan/element-kinds';
import { intersect, type Box } from './box';
import { visibleAreaPass } from './visible-area';

export interface MeasuredLabel {
  /** Index into the hit list that was measured. */
  index: number;
  box: Box;
  /** Where the label can be seen; the badge must stay inside it. */
  clip: Box;
  /** The label's block (its cell or title line; a chart for SVG text). */
  room: Box;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function roomOf(text: Text): Box | undefined {
  let block = blockOf(text);
  if (block === null || block.nodeType !== 1) return undefined;
  // An SVG label's block is its <text>, exactly as wide as the label: the chart is the room.
  if ((block as Element).namespaceURI === SVG_NS)
    block = (block as SVGElement).ownerSVGElement ?? block;
  const r = (block as Element).getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

/** Whether a hit still points at text that exists: node recycled or text shortened -> stale. */
function isCurrent(hit: TextHit): boolean {
  return (
    hit.startNode.isConnected &&
    hit.endNode.isConnected &&
    hit.startOffset <= hit.startNode.length &&
    hit.endOffset <= hit.endNode.length
  );
}

function isHidden(node: Node): boolean {
  const parent = node.parentElement;
  return parent !== null && getComputedStyle(parent).visibility !== 'visible';
}

/**
 * Measures the given hits; keeps those whose label is at least half visible. A label is seen
 * through its clip area; one scrolled out of its table or off screen is left out.
 */
export function measureLabels(
  doc: Document,
  hits: readonly TextHit[],
  indices: Iterable<number>,
  viewport: Box,
): MeasuredLabel[] {
  const range = doc.createRange();
  const areaOf = visibleAreaPass(viewport);
  const measured: MeasuredLabel[] = [];
  for (const index of indices) {
    const hit = hits[index];
    if (hit === undefined || !isCurrent(hit)) continue;
    range.setStart(hit.startNode, hit.startOffset);
    range.setEnd(hit.endNode, hit.endOffset);
    const r = range.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const box = { x: r.left, y: r.top, width: r.width, height: r.height };
    const clip = areaOf(hit.startNode);
    const seen = clip && intersect(box, clip);
    if (!clip || !seen || seen.width * seen.height < (box.width * box.height) / 2) continue;
    if (isHidden(hit.startNode)) continue;
    measured.push({ index, box, clip, room: roomOf(hit.startNode) ?? box });
  }
  range.collapse(true);
  return measured;
}
