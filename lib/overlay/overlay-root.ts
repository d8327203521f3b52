/**
 * The one element KPI Lens adds to a page: `<kpi-lens-overlay>` at the end of the document,
 * with a closed shadow root that holds every badge, card and underline. Nothing is set on the
 * element itself (no attribute, no inline style): everything about it comes from `:host` rules
 * inside the root, marked !important so page CSS that restyles unknown elements (`* {all:
 * unset}`, `:not(:defined) {display: none}`) loses. Styles are constructed sheets, which a
 * strict `style-src` CSP does not govern and which need no web-accessible file.
 */
import { OVERLAY_TAG } from '../scan';

export interface OverlayRoot {
  host: HTMLElement;
  /** Where the Preact tree renders. */
  container: HTMLElement;
  /** Puts the root back when a page that rebuilds `<html>`'s children dropped it. */
  reattach(): void;
  destroy(): void;
}

export function adoptStyles(root: ShadowRoot, cssText: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot always hand a sheet across the Xray boundary.
    const style = root.ownerDocument.createElement('style');
    style.textContent = cssText;
    root.append(style);
  }
}

export function mountOverlayRoot(doc: Document, cssText: string): OverlayRoot {
  const host = doc.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, cssText);
  const container = doc.createElement('div');
  container.className = 'kl-overlay';
  shadow.append(container);
  const reattach = () => {
    // Only when lost: moving it back to the end each time would churn the page's own childList.
    if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
  };
  reattach();
  return { host, container, reattach, destroy: () => host.remove() };
}
