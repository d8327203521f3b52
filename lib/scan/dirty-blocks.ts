import { blockOf, INLINE_TAGS, OVERLAY_TAG, SKIPPED_SUBTREES } from './element-kinds';

/**
 * The blocks whose text a batch of mutation records may have changed: the block around a
 * changed text, the block around a changed child list. Changes of our own overlay are not the
 * page's and are dropped. Returns whether nodes were removed (their hits must go).
 */
export function collectDirtyBlocks(
  records: readonly MutationRecord[],
  into: Set<Node>,
  withNewElements: Set<Node>,
): boolean {
  let removed = false;
  for (const record of records) {
    const target = record.target;
    if (record.type === 'characterData') {
      const block = blockOf(target);
      if (block !== null) into.add(block);
      continue;
    }
    if (record.type !== 'childList') continue;
    // The overlay root hangs off <html>: only changes there can be ours.
    if (target.parentNode?.nodeType === 9 && isOwnOverlayChange(record)) continue;
    if (record.removedNodes.length > 0) removed = true;
    const block = enclosingBlock(target);
    into.add(block);
    // Only new elements can bring new shadow roots: other blocks skip that search.
    for (const added of record.addedNodes) {
      if (added.nodeType === 1) {
        withNewElements.add(block);
        break;
      }
    }
  }
  return removed;
}

/** The target itself when it is a block (or a root), else the block around it. */
function enclosingBlock(node: Node): Node {
  if (node.nodeType === 1 && INLINE_TAGS.has((node as Element).localName))
    return blockOf(node) ?? node;
  return node;
}

function isOwnOverlayChange(record: MutationRecord): boolean {
  const changed = [...record.addedNodes, ...record.removedNodes];
  return changed.length > 0 && changed.every((n) => n.nodeName.toLowerCase() === OVERLAY_TAG);
}

/**
 * Whether a dirty block lies in a subtree the scanner skips (script, editor, our overlay), or
 * outside the page's visible text (head). One engine-side `closest` per block.
 */
export function isInSkippedSubtree(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element !== null && element.closest(SKIPPED_SUBTREES) !== null;
}

/** Drops blocks nested in another dirty block: scanning the outer one covers them. */
export function outermostBlocks(blocks: ReadonlySet<Node>): Node[] {
  const outer: Node[] = [];
  for (const block of blocks) {
    let nested = false;
    for (let n = block.parentNode; n !== null; n = n.parentNode) {
      if (blocks.has(n)) {
        nested = true;
        break;
      }
    }
    if (!nested) outer.push(block);
  }
  return outer;
}
