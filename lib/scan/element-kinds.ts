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
const SKIPPED_PARENTS: ReadonlySet<string> = new Set([
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
 * (contenteditable at any depth). Asked per hit, not per node: hits are rare, and a selector
 * query for editors over the whole page costs a third of the floor.
 */
export function isSkippedText(node: Node): boolean {
  const parent = node.parentNode;
  if (parent === null || parent.nodeType !== 1) return false;
  if (SKIPPED_PARENTS.has((parent as Element).localName)) return true;
  const editor = (parent as Element).closest('[contenteditable]');
  return editor !== null && editor.getAttribute('contenteditable') !== 'false';
}

/** Whether a text node's parent is a skipped element (checked for long texts: scripts, styles). */
export function hasSkippedParent(node: Node): boolean {
  const parent = node.parentNode;
  return (
    parent !== null && parent.nodeType === 1 && SKIPPED_PARENTS.has((parent as Element).localName)
  );
}

/** A selector for every element whose subtree the scanner skips. */
export const SKIPPED_SUBTREES = [
  ...SKIPPED_PARENTS,
  '[contenteditable]:not([contenteditable="false"])',
].join(',');
/** The nearest ancestor that is not inline: the block a text node's label belongs to. */
export function blockOf(node: Node): Node | null {
  let parent = node.parentNode;
  while (
    parent !== null &&
    parent.nodeType === 1 &&
    INLINE_TAGS.has((parent as Element).localName)
  ) {
    parent = parent.parentNode;
  }
  return parent;
}
