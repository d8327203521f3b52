/**
 * Collects labels that look like metric names from a page: table column headers, titles of
 * KPI tiles, labels beside a number, chart legends and axis titles. Runs only when the popup
 * asks (not on the page's hot path), reads the DOM and changes nothing.
 */
import { isValueText } from './label-text';
import type { RawCandidate } from './rank-candidates';

const SKIP =
  'nav, button, a, select, option, input, textarea, script, style, [role="navigation"], [role="button"], [role="menu"], [role="tab"], kpi-lens-overlay';
const MAX_ELEMENTS = 20_000;

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export function collectCandidates(root: Document | Element): RawCandidate[] {
  const out: RawCandidate[] = [];
  const add = (el: Element, kind: RawCandidate['kind']) => {
    if (el.closest(SKIP)) return;
    const t = text(el);
    if (t) out.push({ text: t, kind });
  };
  for (const th of root.querySelectorAll('th, [role="columnheader"]')) add(th, 'column-header');
  for (const dt of root.querySelectorAll('dt')) add(dt, 'beside-value');
  for (const t of root.querySelectorAll('svg text')) {
    const inLegend = t.closest('[class*="legend" i]');
    if (inLegend) add(t, 'legend');
    else if (!isValueText(text(t)) && t.getAttribute('transform')?.includes('rotate'))
      add(t, 'axis-title');
  }
  for (const item of root.querySelectorAll('[class*="legend" i] :is(span, div, li)')) {
    if (item.children.length === 0) add(item, 'legend');
  }
  // A tile: a small box whose children are a short label and a value.
  let visited = 0;
  for (const el of root.querySelectorAll('div, li, section, article, td')) {
    if (++visited > MAX_ELEMENTS) break;
    const kids = [...el.children];
    if (kids.length < 2 || kids.length > 4) continue;
    const values = kids.filter((k) => isValueText(text(k)));
    if (values.length === 0) continue;
    const label = kids.find((k) => !isValueText(text(k)) && text(k).length > 1);
    if (label && kids.indexOf(label) < kids.indexOf(values[0]!)) add(label, 'tile-title');
  }
  return out;
}
