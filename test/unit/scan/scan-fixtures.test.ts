// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { OVERLAY_TAG, scanSubtree } from '../../../lib/scan';
import { fixtureMatcher } from './fixture-registry';
import { describeHits, expectedHits, loadFixture, snapshotDom } from './fixture-page';

const PAGES = [
  ['ga4/report-table.html', 'ga4/report-table.expected.json', false],
  ['ga4/exploration-grid.html', 'ga4/exploration-grid.expected.json', false],
  ['looker-studio/report-frame.html', 'looker-studio/report-frame.expected.json', false],
  ['looker-studio/embedded-frame.html', 'looker-studio/embedded-frame.expected.json', false],
  ['mixpanel/insights.html', 'mixpanel/insights.expected.json', true],
  ['virtual-grid/grid.html', 'virtual-grid/grid.expected.json', true],
  ['metabase/echarts-svg.html', 'metabase/echarts-svg.expected.json', false],
] as const;

describe('scanSubtree on saved pages of each tool', () => {
  it.each(PAGES)('%s shows the expected names', (page, expected, scripts) => {
    const { window } = loadFixture(page, scripts);
    const hits = scanSubtree(window.document, fixtureMatcher, 'analytics.google.com');
    expect(describeHits(window.document, hits)).toEqual(expectedHits(expected));
  });

  it.each(PAGES)('%s is byte-identical after a scan', (page, _expected, scripts) => {
    const { window } = loadFixture(page, scripts);
    const before = snapshotDom(window.document);
    scanSubtree(window.document, fixtureMatcher, 'analytics.google.com');
    expect(snapshotDom(window.document)).toBe(before);
  });

  it('keeps sibling cells apart: "Sessions" next to "12,345" is still Sessions, nothing more', () => {
    const { window } = loadFixture('ga4/report-table.html');
    const card = window.document.querySelector('.kpi-card')!;
    const hits = describeHits(window.document, scanSubtree(card, fixtureMatcher, 'x.com'));
    expect(hits).toEqual([{ metricId: 'sessions', text: 'Sessions' }]);
  });

  it('never reads inputs, text areas, selects, editors, scripts or noscript', () => {
    const { window } = loadFixture('ga4/report-table.html');
    const hits = scanSubtree(window.document, fixtureMatcher, 'x.com');
    const skipped = window.document.querySelectorAll('form, [contenteditable], script, noscript');
    for (const hit of hits) {
      for (const region of skipped) expect(region.contains(hit.startNode)).toBe(false);
    }
  });

  it('opens the closed shadow roots of custom elements the browser lets it open, never its own', () => {
    const { window } = loadFixture('ga4/report-table.html');
    const doc = window.document;
    // What chrome.dom.openOrClosedShadowRoot gives an extension: any root, closed ones too.
    const roots = new Map<Element, ShadowRoot>();
    const host = (tag: string, text: string, defined = false) => {
      if (defined) window.customElements.define(tag, class extends window.HTMLElement {});
      const element = doc.createElement(tag);
      const root = element.attachShadow({ mode: 'closed' });
      root.append(doc.createElement('p'));
      root.firstChild!.appendChild(doc.createTextNode(text));
      roots.set(element, root);
      return element;
    };
    doc.body.append(
      host('mp-card', 'Orders'),
      host('mp-defined-card', 'Revenue', true),
      // Closed roots on built-in elements are not looked for; ours is never opened.
      host('div', 'Conversions'),
      host(OVERLAY_TAG, 'Event count'),
    );
    const opened: string[] = [];
    const hits = scanSubtree(doc, fixtureMatcher, 'x.com', (element) => {
      opened.push(element.localName);
      return roots.get(element) ?? null;
    });
    const texts = describeHits(doc, hits).map((hit) => hit.text);
    expect(texts).toEqual(expect.arrayContaining(['Orders', 'Revenue']));
    expect(texts).not.toContain('Conversions');
    expect(texts).not.toContain('Event count');
    // Asked for custom elements only (the page's own mat-table... too), never its divs or cells.
    expect(opened).toEqual(expect.arrayContaining(['mp-card', 'mp-defined-card']));
    expect(opened.filter((name) => !name.includes('-') || name === OVERLAY_TAG)).toEqual([]);
  });

  it('finds open shadow roots on every element that may host one, built-in or custom', () => {
    const { window } = loadFixture('ga4/report-table.html');
    const doc = window.document;
    const names = ['Orders', 'Revenue', 'Conversions', 'Event count', 'Weekly active users'];
    const hosts = ['div', 'span', 'section', 'h2', 'x-widget'].map((tag, i) => {
      const element = doc.createElement(tag);
      element.attachShadow({ mode: 'open' }).append(doc.createTextNode(names[i]!));
      return element;
    });
    // Among cells and SVG, whose interfaces never host a root, and in a root of a root.
    const cell = doc.querySelector('td, mat-cell')!;
    cell.append(hosts[0]!);
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    doc.body.append(svg, hosts[1]!, hosts[2]!, hosts[3]!);
    hosts[2]!.shadowRoot!.append(hosts[4]!);
    const texts = describeHits(doc, scanSubtree(doc, fixtureMatcher, 'x.com')).map((h) => h.text);
    for (const name of names) expect(texts).toContain(name);
  });
});
