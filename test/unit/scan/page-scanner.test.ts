// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match';
import { OVERLAY_TAG, scanSubtree, startPageScanner, type TextHit } from '../../../lib/scan';
import { fixtureMatcher } from './fixture-registry';
import { describeHits, expectedHits, loadFixture, snapshotDom } from './fixture-page';

/** Starts a scanner and lets a test wait for its next hit list. */
function watch(doc: Document, sliceMs?: number) {
  const controller = new AbortController();
  const lists: (readonly TextHit[])[] = [];
  let wake: (() => void) | null = null;
  const scanner = startPageScanner(doc, {
    matcher: fixtureMatcher,
    host: 'analytics.google.com',
    signal: controller.signal,
    sliceMs,
    onHits: (hits) => {
      lists.push(hits);
      wake?.();
    },
  });
  const next = (): Promise<ReturnType<typeof describeHits>> =>
    new Promise((resolve, reject) => {
      const seen = lists.length;
      const timer = setTimeout(() => reject(new Error('no new hit list')), 2000);
      wake = () => {
        if (lists.length === seen) return;
        clearTimeout(timer);
        wake = null;
        resolve(describeHits(doc, lists[lists.length - 1]!));
      };
    });
  return { scanner, controller, lists, next };
}

const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('startPageScanner keeps up with the page', () => {
  it('follows a virtualised grid as it recycles its rows', async () => {
    const { window } = loadFixture('virtual-grid/grid.html', true);
    const { next, controller } = watch(window.document);
    expect(await next()).toEqual(expectedHits('virtual-grid/grid.expected.json'));
    (window as unknown as { scrollGridTo(first: number): void }).scrollGridTo(4);
    expect(await next()).toEqual(expectedHits('virtual-grid/grid-scrolled.expected.json'));
    controller.abort();
  });

  it('finds names in a web component rendered after the first scan, and in its shadow root', async () => {
    const { window } = loadFixture('mixpanel/insights.html', true);
    const doc = window.document;
    const { next, controller } = watch(doc);
    await next();
    const card = doc.createElement('mp-insights-card');
    card.dataset.metric = 'Average order value';
    card.dataset.value = '$61';
    doc.querySelector('mp-app')!.append(card);
    const texts = (await next()).map((h) => h.text);
    expect(texts).toContain('Average order value');
    controller.abort();
  });

  it('drops the hits of removed nodes and sees edited text', async () => {
    const { window } = loadFixture('ga4/report-table.html');
    const doc = window.document;
    const { next, controller } = watch(doc);
    const first = await next();
    doc.querySelector('.kpi-cards')!.remove();
    doc.querySelector('mat-header-cell')!.firstChild!.textContent = 'Conversions';
    const after = await next();
    expect(after.length).toBe(first.length - 3 + 1);
    expect(after.map((h) => h.text)).toContain('Conversions');
    controller.abort();
  });

  it('rescans blocks whose only child is a text node, skipping form fields and editors', async () => {
    const { window } = loadFixture('ga4/report-table.html');
    const doc = window.document;
    const element = (tag: string, text: string, namespace?: string) => {
      const made = namespace ? doc.createElementNS(namespace, tag) : doc.createElement(tag);
      made.append(text);
      return made;
    };
    const row = doc.createElement('tr');
    row.append(element('td', 'Users'), element('td', '12'));
    const table = doc.createElement('table');
    table.append(row);
    const editor = element('div', 'Users');
    editor.setAttribute('contenteditable', 'true');
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.append(element('text', 'Users', 'http://www.w3.org/2000/svg'));
    const host = doc.createElement('section');
    host.append(table, element('textarea', 'Users'), editor, svg);
    doc.body.append(host);
    const { next, controller } = watch(doc);
    const count = (hits: { text: string }[], text: string) =>
      hits.filter((h) => h.text === text).length;
    const first = await next();
    const [cell, value] = [...host.querySelectorAll('td')];
    const textarea = host.querySelector('textarea')!;
    const label = host.querySelector('text')!;
    // Edited in place, replaced by a new text node: both are one-text blocks to rescan.
    (cell!.firstChild as Text).data = 'Orders';
    value!.replaceChild(doc.createTextNode('Revenue'), value!.firstChild!);
    editor.replaceChild(doc.createTextNode('Sessions'), editor.firstChild!);
    textarea.replaceChild(doc.createTextNode('Sessions'), textarea.firstChild!);
    label.replaceChild(doc.createTextNode('Sessions'), label.firstChild!);
    const after = await next();
    expect(count(after, 'Orders')).toBe(count(first, 'Orders') + 1);
    expect(count(after, 'Revenue')).toBe(count(first, 'Revenue') + 1);
    // Of the three new "Sessions", only the chart label's is page text.
    expect(count(after, 'Sessions')).toBe(count(first, 'Sessions') + 1);
    // The old "Users" of the cell and the chart label are gone; the skipped ones never counted.
    expect(count(after, 'Users')).toBe(count(first, 'Users') - 2);
    controller.abort();
  });

  it('counts after a change what a full scan counts: islands in editors, spans in options', async () => {
    const { window } = loadFixture('ga4/report-table.html');
    const doc = window.document;
    const element = (tag: string, ...children: (Node | string)[]) => {
      const made = doc.createElement(tag);
      made.append(...children);
      return made;
    };
    // Not editable inside an editor, and an element between an option and its text: a full
    // scan asks each hit's parent, so both count.
    const island = element('span', 'Users');
    island.setAttribute('contenteditable', 'false');
    const editor = element('div', island);
    editor.setAttribute('contenteditable', 'true');
    const inOption = element('span', 'Users');
    doc.body.append(editor, element('select', element('option', inOption)));
    const { next, controller } = watch(doc);
    const count = (hits: { text: string }[], text: string) =>
      hits.filter((h) => h.text === text).length;
    const first = await next();
    (island.firstChild as Text).data = 'Orders';
    (inOption.firstChild as Text).data = 'Orders';
    const rescanned = await next();
    expect(count(rescanned, 'Orders')).toBe(count(first, 'Orders') + 2);
    // The same hits as a full scan of the page as it is now.
    const full = describeHits(doc, scanSubtree(doc, fixtureMatcher, 'analytics.google.com'));
    expect([...rescanned].sort(byText)).toEqual([...full].sort(byText));
    controller.abort();
  });

  it('ignores its own overlay root and leaves the page byte-identical', async () => {
    const { window } = loadFixture('ga4/report-table.html');
    const doc = window.document;
    const before = snapshotDom(doc);
    const { next, lists, controller } = watch(doc, 1);
    await next();
    const overlay = doc.createElement(OVERLAY_TAG);
    overlay.attachShadow({ mode: 'closed' }).append(doc.createTextNode('Sessions Bounce rate'));
    doc.documentElement.append(overlay);
    await settle();
    expect(lists.length).toBe(1);
    overlay.remove();
    expect(snapshotDom(doc)).toBe(before);
    controller.abort();
  });

  it('rescans with a new registry and stops for good on abort', async () => {
    const { window } = loadFixture('looker-studio/report-frame.html');
    const doc = window.document;
    const { scanner, next, lists, controller } = watch(doc);
    await next();
    scanner.setMatcher(compileMatcher([{ metricId: 'campaign', text: 'Campaign' }]));
    expect(await next()).toEqual([{ metricId: 'campaign', text: 'Campaign' }]);
    controller.abort();
    doc.querySelector('.lego-report')!.append(doc.createTextNode('Campaign'));
    scanner.rescan();
    await settle();
    expect(lists.length).toBe(2);
    expect(scanner.canvasCharts).toBe(false);
  });

  it('shows the first scan top of the page first, and a later rescan only once complete', async () => {
    const { window } = loadFixture('ga4/report-table.html');
    const doc = window.document;
    // A long page: the first scan takes many 1 ms slices.
    const rows = doc.createElement('div');
    for (let i = 0; i < 1_500; i++) {
      const row = rows.appendChild(doc.createElement('p'));
      row.textContent = i % 3 === 0 ? 'Sessions' : `row ${i}`;
    }
    doc.body.append(rows);
    const { scanner, next, lists, controller } = watch(doc, 1);
    const sessions = doc.querySelectorAll('p').length / 3;
    const complete = async () => {
      for (;;) {
        const hits = await next();
        if (hits.filter((h) => h.text === 'Sessions').length >= sessions) return;
      }
    };
    await complete();
    expect(lists.length).toBeGreaterThan(1);
    // Each list extends the one before: nothing shown disappears while the scan goes on.
    for (let i = 1; i < lists.length; i++) {
      expect(lists[i]!.length).toBeGreaterThan(lists[i - 1]!.length);
      expect(lists[i]!.slice(0, lists[i - 1]!.length)).toEqual(lists[i - 1]);
    }
    const shown = lists.length;
    scanner.setMatcher(compileMatcher([{ metricId: 'sessions', text: 'Sessions' }]));
    await next();
    await settle();
    expect(lists.length).toBe(shown + 1);
    controller.abort();
  }, 20_000);
});
