/**
 * The value each metric on the page shows now, read once the hits have settled: for each
 * metric, the first of its labels whose value parses. DOM, read-only, and capped: a page with
 * thousands of labels costs at most MAX_LABELS_READ `findValue` calls.
 */
import { findValue } from '../values/find-value';
import type { TextHit } from '../scan';
import type { ValueQuirks } from '../values/value-quirks';
import type { PageReading } from './page-reading';

/** Labels of one metric tried before giving up on it (a name in prose has no value near it). */
export const MAX_LABELS_PER_METRIC = 3;
/** Labels tried in all: reading a value walks the label's tile, row or table. */
export const MAX_LABELS_READ = 300;

/** The element that holds the whole label: a name split across inline elements included. */
export function labelElementOf(hit: TextHit): Element | null {
  let element = hit.startNode.parentElement;
  while (element && !element.contains(hit.endNode)) element = element.parentElement;
  return element;
}

/** The label's text as the page prints it (a name split across elements joined). */
function labelText(hit: TextHit, range: Range): string {
  if (hit.startNode === hit.endNode)
    return hit.startNode.data.slice(hit.startOffset, hit.endOffset);
  range.setStart(hit.startNode, hit.startOffset);
  range.setEnd(hit.endNode, hit.endOffset);
  return range.toString();
}

export function readPageValues(
  doc: Document,
  hits: readonly TextHit[],
  skip: (metricId: string) => boolean = () => false,
  quirks?: ValueQuirks,
): Map<string, PageReading> {
  const locale = doc.documentElement.lang || undefined;
  const found = new Map<string, PageReading>();
  const tries = new Map<string, number>();
  // One Range, let go when done: a live Range taxes every later change of the page.
  const range = doc.createRange();
  let budget = MAX_LABELS_READ;
  for (const hit of hits) {
    if (budget <= 0) break;
    const id = hit.metricId;
    if (found.has(id) || skip(id) || (tries.get(id) ?? 0) >= MAX_LABELS_PER_METRIC) continue;
    if (!hit.startNode.isConnected || !hit.endNode.isConnected) continue;
    const label = labelElementOf(hit);
    if (!label) continue;
    budget -= 1;
    tries.set(id, (tries.get(id) ?? 0) + 1);
    const parsed = findValue(label, {
      name: labelText(hit, range),
      locale,
      ...(quirks ? { quirks } : {}),
    })?.reading;
    if (parsed?.parsed) {
      const { value, unit, kind } = parsed.parsed;
      found.set(id, { value, unit, kind, text: parsed.text });
    }
  }
  range.detach();
  return found;
}
