import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { TextHit } from '../../../lib/scan';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

/** A saved fixture page in jsdom; `scripts` runs its inline scripts (web components, grids). */
export function loadFixture(file: string, scripts = false): JSDOM {
  const html = readFileSync(path.join(FIXTURES, file), 'utf8');
  return new JSDOM(html, {
    runScripts: scripts ? 'dangerously' : undefined,
    pretendToBeVisual: true,
  });
}

export interface ExpectedHit {
  metricId: string;
  text: string;
}

export function expectedHits(file: string): ExpectedHit[] {
  return JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as ExpectedHit[];
}

/** What a reader would see highlighted: each hit's metric and the text it covers. */
export function describeHits(doc: Document, hits: readonly TextHit[]): ExpectedHit[] {
  const range = doc.createRange();
  return hits.map((hit) => {
    range.setStart(hit.startNode, hit.startOffset);
    range.setEnd(hit.endNode, hit.endOffset);
    return { metricId: hit.metricId, text: range.toString() };
  });
}

/**
 * Every node of the page, open shadow roots included, with its attributes and text: equal
 * snapshots mean the scanner left the page byte for byte as it found it.
 */
export function snapshotDom(root: Node): string {
  const out: string[] = [];
  const visit = (node: Node, depth: number): void => {
    const pad = ' '.repeat(depth);
    if (node.nodeType === 1) {
      const element = node as Element;
      const attributes = [...element.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`);
      out.push(`${pad}<${element.tagName} ${attributes.join(' ')}>`);
      if (element.shadowRoot) visit(element.shadowRoot, depth + 1);
    } else if (node.nodeType === 3 || node.nodeType === 8) {
      out.push(
        `${pad}${node.nodeType === 3 ? '#text' : '#comment'} ${JSON.stringify((node as CharacterData).data)}`,
      );
    } else out.push(`${pad}${node.nodeName}`);
    for (const child of node.childNodes) visit(child, depth + 1);
  };
  visit(root, 0);
  return out.join('\n');
}
