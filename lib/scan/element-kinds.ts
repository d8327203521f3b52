/** The extension's own overlay root: never scanned, its mutations never observed. */
export const OVERLAY_TAG = 'kpi-lens-overlay';

/**
 * Elements that are laid out inline by default: text across them reads as one label
 * (`<span>Bounce</span> <span>rate</span>`). Every other element, custom elements included,
 * is taken as a block so sibling cells never run together ("Sessions" + "12,345"). Tag names
 * rather than computed style: getComputedStyle in the walk would force a style recalc.
 * `tspan` is here because a wrapped SVG label is one `<text>` of several tspans.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'tspan',
  'textPath',
]);

/**
 * Parents whose text is not page text a reader sees as a label: code, form controls the user
 * types into, SVG tooltips and descriptions. All are direct parents of their text.
 */
export const SKIPPED_PARENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'option',
  'optgroup',
  'select',
  'title',
  'desc',
  'head',
  OVERLAY_TAG,
]);

/**
 * Whether a text node is text the scanner must ignore: in a skipped parent, or in an editor
 * (its parent is editable: see isEditor). Asked per hit, not per node.
 */
export function isSkippedText(node: Node): boolean {
  const parent = node.parentElement;
  return parent !== null && skipsItsText(parent);
}

/** Whether the text directly in an element is skipped: a skipped element, or an editor. */
function skipsItsText(parent: Element): boolean {
  return isSkippedParent(parent) || isEditor(parent);
}

/**
 * The block of a hit's text node (as `blockOf`, or the node itself when detached), or null
 * when its text is skipped (as `isSkippedText`): one parent read and one editability question
 * a hit. Full scans and block rescans alike ask only this, so they count the same text.
 */
export function blockOfText(node: Text): Node | null {
  const parent = node.parentElement;
  if (parent === null) return node.parentNode ?? node;
  if (skipsItsText(parent)) return null;
  return blockAt(parent) ?? node;
}

/** Whether a text node's parent is a skipped element (checked for long texts: scripts, styles). */
export function hasSkippedParent(node: Node): boolean {
  const parent = node.parentElement;
  return parent !== null && isSkippedParent(parent);
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const EDITABLE = ':read-write:not(input, textarea)';

/**
 * Whether an element is editable, as the browser decides it: an editing host
 * (`contenteditable` true, empty or plaintext-only) or inside one without a
 * `contenteditable="false"` in between; other values inherit; SVG and MathML elements are
 * not editable themselves. `isContentEditable` answers in one DOM call, where looking for the
 * nearest `contenteditable` attribute (`closest`) climbs every ancestor in a selector match:
 * 0.1 against 0.5 us a hit, most of the cost of placing hits on the 50k bench page. jsdom has
 * no `isContentEditable`: its selector engine answers `:read-write` by the same rules (which
 * also match form fields, not editors).
 */
export function isEditor(element: Element): boolean {
  const editable = (element as Partial<HTMLElement>).isContentEditable;
  if (editable !== undefined) return editable;
  // Browsers define isContentEditable on every HTML element: this is SVG, MathML or jsdom.
  return element.namespaceURI === HTML_NAMESPACE && element.matches(EDITABLE);
}

/** The nearest ancestor that is not inline: the block a text node's label belongs to. */
export function blockOf(node: Node): Node | null {
  const parent = node.parentElement;
  return parent === null ? node.parentNode : blockAt(parent);
}

/** The element itself when it is not inline, else the nearest such ancestor (or the root). */
export function blockAt(element: Element): Node | null {
  let current = element;
  while (isInline(current)) {
    const up: Element | null = current.parentElement;
    if (up === null) return current.parentNode;
    current = up;
  }
  return current;
}

const INLINE = 1;
const SKIPPED = 2;
/** A built-in interface whose elements attachShadow refuses. */
const NO_SHADOW_ROOT = 4;
/** An `<svg>` root: nothing under it hosts a shadow root but through a `<foreignObject>`. */
const SVG_ROOT = 8;
/** The tags attachShadow accepts, besides custom elements (HTML standard, attachShadow). */
const SHADOW_HOST_TAGS: ReadonlySet<string> = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);
/**
 * Element interfaces whose tags all have the same kind, by one of their tags. Their kind is
 * read off the wrapper's constructor (a plain property load), not `localName`: every DOM call
 * costs about as much as the floor spends on a whole text node, and the scanner asks this for
 * each hit and many node boundaries (`Object.getPrototypeOf` on a page element costs 3 times
 * a constructor load, `localName` 5 times). Tags of other interfaces (HTMLElement: b, em,
 * section...; q and blockquote) are asked by name.
 */
const KIND_BY_INTERFACE: Record<string, string> = {
  HTMLAnchorElement: 'a',
  HTMLBodyElement: 'body',
  HTMLBRElement: 'br',
  HTMLButtonElement: 'button',
  HTMLDataElement: 'data',
  HTMLDivElement: 'div',
  HTMLFontElement: 'font',
  HTMLFormElement: 'form',
  HTMLHeadElement: 'head',
  HTMLHeadingElement: 'h1',
  HTMLHtmlElement: 'html',
  HTMLImageElement: 'img',
  HTMLInputElement: 'input',
  HTMLLabelElement: 'label',
  HTMLLIElement: 'li',
  HTMLModElement: 'ins',
  HTMLOListElement: 'ol',
  HTMLOptionElement: 'option',
  HTMLParagraphElement: 'p',
  HTMLScriptElement: 'script',
  HTMLSelectElement: 'select',
  HTMLSpanElement: 'span',
  HTMLStyleElement: 'style',
  HTMLTableCellElement: 'td',
  HTMLTableElement: 'table',
  HTMLTableRowElement: 'tr',
  HTMLTableSectionElement: 'tbody',
  HTMLTemplateElement: 'template',
  HTMLTextAreaElement: 'textarea',
  HTMLTimeElement: 'time',
  HTMLTitleElement: 'title',
  HTMLUListElement: 'ul',
  SVGDescElement: 'desc',
  SVGGElement: 'g',
  SVGSVGElement: 'svg',
  SVGTextElement: 'text',
  SVGTextPathElement: 'textPath',
  SVGTitleElement: 'title',
  SVGTSpanElement: 'tspan',
};

function kindOfName(name: string): number {
  return (INLINE_TAGS.has(name) ? INLINE : 0) | (SKIPPED_PARENTS.has(name) ? SKIPPED : 0);
}

/** Constructor -> kind, for the interfaces above, in every window met so far. */
const kindByConstructor = new Map<unknown, number>();
const windowsSeen = new WeakSet<object>();

/** Fills the constructor table for a document's window (once per window). */
export function learnElementKinds(doc: Document): void {
  const view = doc.defaultView as unknown as Record<string, unknown>;
  if (view === null || windowsSeen.has(view)) return;
  windowsSeen.add(view);
  for (const [name, tag] of Object.entries(KIND_BY_INTERFACE)) {
    if (typeof view[name] !== 'function') continue;
    const hosts = SHADOW_HOST_TAGS.has(tag) ? 0 : NO_SHADOW_ROOT;
    kindByConstructor.set(view[name], kindOfName(tag) | hosts | (tag === 'svg' ? SVG_ROOT : 0));
  }
}

function kindOf(element: Element): number {
  return kindByConstructor.get(element.constructor) ?? kindOfName(element.localName);
}

/** A custom element, or one of no interface above (section, b...): any shadow root. */
export const MAY_HOST_ANY = 0;
/** A built-in element attachShadow accepts (div, span, p, h1, body): an open root at most. */
export const MAY_HOST_OPEN = 1;
/** A built-in element attachShadow refuses (table cells, links, SVG...): no shadow root. */
export const HOSTS_NONE = 2;
/**
 * An `<svg>` root: hosts none, and neither does anything under it but HTML inside a
 * `<foreignObject>` (a chart's hundreds of paths, ticks and labels need no look).
 */
export const SVG_SUBTREE = 3;

/**
 * Which shadow roots an element may host, from its constructor (see the constants above).
 * Autonomous custom elements are never of a built-in interface: their wrappers are plain
 * HTMLElement in a content script's world. Closed roots are looked for on custom elements
 * only: that is where they are found in practice.
 */
export function shadowHostingOf(constructor: unknown): number {
  const kind = kindByConstructor.get(constructor);
  if (kind === undefined) return MAY_HOST_ANY;
  if ((kind & SVG_ROOT) !== 0) return SVG_SUBTREE;
  return (kind & NO_SHADOW_ROOT) !== 0 ? HOSTS_NONE : MAY_HOST_OPEN;
}

/** Whether text across this element reads as part of its parent's label (see INLINE_TAGS). */
export function isInline(element: Element): boolean {
  return (kindOf(element) & INLINE) !== 0;
}

/** Whether text directly inside this element is skipped (see SKIPPED_PARENTS). */
export function isSkippedParent(element: Element): boolean {
  return (kindOf(element) & SKIPPED) !== 0;
}
