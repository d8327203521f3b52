/**
 * Where an element can be seen: the viewport cut by every ancestor that clips its overflow
 * (scrolling tables, cards with overflow hidden), across shadow roots. Memoised for one
 * drawing pass only: layouts change between passes and page nodes get recycled.
 */
import { intersect, type Box } from './box';

const CLIPS = /^(hidden|scroll|auto|clip)$/;

function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent === null) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === 1 ? (parent as Element) : null;
}

/** The inside of an element's border, scroll bars excluded: where its content is painted. */
function paddingBox(element: Element): Box {
  const r = element.getBoundingClientRect();
  return {
    x: r.left + element.clientLeft,
    y: r.top + element.clientTop,
    width: element.clientWidth,
    height: element.clientHeight,
  };
}

export type VisibleArea = (node: Node) => Box | null;

/** A memoised "where can this node be seen" for one pass; null when nowhere. */
export function visibleAreaPass(viewport: Box): VisibleArea {
  const memo = new Map<Element, Box | null>();
  const areaOf = (element: Element | null): Box | null => {
    if (element === null) return viewport;
    const known = memo.get(element);
    if (known !== undefined) return known;
    const outer = areaOf(parentOf(element));
    let area = outer;
    if (outer !== null && element !== element.ownerDocument.documentElement) {
      const style = getComputedStyle(element);
      if (style.position === 'fixed') area = viewport;
      if (CLIPS.test(style.overflowX) || CLIPS.test(style.overflowY)) {
        area = area && intersect(area, paddingBox(element));
      }
    }
    memo.set(element, area);
    return area;
  };
  return (node) => areaOf(parentOf(node));
}
