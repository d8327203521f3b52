/**
 * The value a page shows for a detected metric name, found from the name's element: the text
 * after the name in the same element (`Open rate: 24.1%`), the `dd` of a `dt`, the cells under
 * a column header or beside a row header, or the number of the KPI tile or legend item. DOM,
 * read-only: it reads text and never changes the page.
 */
import { blockOf } from '../scan/element-kinds';
import { nearbyValue } from './nearby-value';
import { parseValue } from './parse-value';
import { tableValue } from './table-value';
import { visibleText } from './text-blocks';
import { readElement, type FoundValue } from './value-reading';
import type { ValueQuirks } from './value-quirks';

export type { FoundValue, RowReading, ValueReading } from './value-reading';

export interface FindValueOptions {
  /** The matched name as the page prints it, to read a value written after it in the same text. */
  name?: string;
  /** The page's locale (`document.documentElement.lang`), for `1.234` vs `1,234`. */
  locale?: string;
  /** The page's tool's quirks, from `lib/adapters/<tool>/values.ts`. */
  quirks?: ValueQuirks;
}

/** The element a label's text belongs to as a block: `<span>Bounce</span>` -> its header cell. */
function labelBlockOf(label: Element): Element {
  const block = label.firstChild ? blockOf(label.firstChild) : null;
  return block && block.nodeType === 1 ? (block as Element) : label;
}

/** `Open rate: 24.1%`, `Sessions (12,345)`: the value printed after the name in its own element. */
function valueInLabel(label: Element, name: string, locale?: string): FoundValue | null {
  const text = visibleText(label);
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return null;
  const tail = text
    .slice(at + name.length)
    .replace(/^\s*[:=]?\s*/, '')
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  const parsed = tail ? parseValue(tail, locale) : null;
  return parsed ? { source: 'label', reading: { text: tail, parsed, element: label } } : null;
}

function definitionValue(block: Element, locale?: string): FoundValue | null {
  const term = block.closest('dt');
  let next = term?.nextElementSibling ?? null;
  while (next && next.localName === 'dt') next = next.nextElementSibling;
  return next?.localName === 'dd'
    ? { source: 'definition', reading: readElement(next, locale) }
    : null;
}

/**
 * The value for the metric name in `label` (the element holding the detected name), or null
 * when the page shows none near it. A reading's `parsed` is null where the page prints "no
 * value" (`—`); a column header also returns every row's reading with its row header.
 */
export function findValue(label: Element, options: FindValueOptions = {}): FoundValue | null {
  const { name, locale, quirks } = options;
  const block = labelBlockOf(label);
  return (
    (name ? valueInLabel(label, name, locale) : null) ??
    definitionValue(block, locale) ??
    tableValue(block, locale, quirks) ??
    nearbyValue(label, locale)
  );
}
