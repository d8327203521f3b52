/**
 * Whether the page has painted at least once. Before its first paint, a hit test (badge
 * placement asks a few) makes the browser do the page's whole first paint inside our task:
 * ~150 ms on a 50k-node page, against ~10 ms once painted. Browsers without paint timing
 * answer yes: they are never waited for.
 */
export function pagePainted(win: Window): boolean {
  const types = (win as Window & typeof globalThis).PerformanceObserver?.supportedEntryTypes;
  if (!types?.includes('paint')) return true;
  return win.performance.getEntriesByType('paint').length > 0;
}

/** Elements above which a page's first paint is worth not pulling into our first pass. */
const BIG_PAGE_ELEMENTS = 50_000;

/** Asked once per page (a native count of every element: ~1 ms at 100k). */
export function isBigPage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > BIG_PAGE_ELEMENTS;
}
