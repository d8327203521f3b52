/**
 * Which labels are near the screen, told by the browser (IntersectionObserver), so a drawing
 * pass measures a few dozen labels rather than every match on the page. The observer reads
 * layout the browser computes anyway and never changes the page.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The element to watch for a label's text: its parent, or the whole chart for SVG text. */
export function watchTarget(text: Text): Element | null {
  const node = text.parentNode;
  if (node === null || node.nodeType !== 1) return null;
  const parent = node as Element;
  // Inline SVG pieces (tspan) have no box of their own to intersect; the chart does.
  if (parent.namespaceURI === SVG_NS) return (parent as SVGElement).ownerSVGElement ?? parent;
  return parent;
}

export class NearViewport {
  private readonly observer: IntersectionObserver;
  private readonly watched = new Set<Element>();
  private readonly near = new Set<Element>();
  /**
   * Watched, but the observer has not reported yet: its first report comes after the next
   * frame, so the first screen of badges would wait two frames for it. Until then such an
   * element is judged by its box (layout is flushed at the start of a drawing pass anyway).
   */
  private readonly unreported = new Set<Element>();

  constructor(
    onChange: () => void,
    private readonly marginPx = 200,
  ) {
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          this.unreported.delete(e.target);
          if (e.isIntersecting) this.near.add(e.target);
          else this.near.delete(e.target);
        }
        onChange();
      },
      { rootMargin: `${marginPx}px` },
    );
  }

  /** Watches exactly these elements from now on. */
  watch(elements: ReadonlySet<Element>): void {
    for (const element of this.watched) {
      if (elements.has(element)) continue;
      this.observer.unobserve(element);
      this.watched.delete(element);
      this.near.delete(element);
      this.unreported.delete(element);
    }
    for (const element of elements) {
      if (this.watched.has(element)) continue;
      this.observer.observe(element);
      this.watched.add(element);
      this.unreported.add(element);
    }
  }

  isNear(element: Element): boolean {
    if (this.near.has(element)) return true;
    return this.unreported.has(element) && this.boxNearScreen(element);
  }

  private boxNearScreen(element: Element): boolean {
    const view = element.ownerDocument.defaultView;
    if (!view) return false;
    const r = element.getBoundingClientRect();
    const m = this.marginPx;
    return (
      r.bottom >= -m &&
      r.top <= view.innerHeight + m &&
      r.right >= -m &&
      r.left <= view.innerWidth + m
    );
  }

  disconnect(): void {
    this.observer.disconnect();
    this.watched.clear();
    this.near.clear();
    this.unreported.clear();
  }
}
