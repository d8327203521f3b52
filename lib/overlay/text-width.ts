/**
 * Badge widths for layout, from the text alone: a canvas measures text without laying out
 * anything in the page, so layout can run before the badges are drawn.
 */
const FONT = `600 11px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;
/** Icon (12), gap (2), padding (4 + 6) and border (2) around the text of a full badge. */
export const BADGE_CHROME = 26;
export const BADGE_HEIGHT = 18;

let context: OffscreenCanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function badgeWidth(text: string): number {
  let width = cache.get(text);
  if (width !== undefined) return width;
  if (context === undefined) {
    context =
      typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    if (context) context.font = FONT;
  }
  // Without a canvas, a generous average glyph width: a badge a little wide only costs space.
  const textWidth = context ? context.measureText(text).width : text.length * 6.5;
  width = Math.ceil(textWidth) + BADGE_CHROME;
  cache.set(text, width);
  return width;
}
