import { blockAt, isEditor, isSkippedParent } from './element-kinds';

/**
 * Where a hit's text node sits, asked once per hit: whether its text is skipped (in a skipped
 * parent or an editor) and the block it belongs to (the unit rescans replace).
 *
 * Every DOM call costs about as much as the floor spends on a whole text node, so this counts
 * them: the parent, one editability question (see isEditor), and a parent more per inline
 * element up to the block. Whether a rescanned block lies under a skipped element is asked per
 * block, walking up to the first ancestor already known; those answers are kept for one
 * synchronous stretch of work only (`forget` between slices).
 */
export class HitPlaces {
  /** Element -> whether it or an ancestor is a skipped element. */
  private readonly skipped = new Map<Node, boolean>();
  private readonly path: Element[] = [];

  /** Drops remembered answers (the page may have changed since). */
  forget(): void {
    this.skipped.clear();
    this.path.length = 0;
  }

  /**
   * Whether a node lies in a subtree the scanner skips: it is (or its parent is) editable, or
   * it has a skipped element at or above it, in its own tree.
   */
  isInSkippedSubtree(node: Node): boolean {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (element === null) return false;
    return isEditor(element) || this.underSkipped(element);
  }

  /**
   * The block of a text node's label (as `blockOf`, or the node itself when detached), or
   * null when its text is not page text a reader sees as a label (as `isSkippedText`).
   */
  blockOfText(node: Text): Node | null {
    const parent = node.parentElement;
    if (parent === null) return node.parentNode ?? node;
    if (isSkippedParent(parent) || isEditor(parent)) return null;
    return blockAt(parent) ?? node;
  }

  /**
   * Whether an element or an ancestor is a skipped element. Walks up to the first element
   * already known and fills in the answers for the elements on the way.
   */
  private underSkipped(start: Element): boolean {
    const path = this.path;
    // A count, not `path.length = 0`: setting an array's length is slow.
    let count = 0;
    let skipped = false;
    for (let element: Element | null = start; element !== null; element = element.parentElement) {
      const known = this.skipped.get(element);
      if (known !== undefined) {
        skipped = known;
        break;
      }
      path[count++] = element;
    }
    for (let i = count - 1; i >= 0; i--) {
      const element = path[i]!;
      skipped ||= isSkippedParent(element);
      this.skipped.set(element, skipped);
    }
    return skipped;
  }
}
