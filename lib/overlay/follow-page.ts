/**
 * What moves labels without the scanner knowing: scrolling (the page's or any container's),
 * resizing and zoom, the system theme, and layout shifts no event reports. Scrolls ask for a
 * drawing pass that reuses placements; the rest ask to place badges afresh.
 */

/** Re-check positions this often while badges show: catches layout shifts no event reports. */
const SETTLE_CHECK_MS = 1000;

export interface PageChanges {
  /** A scroll: draw again, keeping placements relative to their labels. */
  onScroll: () => void;
  /** Layout may have changed in other ways: place badges afresh. */
  onLayoutChange: () => void;
  /** Whether badges show now (the settle check runs only then). */
  badgesShown: () => boolean;
}

/** Listens until `signal` aborts. */
export function followPage(win: Window, signal: AbortSignal, on: PageChanges): void {
  const doc = win.document;
  let lastScroll = 0;
  // Scroll events of inner containers do not bubble; a capturing listener sees them all.
  win.addEventListener(
    'scroll',
    () => {
      lastScroll = performance.now();
      on.onScroll();
    },
    { capture: true, passive: true, signal },
  );
  win.addEventListener('resize', on.onLayoutChange, { passive: true, signal });
  // The system theme flipped: the page's colours (and so the badges' theme) may follow.
  win
    .matchMedia('(prefers-color-scheme: dark)')
    .addEventListener('change', on.onLayoutChange, { signal });
  const settle = win.setInterval(() => {
    // Not while the person scrolls: scroll frames reuse placements (cheap); placing afresh
    // waits until the page holds still.
    const scrolling = performance.now() - lastScroll < SETTLE_CHECK_MS / 2;
    if (on.badgesShown() && !doc.hidden && !scrolling) on.onLayoutChange();
  }, SETTLE_CHECK_MS);
  signal.addEventListener('abort', () => win.clearInterval(settle), { once: true });
}
