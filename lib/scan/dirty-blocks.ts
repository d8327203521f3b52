import { blockOf, isInline, OVERLAY_TAG } from './element-kinds';

/** collectDirtyBlocks found element removals (hits filed under them must go). */
export const REMOVED_ELEMENTS = 1;
/** collectDirtyBlocks found a `contenteditable` change: which text is skipped may change anywhere. */
export const EDITORS_CHANGED = 2;

/**
 * The blocks whose text a batch of mutation records may have changed: the block around a
 * changed text, the block around a changed child list. Changes of our own overlay are not the
 * page's and are dropped. Blocks that gained elements also go in `withNewElements` (only new
 * elements can bring shadow roots). Returns flags: REMOVED_ELEMENTS (hits filed under them
 * must go; a removed text node's hits are replaced by the rescan of its block) and
 * EDITORS_CHANGED (the caller rescans the whole page).
 * `htmlElement` is the document's root element, where the overlay root hangs.
 *
 * A few DOM calls per record: this runs for every record of a mutation storm.
 */
export function collectDirtyBlocks(
  records: readonly MutationRecord[],
  into: Set<Node>,
  withNewElements: Set<Node>,
  htmlElement: Node | null,
): number {
  let removed = false;
  let editors = false;
  for (const record of records) {
    const target = record.target;
    const type = record.type;
    if (type === 'characterData') {
      const block = blockOf(target);
      if (block !== null) into.add(block);
      continue;
    }
    if (type === 'attributes') {
      editors = true;
      continue;
    }
    if (type !== 'childList') continue;
    // The overlay root hangs off <html>: only changes there can be ours.
    if (target === htmlElement && isOwnOverlayChange(record)) continue;
    if (!removed) removed = hasElement(record.removedNodes);
    const block = enclosingBlock(target);
    into.add(block);
    // Only new elements can bring new shadow roots: other blocks skip that search. A target
    // without element children now kept none of the elements the record added (one DOM call,
    // where the list costs three: a text replaced in a cell, the usual record, stops there).
    const mayHaveNew = (target as ParentNode).firstElementChild !== null;
    if (mayHaveNew && hasElement(record.addedNodes)) withNewElements.add(block);
  }
  return (removed ? REMOVED_ELEMENTS : 0) | (editors ? EDITORS_CHANGED : 0);
}

/** Reads `length` once: every property of a NodeList is a DOM call (the usual list has one node). */
function hasElement(nodes: NodeList): boolean {
  const count = nodes.length;
  for (let i = 0; i < count; i++) if (nodes[i]!.nodeType === 1) return true;
  return false;
}

/** The target itself when it is a block (or a root), else the block around it. */
function enclosingBlock(node: Node): Node {
  // Roots (document, shadow root) have no prototype entry and no localName: not inline.
  if (isInline(node as Element)) return blockOf(node) ?? node;
  return node;
}

function isOwnOverlayChange(record: MutationRecord): boolean {
  const changed = [...record.addedNodes, ...record.removedNodes];
  return changed.length > 0 && changed.every((n) => n.nodeName.toLowerCase() === OVERLAY_TAG);
}
