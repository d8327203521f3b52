// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockOf, blockOfText, SKIPPED_PARENTS } from '../../../lib/scan/element-kinds';
import { loadFixture } from './fixture-page';

const PAGES = [
  ['ga4/report-table.html', false],
  ['ga4/exploration-grid.html', false],
  ['mixpanel/insights.html', true],
  ['metabase/echarts-svg.html', false],
] as const;

/** Every node under a root, open shadow roots included. */
function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node): void => {
    nodes.push(node);
    const shadow = (node as Element).shadowRoot;
    if (shadow) visit(shadow);
    for (let child = node.firstChild; child !== null; child = child.nextSibling) visit(child);
  };
  visit(root);
  return nodes;
}

const HTML = 'http://www.w3.org/1999/xhtml';

/**
 * Editability written out from the HTML and editing specs: the nearest HTML element with a
 * `contenteditable` state decides (true, empty or plaintext-only: editable; false: not);
 * other values inherit from the parent; elements that are not HTML are not editable.
 */
function editableBySpec(element: Element | null): boolean {
  if (element === null || element.namespaceURI !== HTML) return false;
  const value = element.getAttribute('contenteditable')?.toLowerCase();
  if (value === '' || value === 'true' || value === 'plaintext-only') return true;
  if (value === 'false') return false;
  return editableBySpec(element.parentElement);
}

const skippedTag = (element: Element) => SKIPPED_PARENTS.has(element.localName);

/**
 * Editors of every kind: nested, switched off and on again, odd values, SVG inside. (Values in
 * other cases are left to the Chromium test: jsdom's selector engine reads them case-sensitively.)
 */
function appendEditors(doc: Document): void {
  const element = (tag: string, editable: string | null, ...children: (Node | string)[]) => {
    const made = doc.createElement(tag);
    if (editable !== null) made.setAttribute('contenteditable', editable);
    made.append(...children);
    return made;
  };
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const label = doc.createElementNS('http://www.w3.org/2000/svg', 'text');
  label.append('Orders');
  svg.append(label);
  doc.body.append(
    element(
      'div',
      'true',
      element(
        'p',
        null,
        'Sessions ',
        element('span', 'false', 'Users ', element('b', null, 'Revenue')),
      ),
      element('section', 'false', element('em', 'true', 'Conversions'), 'Orders'),
      svg,
    ),
    element('div', 'plaintext-only', element('span', null, 'Sessions')),
    element('div', 'inherit', element('span', null, 'Users')),
    element('div', 'bogus', 'Revenue'),
    element('div', '', element('div', 'inherit', 'Orders')),
  );
}

describe('blockOfText answers as the written-out rules do', () => {
  it.each(PAGES)('%s: the block and skipping of every text', (page, scripts) => {
    const doc = loadFixture(page, scripts).window.document;
    appendEditors(doc);
    let editors = 0;
    for (const node of allNodes(doc)) {
      if (node.nodeType === 3) {
        const parent = node.parentElement;
        const skipped = parent !== null && (skippedTag(parent) || editableBySpec(parent));
        if (parent !== null && editableBySpec(parent)) editors++;
        expect(blockOfText(node as Text)).toBe(skipped ? null : (blockOf(node) ?? node));
      }
    }
    // The editors' Sessions, Conversions, Sessions and Orders, and the page's own, if any.
    expect(editors).toBeGreaterThanOrEqual(4);
  });
});
