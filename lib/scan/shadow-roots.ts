import {
  HOSTS_NONE,
  learnElementKinds,
  MAY_HOST_ANY,
  OVERLAY_TAG,
  shadowHostingOf,
  SVG_SUBTREE,
} from './element-kinds';

/**
 * Opens a closed shadow root where the browser lets an extension do so
 * (`chrome.dom.openOrClosedShadowRoot`, Firefox's `element.openOrClosedShadowRoot`); the
 * content script passes it in so that this folder stays free of extension APIs.
 */
export type ShadowRootOpener = (element: Element) => ShadowRoot | null;

/**
 * A resumable walk over the elements under a root that collects the shadow roots hosted
 * there, nested ones included (each is walked in turn once found).
 */
export class ShadowRootSearch {
  readonly found: ShadowRoot[] = [];
  private readonly pending: Node[];
  private walker: TreeWalker | null = null;
  /**
   * The last element constructor met and the shadow roots its elements may host: elements
   * come in runs of one kind (cells, spans, SVG text), so the lookup is one per run. A
   * constructor load is a plain property read, where `localName` or `shadowRoot` are DOM calls.
   */
  private lastConstructor: unknown = null;
  private lastHosting = MAY_HOST_ANY;

  constructor(
    root: Node,
    private readonly opener?: ShadowRootOpener,
  ) {
    this.pending = [root];
  }

  /** Walks until done (true) or until performance.now() passes `deadline` (false). */
  advance(deadline = Infinity): boolean {
    let sinceCheck = 0;
    for (;;) {
      if (this.walker === null) {
        const next = this.pending.shift();
        if (next === undefined) return true;
        const doc = next.nodeType === 9 ? (next as Document) : next.ownerDocument!;
        learnElementKinds(doc);
        this.walker = doc.createTreeWalker(next, NodeFilter.SHOW_ELEMENT);
      }
      const element = this.walker.nextNode() as Element | null;
      if (element === null) {
        this.walker = null;
        continue;
      }
      const constructor = (element as { constructor?: unknown }).constructor;
      if (constructor !== this.lastConstructor) {
        this.lastConstructor = constructor;
        this.lastHosting = shadowHostingOf(constructor);
      }
      let shadow: ShadowRoot | null = null;
      if (this.lastHosting === SVG_SUBTREE) {
        // One native query instead of handing each element of the chart to JS.
        if (element.querySelector('foreignObject') === null) skipSubtree(this.walker);
      } else if (this.lastHosting !== HOSTS_NONE) {
        shadow = element.shadowRoot;
        if (shadow === null && this.lastHosting === MAY_HOST_ANY) shadow = this.openClosed(element);
      }
      if (shadow !== null) {
        this.found.push(shadow);
        this.pending.push(shadow);
      }
      if (++sinceCheck === 1024) {
        sinceCheck = 0;
        if (performance.now() > deadline) return false;
      }
    }
  }

  private openClosed(element: Element): ShadowRoot | null {
    // Only custom elements host closed roots in practice; never open our own overlay's.
    if (this.opener === undefined || !element.localName.includes('-')) return null;
    if (element.localName === OVERLAY_TAG) return null;
    return this.opener(element);
  }
}

/** Moves a walker standing on an element to the element's last descendant (or itself). */
function skipSubtree(walker: TreeWalker): void {
  while (walker.lastChild() !== null);
}

/** Every shadow root under a root, synchronously. */
export function findShadowRoots(root: Node, opener?: ShadowRootOpener): ShadowRoot[] {
  const search = new ShadowRootSearch(root, opener);
  search.advance();
  return search.found;
}
