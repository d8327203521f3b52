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

  constructor(onChange: () => void, margin = '200px') {
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) this.near.add(e.target);
          else this.near.delete(e.target);
        }
        onChange();
      },
      { rootMargin: margin },
    );
  }

  /** Watches exactly these elements from now on. */
  watch(elements: ReadonlySet<Element>): void {
    for (const element of this.watched) {
      if (elements.has(element)) continue;
      this.observer.unobserve(element);
      this.watched.delete(element);
      this.near.delete(element);
    }
    for (const element of elements) {
      if (this.watched.has(element)) continue;
      this.observer.observe(element);
      this.watched.add(element);
    }
  }

  isNear(element: Element): boolean {
    return this.near.has(element);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.watched.clear();
    this.near.clear();
  }
}
