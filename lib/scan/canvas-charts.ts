/** Smallest box a canvas must have to be a chart rather than an icon, sparkline or spinner. */
const MIN_WIDTH = 120;
const MIN_HEIGHT = 80;

/**
 * Whether any root shows a canvas of chart size: its marks cannot be read, only the titles
 * and legends around it. Reads layout (getBoundingClientRect), so it is asked on demand by the
 * popup, never from the scanning loop.
 */
export function hasCanvasCharts(roots: Iterable<Document | ShadowRoot>): boolean {
  for (const root of roots) {
    for (const canvas of root.querySelectorAll('canvas')) {
      const box = canvas.getBoundingClientRect();
      if (box.width >= MIN_WIDTH && box.height >= MIN_HEIGHT && isShown(canvas)) return true;
    }
  }
  return false;
}

function isShown(canvas: HTMLCanvasElement): boolean {
  const view = canvas.ownerDocument.defaultView;
  return view === null || view.getComputedStyle(canvas).visibility !== 'hidden';
}
