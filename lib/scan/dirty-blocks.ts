import { blockOf, isInline, OVERLAY_TAG } from './element-kinds';

/**
 * The blocks whose text a batch of mutation records may have changed: the block around a
 * changed text, the block around a changed child list. Changes of our own overlay are not the
 * page's and are dropped. Returns whether elements were removed (hits filed under them must
 * go; a removed text node's hits are replaced by the rescan of its block). `htmlElement` is
 * the document's root element, where the overlay root hangs.
 *
 * A few DOM calls per record: this runs for every record of a mutation storm.
 */
export function collectDirtyBlocks(
  records: readonly MutationRecord[],
  into: Set<Node>,
  withNewElements: Set<Node>,
  htmlElement: Node | null,
): boolean {
  let removed = false;
  for (const record of records) {
    const target = record.target;
    const type = record.type;
    if (type === 'characterData') {
      const block = blockOf(target);
      if (block !== null) into.add(block);
      continue;
    }
    if (type !== 'childList') continue;
    // The overlay root hangs off <html>: only changes there can be ours.
    if (target === htmlElement && isOwnOverlayChange(record)) continue;
    const removedNodes = record.removedNodes;
    if (!removed && removedNodes.length > 0) removed = hasElement(removedNodes);
    const block = enclosingBlock(target);
    into.add(block);
    // Only new elements can bring new shadow roots: other blocks skip that search.
    if (!withNewElements.has(block) && hasElement(record.addedNodes)) withNewElements.add(block);
  }
  return removed;
}

function hasElement(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === 1) return true;
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
