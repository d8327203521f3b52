import { isInline, isSkippedParent } from './element-kinds';

/**
 * Where a hit's text node sits, asked once per hit: whether its text is skipped (inside a
 * skipped parent or an editor) and the block it belongs to (the unit rescans replace).
 *
 * Every DOM call costs about as much as the floor spends on a whole text node, so this counts
 * them. From the text up to its block, each element is asked for a `contenteditable`
 * attribute (most have none, and `hasAttributes` takes no string from JS). Above the block,
 * one native `closest('[contenteditable]')` answers for all ancestors at once, remembered
 * per element above a block, since neighbouring hits share it (rows, cards, grids). A walk
 * up in JS that remembered every ancestor cost twice as much (50k bench page, 4,343 hits: 2.1
 * vs 1.0 ms): a card's title is its only hit, and the ancestors above it were new to the walk,
 * each a Map entry and two DOM calls.
 * Answers are kept for one synchronous stretch of work only (`forget` between slices).
 */
export class HitPlaces {
  /** Element -> its EDITOR and SKIPPED bits (see stateOf). */
  private readonly states = new Map<Node, number>();
  private readonly path: Element[] = [];
  /** Element above a block -> whether it is inside an editor (see inEditor). */
  private readonly editors = new Map<Element, boolean>();

  /** Drops remembered answers (the page may have changed since). */
  forget(): void {
    this.states.clear();
    this.path.length = 0;
    this.editors.clear();
  }

  /**
   * Whether a node lies in a subtree the scanner skips, as `isInSkippedSubtree` (a skipped
   * element or an editor at or above it, in its own tree).
   */
  isInSkippedSubtree(node: Node): boolean {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (element === null) return false;
    if (isSkippedParent(element) || editorState(element) === true) return true;
    const above = element.parentElement;
    return above !== null && (this.stateOf(above) & SKIPPED) !== 0;
  }

  /**
   * The block of a text node's label (as `blockOf`, or the node itself when detached), or
   * null when its text is not page text a reader sees as a label (as `isSkippedText`).
   */
  blockOfText(node: Text): Node | null {
    let element: Element | null = node.parentElement;
    if (element === null) return node.parentNode ?? node;
    if (isSkippedParent(element)) return null;
    // Up to the block: each element on the way may be an editor itself.
    for (;;) {
      const editor = editorState(element);
      if (editor !== null) return editor ? null : blockFrom(element, node);
      if (!isInline(element)) break;
      const up: Element | null = element.parentElement;
      if (up === null) return element.parentNode ?? node;
      element = up;
    }
    const above = element.parentElement;
    if (above === null) return element;
    return this.inEditor(above) ? null : element;
  }

  /** Whether the nearest `contenteditable` at or above an element makes it an editor. */
  private inEditor(element: Element): boolean {
    let inEditor = this.editors.get(element);
    if (inEditor === undefined) {
      const nearest = element.closest('[contenteditable]');
      inEditor = nearest !== null && editorState(nearest) === true;
      this.editors.set(element, inEditor);
    }
    return inEditor;
  }

  /**
   * An element's bits: EDITOR when the nearest contenteditable at or above it is not "false",
   * SKIPPED when it or an ancestor is a skipped element or an editor. Walks up to the first
   * element already known and fills in the answers for the elements on the way.
   */
  private stateOf(start: Element): number {
    const path = this.path;
    // A count, not `path.length = 0`: setting an array's length is slow, and this runs per hit.
    let count = 0;
    let state = 0;
    for (let element: Element | null = start; element !== null; element = element.parentElement) {
      const known = this.states.get(element);
      if (known !== undefined) {
        state = known;
        break;
      }
      path[count++] = element;
    }
    for (let i = count - 1; i >= 0; i--) {
      const element = path[i]!;
      const own = editorState(element);
      let next = own === null ? state & EDITOR : own ? EDITOR : 0;
      if ((state & SKIPPED) !== 0 || own === true || isSkippedParent(element)) next |= SKIPPED;
      state = next;
      this.states.set(element, state);
    }
    return state;
  }
}

const EDITOR = 1;
const SKIPPED = 2;

/** True: an editor; false: contenteditable="false"; null: no contenteditable attribute. */
function editorState(element: Element): boolean | null {
  // hasAttributes() takes no string from JS, and most elements have no attribute at all.
  if (!element.hasAttributes()) return null;
  const value = element.getAttribute('contenteditable');
  return value === null ? null : value !== 'false';
}

/** The block at or above an element (the text node itself when the tree is detached). */
function blockFrom(element: Element, node: Text): Node {
  let current = element;
  while (isInline(current)) {
    const up: Element | null = current.parentElement;
    if (up === null) return current.parentNode ?? node;
    current = up;
  }
  return current;
}
