/**
 * Whether the page behind a label is dark, sampled from the nearest painted background, so a
 * badge and its underline read well on a dark dashboard in a light-scheme browser and the
 * reverse. Asked per label element and memoised per pass.
 */

/** `rgb(21, 24, 29)` / `rgba(0, 0, 0, 0)` -> [r, g, b, alpha], or null. */
export function parseColour(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(
    value,
  );
  if (!m) return null;
  let alpha = m[4] === undefined ? 1 : parseFloat(m[4]);
  if (m[4]?.endsWith('%')) alpha /= 100;
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}

/** Dark when the background's luminance is under 0.2 (about #777 and darker). */
export const isDarkColour = (rgb: readonly number[]) => luminance(rgb) < 0.2;

export type PageTheme = (node: Node) => boolean;

/** Whether the background behind a node is dark, memoised per element for one pass. */
export function pageThemePass(prefersDark: boolean): PageTheme {
  const memo = new Map<Element, boolean>();
  const darkAt = (element: Element | null): boolean => {
    if (element === null) return prefersDark;
    const known = memo.get(element);
    if (known !== undefined) return known;
    const colour = parseColour(getComputedStyle(element).backgroundColor);
    const parent = element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host ?? null;
    const dark = colour && colour[3] >= 0.5 ? isDarkColour(colour) : darkAt(parent);
    memo.set(element, dark);
    return dark;
  };
  return (node) => darkAt(node.nodeType === 1 ? (node as Element) : node.parentElement);
}
