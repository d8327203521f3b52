// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches, type CompiledMatcher } from '../../../lib/match';
import { blockOf, hasSkippedParent, isSkippedText } from '../../../lib/scan/element-kinds';
import { TextWalk, type TextHit } from '../../../lib/scan';
import { mulberry32 } from '../../../bench/dashboard-page';

/**
 * The scanner's reading rules written the slow, obvious way, to hold the fast walk to: text
 * nodes in document order; a long text in a skipped parent ends the run and is not read;
 * adjacent text nodes are glued, texts in different elements of one block are separated by a
 * space, texts of different blocks never join; each run is matched as one string, and hits
 * starting or ending in skipped text (scripts, editors...) are dropped.
 */
function referenceHits(root: Node, matcher: CompiledMatcher, host: string): TextHit[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const start = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : root;
  const walker = doc.createTreeWalker(start, NodeFilter.SHOW_TEXT);
  const hits: TextHit[] = [];
  let text = '';
  let nodes: { node: Text; at: number }[] = [];
  const flush = (): void => {
    for (const hit of findMatches(matcher, text, host)) {
      const startAt = nodes.findLast((n) => n.at <= hit.start)!;
      const endAt = nodes.findLast((n) => n.at < hit.end)!;
      if (isSkippedText(startAt.node) || isSkippedText(endAt.node)) continue;
      hits.push({
        metricId: hit.metricId,
        startNode: startAt.node,
        startOffset: hit.start - startAt.at,
        endNode: endAt.node,
        endOffset: hit.end - endAt.at,
      });
    }
    text = '';
    nodes = [];
  };
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.length > 256 && hasSkippedParent(node)) {
      flush();
      last = null;
      continue;
    }
    if (last !== null && node.previousSibling !== last) {
      if (blockOf(node) === blockOf(last)) text += ' ';
      else flush();
    }
    nodes.push({ node, at: text.length });
    text += node.data;
    last = node;
  }
  flush();
  return hits;
}

const TERMS = [
  'Sessions',
  'Users',
  'New users',
  'Bounce rate',
  'Bounce rate (%)',
  'Conversion rate',
  'Trial-to-paid conversion rate',
  'Sales & marketing spend',
  'Café visits',
  'Revenue',
  'Total revenue',
  'Sessions (new)',
  'ﬁnance ops',
  '#users',
  'Leads',
].map((text, i) => ({ metricId: `m${i}`, text }));
TERMS.push({ metricId: 'scoped', text: 'Leads', sites: ['elsewhere.com'] } as never);

const WORDS = [
  'Sessions',
  'sessions',
  'Users',
  'New',
  'users',
  'Bounce',
  'rate',
  'Bounce rate',
  'rate (%)',
  '(%)',
  'Conversion',
  'conversion rate',
  'Trial-to-paid',
  'Trial',
  '-to-paid ',
  'Sales &',
  ' marketing spend',
  'Sales and marketing spend',
  'Café',
  'Cafe\u0301 visits',
  'visits',
  'Revenue',
  'Total',
  ' revenue',
  'Sessionsxyz',
  'xyz',
  '12,345',
  ' ',
  '',
  ': ',
  '\u200b',
  'ﬁnance ops',
  'ﬁ',
  'nance ops',
  '#users',
  '#',
  'Leads',
  'BOUNCE RATE:',
  '(new)',
  'Sessions (',
  'new)',
];
const BLOCKS = ['div', 'p', 'section', 'td', 'li', 'x-card', 'h2'];
const INLINES = ['span', 'b', 'em', 'a', 'label', 'br'];

/** A random page of blocks, inline elements, glued and empty texts, editors and scripts. */
function randomPage(doc: Document, seed: number, textNodes: number): void {
  // Seeded, so that a failure names its page.
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let count = 0;
  const fill = (parent: Element, depth: number): void => {
    const children = 1 + Math.floor(random() * 5);
    for (let i = 0; i < children && count < textNodes; i++) {
      const r = random();
      if (r < 0.45 || depth > 6) {
        parent.append(doc.createTextNode(pick(WORDS)));
        count++;
        continue;
      }
      let tag = r < 0.7 ? pick(INLINES) : pick(BLOCKS);
      if (random() < 0.03) tag = pick(['script', 'noscript', 'textarea', 'title']);
      const element = doc.createElement(tag);
      if (random() < 0.03) element.setAttribute('contenteditable', pick(['', 'true', 'false']));
      parent.append(element);
      if (tag === 'script' || tag === 'noscript') {
        const long = random() < 0.5;
        element.append(long ? 'Sessions '.repeat(40) : pick(WORDS));
        count++;
      } else if (tag !== 'br') fill(element, depth + 1);
    }
    if (random() < 0.05) {
      parent.append(`Users ${'x'.repeat(300)} Bounce rate`);
      count++;
    }
  };
  doc.body.replaceChildren();
  while (count < textNodes) fill(doc.body.appendChild(doc.createElement(pick(BLOCKS))), 0);
}

const matcher = compileMatcher(TERMS);

function key(hit: TextHit): unknown[] {
  return [hit.metricId, hit.startNode, hit.startOffset, hit.endNode, hit.endOffset];
}

describe('TextWalk reads text as the written-out rules do', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('random page %i', (seed) => {
    randomPage(document, seed, seed % 2 === 0 ? 3000 : 400);
    const walk = new TextWalk(document, matcher, 'analytics.google.com');
    walk.advance();
    const expected = referenceHits(document, matcher, 'analytics.google.com');
    expect(expected.length).toBeGreaterThan(10);
    expect(walk.hits.map(key)).toEqual(expected.map(key));
  });

  it.each([21, 22, 23])(
    'rescans every block of random page %i as a fresh walk of it reads it',
    (seed) => {
      randomPage(document, seed, 1500);
      // Every element that is a block, small and big: rescans walk small blocks by hand and
      // hand big ones over to a TreeWalker part-way; a fresh walk takes a TreeWalker throughout.
      const blocks = [...document.body.querySelectorAll('*')].filter(
        (e) => blockOf(e.firstChild ?? e) === e,
      );
      const sizes = blocks.map((block) => {
        const walker = document.createTreeWalker(block);
        let nodes = 0;
        while (walker.nextNode()) nodes++;
        return nodes;
      });
      expect(Math.max(...sizes)).toBeGreaterThan(100);
      expect(Math.min(...sizes)).toBeLessThan(5);
      const rescan = new TextWalk(document, matcher, 'analytics.google.com');
      let found = 0;
      for (const block of blocks) {
        rescan.restart(block);
        rescan.advance();
        const fresh = new TextWalk(block, matcher, 'analytics.google.com');
        fresh.advance();
        expect(rescan.hits.map(key)).toEqual(fresh.hits.map(key));
        expect(rescan.nodesRead).toBe(fresh.nodesRead);
        found += rescan.hits.length;
      }
      expect(found).toBeGreaterThan(20);
    },
    // A thousand blocks walked twice each in jsdom: ~3 s alone, more with the other test files
    // on two cores. A correctness check, not a timing.
    30_000,
  );

  it('gives the same hits walked in many short slices', () => {
    randomPage(document, 11, 3000);
    const walk = new TextWalk(document, matcher, 'analytics.google.com');
    let slices = 0;
    while (!walk.advance(0)) slices++;
    expect(slices).toBeGreaterThan(1);
    const expected = referenceHits(document, matcher, 'analytics.google.com');
    expect(walk.hits.map(key)).toEqual(expected.map(key));
  });

  it('finds a name whose text nodes straddle chunks of the walk, even thousands of them', () => {
    const cell = (texts: string[]): HTMLElement => {
      const div = document.createElement('div');
      div.append(...texts.map((t) => document.createTextNode(t)));
      return div;
    };
    const filler = Array.from({ length: 1021 }, () => cell(['12']));
    const straddling = cell(['Trial', '-to-', 'paid', ' conversion', ' rate']);
    const empties = Array.from({ length: 2500 }, () => '');
    const long = cell(['Bounce', ...empties, ' rate (%)']);
    document.body.replaceChildren(...filler, straddling, long, cell(['Sessions']));
    const walk = new TextWalk(document, matcher, 'analytics.google.com');
    walk.advance();
    const found = walk.hits.map((h) => [
      h.metricId,
      h.startNode.data.slice(h.startOffset),
      h.endNode.data.slice(0, h.endOffset),
    ]);
    expect(found).toEqual([
      ['m6', 'Trial', ' rate'],
      ['m3', 'Bounce', ' rate'],
      ['m0', 'Sessions', 'Sessions'],
    ]);
    const expected = referenceHits(document, matcher, 'analytics.google.com');
    expect(walk.hits.map(key)).toEqual(expected.map(key));
  });
});
