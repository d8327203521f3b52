import type { CompiledMatcher } from '../match';
import { hasCanvasCharts } from './canvas-charts';
import { HitIndex } from './hit-index';
import { scheduleTask } from './schedule-task';
import type { ShadowRootOpener } from './shadow-roots';
import type { TextHit } from './types';

export interface PageScannerOptions {
  matcher: CompiledMatcher;
  /** The page's host name, for registry terms limited to some sites. */
  host: string;
  /** Gets the full current hit list each time it changes. */
  onHits: (hits: readonly TextHit[]) => void;
  /** Stops everything: observers, queued slices. */
  signal: AbortSignal;
  /** Longest stretch of work per task, in ms (default 8: the page keeps its frames). */
  sliceMs?: number;
  /** Opens closed shadow roots where the browser lets the extension (see ShadowRootOpener). */
  openShadowRoot?: ShadowRootOpener;
}

export interface PageScanner {
  /** Swaps the registry (after an edit or import) and rescans the page. */
  setMatcher(matcher: CompiledMatcher): void;
  /** Rescans the whole page (after `wxt:locationchange`, or when asked). */
  rescan(): void;
  /** The page draws charts on canvas: only titles and legends around them can be read. */
  readonly canvasCharts: boolean;
}

/**
 * Text and child lists, and `contenteditable` (an editor turning on or off changes which text
 * counts, and the index keeps its answers about ancestors across batches until one does).
 */
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: ['contenteditable'],
};

/**
 * Finds and keeps finding every registered name on a page without changing it: a first
 * scan in slices of at most `sliceMs`, then one MutationObserver per root (the document and
 * each shadow root) whose batches rescan only the blocks they touched.
 */
export function startPageScanner(doc: Document, options: PageScannerOptions): PageScanner {
  const { signal, onHits } = options;
  const sliceMs = options.sliceMs ?? 8;
  const index = new HitIndex(doc, options.matcher, options.host, options.openShadowRoot);
  const observers: MutationObserver[] = [];
  let scheduled = false;

  const slice = (): void => {
    scheduled = false;
    if (signal.aborted) return;
    const done = index.work(performance.now() + sliceMs);
    if (index.takeChanged()) onHits(index.hits());
    if (!done) schedule();
  };
  const schedule = (): void => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    scheduleTask(slice, signal);
  };
  // The document's own window: the content script of each frame scans its own document.
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observe = (root: Node): void => {
    const observer = new Observer((records) => {
      if (index.noteMutations(records)) schedule();
    });
    observer.observe(root, OBSERVED);
    observers.push(observer);
  };

  if (signal.aborted) return inertScanner();
  index.onShadowRoot = observe;
  observe(doc);
  index.requestFullScan();
  // The first slice in this task (a microtask: hits still reach onHits asynchronously), so
  // the top of the page has its hits before the browser's next frame draws the first badges.
  // Later slices yield to the page.
  scheduled = true;
  queueMicrotask(slice);
  signal.addEventListener('abort', () => observers.forEach((o) => o.disconnect()), { once: true });

  return {
    setMatcher(matcher) {
      index.setMatcher(matcher);
      schedule();
    },
    rescan() {
      index.requestFullScan();
      schedule();
    },
    get canvasCharts() {
      return hasCanvasCharts([doc, ...index.shadowRoots]);
    },
  };
}

function inertScanner(): PageScanner {
  return { setMatcher: () => undefined, rescan: () => undefined, canvasCharts: false };
}
