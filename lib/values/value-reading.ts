/** What findValue reports: the text a page shows for a metric, parsed. */
import { parseValue, type ParsedValue } from './parse-value';
import { visibleText } from './text-blocks';

export interface ValueReading {
  /** The text as shown, white space collapsed: `21.4%`, `—`. */
  text: string;
  /** null where the page shows that there is no value (`—`, `n/a`). */
  parsed: ParsedValue | null;
  element: Element;
}

export interface RowReading extends ValueReading {
  /** The row's header cell text: `Organic search`. */
  rowHeader: string;
}

export interface FoundValue {
  /** Where the value was found, for the card's wording and for debugging a page. */
  source: 'tile' | 'legend' | 'table-column' | 'table-row' | 'definition' | 'label';
  /**
   * The value for the label: the tile's number, a column's total or only row. Null for a column
   * of several rows without a total row: a breakdown (`rows`), not one value.
   */
  reading: ValueReading | null;
  /** Column headers only: one reading per data row, in page order. */
  rows?: RowReading[];
}

/** Text a tool prints where there is no value. */
export const NO_VALUE = /^(—|–|-|--|n\/a|na|\(not set\)|null|none|no data|∅)$/i;

export function readElement(element: Element, locale?: string): ValueReading {
  const text = visibleText(element);
  return { text, parsed: parseValue(text, locale), element };
}
