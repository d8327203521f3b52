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
 * Whether a text node is text the scanner must ignore: inside a skipped parent or an editor
 * (contenteditable at any depth). The definition HitPlaces answers with fewer DOM calls (a
 * test holds the two equal); asked per hit, not per node: a selector query for editors over
 * the whole page costs a third of the floor.
 */
export function isSkippedText(node: Node): boolean {
  const parent = node.parentElement;
  if (parent === null) return false;
  if (isSkippedParent(parent)) return true;
  const editor = parent.closest('[contenteditable]');
  return editor !== null && editor.getAttribute('contenteditable') !== 'false';
}

/** Whether a text node's parent is a skipped element (checked for long texts: scripts, styles). */
export function hasSkippedParent(node: Node): boolean {
  const parent = node.parentElement;
  return parent !== null && isSkippedParent(parent);
}

/** A selector for every element whose subtree the scanner skips (see HitPlaces). */
export const SKIPPED_SUBTREES = [
  ...SKIPPED_PARENTS,
  '[contenteditable]:not([contenteditable="false"])',
].join(',');
/** The nearest ancestor that is not inline: the block a text node's label belongs to. */
export function blockOf(node: Node): Node | null {
  let element: Element | null = node.parentElement;
  if (element === null) return node.parentNode;
  while (isInline(element)) {
    const up: Element | null = element.parentElement;
    if (up === null) return element.parentNode;
    element = up;
  }
  return element;
}

const INLINE = 1;
const SKIPPED = 2;
/**
 * Element interfaces whose tags all have the same kind, by one of their tags. Their kind is
 * read off the wrapper's prototype (a JS-side load), not `localName`: every DOM call costs
 * about as much as the floor spends on a whole text node, and the scanner asks this for each
 * hit and most node boundaries. Tags of other interfaces (HTMLElement: b, em, section...; q
 * and blockquote) are asked by name.
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

/** Prototype -> kind, for the interfaces above, in every window met so far. */
const kindByPrototype = new Map<object, number>();
const windowsSeen = new WeakSet<object>();

/** Fills the prototype table for a document's window (once per window). */
export function learnElementKinds(doc: Document): void {
  const view = doc.defaultView as unknown as Record<string, { prototype?: object } | undefined>;
  if (view === null || windowsSeen.has(view)) return;
  windowsSeen.add(view);
  for (const [name, tag] of Object.entries(KIND_BY_INTERFACE)) {
    const prototype = view[name]?.prototype;
    if (prototype !== undefined) kindByPrototype.set(prototype, kindOfName(tag));
  }
}

function kindOf(element: Element): number {
  return (
    kindByPrototype.get(Object.getPrototypeOf(element) as object) ?? kindOfName(element.localName)
  );
}

/** Whether text across this element reads as part of its parent's label (see INLINE_TAGS). */
export function isInline(element: Element): boolean {
  return (kindOf(element) & INLINE) !== 0;
}

/** Whether text directly inside this element is skipped (see SKIPPED_PARENTS). */
export function isSkippedParent(element: Element): boolean {
  return (kindOf(element) & SKIPPED) !== 0;
}
