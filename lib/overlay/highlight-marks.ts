/**
 * Underlines matched labels in their role's colour without touching the page: the CSS Custom
 * Highlight API, fed StaticRanges (the browser does not keep them updated, so they cost the
 * page nothing when it changes) for the labels on screen only. The `::highlight()` rules live
 * in a constructed sheet adopted by the document: no element, no attribute, and a strict
 * `style-src` CSP does not govern constructed sheets.
 */
import type { RoleLook } from '../../components/design/roles';
import type { TextHit } from '../scan';

/** Underline colours per look, for light and dark pages (the role tokens of the design system). */
const COLOURS: Record<RoleLook, [light: string, dark: string]> = {
  kpi: ['#1d4ed8', '#8fb3ff'],
  northStar: ['#a15c07', '#fcc44f'],
  supporting: ['#0f766e', '#5eead4'],
  diagnostic: ['#6d28d9', '#c4a7ff'],
  metric: ['#475569', '#b4bfcd'],
  vanity: ['#be123c', '#ff8fa3'],
};

export const highlightName = (look: RoleLook) => `kpi-lens-${look}`;

export function highlightCss(dark: boolean): string {
  return Object.entries(COLOURS)
    .map(
      ([look, [light, darkColour]]) =>
        `::highlight(${highlightName(look as RoleLook)}) { text-decoration: underline 2px ${
          dark ? darkColour : light
        }; text-underline-offset: 3px; }`,
    )
    .join('\n');
}

export function underlineColour(look: RoleLook, dark: boolean): string {
  return COLOURS[look][dark ? 1 : 0];
}

export interface HighlightMarks {
  /** Underlines exactly these hits (the ones on screen), each in its look's colour. */
  show(marks: readonly { hit: TextHit; look: RoleLook }[], dark: boolean): void;
  clear(): void;
}

/** The Highlight API with StaticRange, or null where the browser lacks it (boxes are drawn then). */
export function createHighlightMarks(doc: Document): HighlightMarks | null {
  const win = doc.defaultView;
  if (!win || typeof CSS === 'undefined' || !('highlights' in CSS) || !('Highlight' in win)) {
    return null;
  }
  const sheet = new CSSStyleSheet();
  let sheetDark: boolean | null = null;
  try {
    new Highlight(
      new StaticRange({ startContainer: doc, startOffset: 0, endContainer: doc, endOffset: 0 }),
    );
  } catch {
    return null;
  }
  const adopt = (dark: boolean) => {
    if (sheetDark !== dark) sheet.replaceSync(highlightCss(dark));
    sheetDark = dark;
    // A page may reassign its own adopted sheets (a CSS-in-JS re-render): put ours back.
    if (!doc.adoptedStyleSheets.includes(sheet)) {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
  };
  const names = Object.keys(COLOURS).map((l) => highlightName(l as RoleLook));
  return {
    show(marks, dark) {
      adopt(dark);
      const byLook = new Map<string, StaticRange[]>(names.map((n) => [n, []]));
      for (const { hit, look } of marks) {
        byLook.get(highlightName(look))!.push(
          new StaticRange({
            startContainer: hit.startNode,
            startOffset: hit.startOffset,
            endContainer: hit.endNode,
            endOffset: hit.endOffset,
          }),
        );
      }
      for (const [name, ranges] of byLook) {
        if (ranges.length === 0) CSS.highlights.delete(name);
        else CSS.highlights.set(name, new Highlight(...ranges));
      }
    },
    clear() {
      for (const name of names) CSS.highlights.delete(name);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
