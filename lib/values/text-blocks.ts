/**
 * A small container's visible text as the blocks a reader sees, in document order: a tile
 * reads as ["CSAT", "87%", "-2 pts"]. Read-only; used on tiles and legend items, never on a
 * whole page.
 */
import { blockOf, hasSkippedParent } from '../scan/element-kinds';

export interface TextBlock {
  /** The nearest non-inline element: `<span>Bounce</span> <span>rate</span>` is one block. */
  element: Element;
  /** Its text, white space collapsed. */
  text: string;
}

/** Hidden by the page itself: the `hidden` attribute or an inline `display: none`. */
function isHidden(node: Node, root: Element): boolean {
  for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
    if (el.hasAttribute('hidden') || (el as HTMLElement).style?.display === 'none') return true;
  }
  return false;
}

/**
 * The text blocks of `root`, at most `limit` (a container with more is not a tile). Text inside
 * `label` is one block of its own, so that in `<li><span>Open rate</span><span>24.1%</span></li>`
 * the name and the value are read apart although both are inline.
 */
export function textBlocks(root: Element, limit = 40, label?: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let current: { element: Element; parts: string[] } | undefined;
  const flush = () => {
    const text = current?.parts.join('').replace(/\s+/g, ' ').trim();
    if (current && text) blocks.push({ element: current.element, text });
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (hasSkippedParent(node) || isHidden(node, root)) continue;
    const block = label?.contains(node) ? label : blockOf(node);
    if (!block || block.nodeType !== 1) continue;
    if (current?.element !== block) {
      flush();
      if (blocks.length >= limit) return blocks;
      current = { element: block as Element, parts: [] };
    }
    current.parts.push((node as Text).data);
  }
  flush();
  return blocks;
}

/** A block's text with white space collapsed: what `textBlocks` reports for one element. */
export function visibleText(element: Element): string {
  return textBlocks(element, Infinity)
    .map((b) => b.text)
    .join(' ');
}
