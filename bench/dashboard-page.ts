import { benchRegistry, unregisteredNames } from './bench-registry';

/**
 * Generates an analytics-dashboard-like DOM of about `textNodes` text nodes: an app shell,
 * KPI cards, tables, div-grids and SVG charts, ~15 levels deep, with some names split across
 * inline elements. Labels mix registered metric names (from the first few hundred of the
 * bench registries), names no registry holds, dimension values, numbers and UI words.
 */
export function buildDashboard(doc: Document, textNodes: number, seed = 7): HTMLElement {
  const random = mulberry32(seed);
  const metricNames = benchRegistry(400).map((m) => m.name);
  const commonNames = metricNames.slice(0, 40);
  const otherLabels = unregisteredNames(400);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  /** A quarter common names, a quarter other registered names, half labels of no registry. */
  const label = (): string => {
    const r = random();
    return r < 0.25 ? pick(commonNames) : r < 0.5 ? pick(metricNames) : pick(otherLabels);
  };
  let count = 0;

  const el = (tag: string, parent: Node, className?: string): HTMLElement => {
    const element = doc.createElement(tag);
    if (className) element.className = className;
    parent.appendChild(element);
    return element;
  };
  const text = (parent: Node, value: string): void => {
    parent.appendChild(doc.createTextNode(value));
    count++;
  };
  const number = (): string => Math.floor(random() * 1e6).toLocaleString('en-US');
  /** A name, split across inline elements one time in four. */
  const name = (parent: Node, value: string): void => {
    const space = value.indexOf(' ');
    if (space > 0 && random() < 0.25) {
      text(el('span', parent), value.slice(0, space));
      text(parent, ' ');
      text(el('span', parent, 'em'), value.slice(space + 1));
    } else text(el('span', parent), value);
  };
  const nest = (parent: Node, depth: number): HTMLElement => {
    let node = parent as HTMLElement;
    for (let i = 0; i < depth; i++) node = el('div', node, `l${i}`);
    return node;
  };

  const app = doc.createElement('div');
  app.id = 'app';
  const nav = el('nav', nest(app, 3));
  for (const item of [
    'Home',
    'Reports',
    'Explore',
    'Advertising',
    'Admin',
    'Realtime',
    'Acquisition',
  ]) {
    text(el('a', el('li', nav)), item);
  }
  const main = nest(el('main', app), 5);
  const cards = (): void => {
    const row = el('div', main, 'cards');
    for (let i = 0; i < 6; i++) {
      const card = nest(el('div', row, 'card'), 3);
      name(el('div', card, 'title'), label());
      text(el('div', card, 'value'), number());
      text(el('span', el('div', card, 'delta')), `${(random() * 20 - 10).toFixed(1)}%`);
    }
  };
  const table = (): void => {
    const t = el('table', nest(main, 2));
    const head = el('tr', el('thead', t));
    text(el('th', head), 'Page path');
    for (let c = 0; c < 5; c++) name(el('th', head), label());
    const body = el('tbody', t);
    for (let r = 0; r < 20; r++) {
      const tr = el('tr', body);
      text(el('a', el('td', tr)), `/products/item-${Math.floor(random() * 900)}`);
      for (let c = 0; c < 5; c++) text(el('span', el('td', tr)), number());
    }
  };
  const grid = (): void => {
    const g = el('div', nest(main, 2), 'grid');
    g.setAttribute('role', 'grid');
    for (let r = 0; r < 15; r++) {
      const row = el('div', g, 'row');
      name(
        el('div', row, 'cell'),
        r === 0 ? label() : pick(['Organic Search', 'Direct', 'Email', 'Paid Social']),
      );
      for (let c = 0; c < 4; c++) text(el('div', row, 'cell'), r === 0 ? label() : number());
    }
  };
  const chart = (): void => {
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    nest(main, 2).appendChild(svg);
    const g = svg.appendChild(doc.createElementNS(svg.namespaceURI, 'g'));
    for (let i = 0; i < 12; i++) {
      const tick = g.appendChild(doc.createElementNS(svg.namespaceURI, 'text'));
      text(tick, `Nov ${i + 1}`);
    }
    const legend = g.appendChild(doc.createElementNS(svg.namespaceURI, 'text'));
    for (let i = 0; i < 3; i++)
      text(legend.appendChild(doc.createElementNS(svg.namespaceURI, 'tspan')), label());
  };
  const widgets = [cards, table, grid, chart, chart];
  while (count < textNodes) pick(widgets)();
  doc.body.appendChild(app);
  return app;
}

/** A small seeded generator, so every run builds the same pages. */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
