// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockOf, isSkippedText, SKIPPED_SUBTREES } from '../../../lib/scan/element-kinds';
import { HitPlaces } from '../../../lib/scan/hit-places';
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

describe('HitPlaces answers as the selector-based definitions do', () => {
  it.each(PAGES)('%s: the block and skipping of every text', (page, scripts) => {
    const doc = loadFixture(page, scripts).window.document;
    // Editors nested in non-editors and back, to exercise the remembered answers.
    const island = doc.createElement('div');
    island.setAttribute('contenteditable', 'true');
    const paragraph = doc.createElement('p');
    const notEditable = doc.createElement('span');
    notEditable.setAttribute('contenteditable', 'false');
    const bold = doc.createElement('b');
    bold.append('Revenue');
    notEditable.append('Users ', bold);
    paragraph.append('Sessions ', notEditable);
    island.append(paragraph);
    doc.body.append(island);
    const places = new HitPlaces();
    for (const node of allNodes(doc)) {
      if (node.nodeType === 3) {
        const expected = isSkippedText(node) ? null : (blockOf(node) ?? node);
        expect(places.blockOfText(node as Text)).toBe(expected);
      } else if (node.nodeType === 1) {
        const expected = (node as Element).closest(SKIPPED_SUBTREES) !== null;
        expect(places.isInSkippedSubtree(node)).toBe(expected);
      }
    }
  });
});
