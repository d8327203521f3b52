/**
 * The value beside a label in a KPI tile or a legend item: the nearest small container that
 * holds the label and a number. Read-only.
 *
 * Walks up from the label, at most MAX_LEVELS, and in each container reads the text blocks
 * next to the label: first those after it (tiles put the number under the title, legends put
 * it after the name), then those before it (scorecards that print the number above the title).
 * Deltas are stepped over; any other text stops the search in that direction, because it is
 * the next label and the number beyond it is that label's. A number found before the label is
 * refused when another label sits right before it: that number belongs to that label.
 */
import { isDelta } from './is-delta';
import { parseValue } from './parse-value';
import { textBlocks, type TextBlock } from './text-blocks';
import { NO_VALUE, type FoundValue } from './value-reading';

const MAX_LEVELS = 5;
/** A container with more text blocks than this is a page section, not a tile. */
const MAX_BLOCKS = 16;
/** Never climb into these: beyond them lie other tiles' numbers. */
const STOP_AT = new Set(['body', 'html', 'main', 'table', 'thead', 'tbody', 'tr', 'dl', 'ul']);

type Step = 'value' | 'empty' | 'delta' | 'other';

function hintsOf(block: TextBlock, container: Element): string {
  const names: string[] = [];
  for (let el: Element | null = block.element; el && el !== container; el = el.parentElement)
    names.push(el.getAttribute('class') ?? '', el.getAttribute('aria-label') ?? '');
  return names.join(' ');
}

function classify(block: TextBlock, container: Element, locale?: string): Step {
  if (NO_VALUE.test(block.text)) return 'empty';
  if (parseValue(block.text, locale) === null) return isDelta(block.text) ? 'delta' : 'other';
  return isDelta(block.text, { hints: hintsOf(block, container) }) ? 'delta' : 'value';
}

/** The index of the first value or no-value block from `from` in direction `dir`, or -1. */
function scan(blocks: TextBlock[], from: number, dir: 1 | -1, steps: Step[]): number {
  for (let i = from; i >= 0 && i < blocks.length; i += dir) {
    const step = steps[i];
    if (step === 'value' || step === 'empty') return i;
    if (step === 'other') return -1;
  }
  return -1;
}

function inContainer(
  container: Element,
  label: Element,
  locale: string | undefined,
  backwards: boolean,
): TextBlock | null {
  const blocks = textBlocks(container, MAX_BLOCKS + 1, label);
  if (blocks.length > MAX_BLOCKS) return null;
  const mine = blocks.map((b) => b.element === label || label.contains(b.element));
  const first = mine.indexOf(true);
  const last = mine.lastIndexOf(true);
  if (first < 0) return null;
  const steps = blocks.map((b, i) => (mine[i] ? 'other' : classify(b, container, locale)));
  const after = scan(blocks, last + 1, 1, steps);
  if (after >= 0) return blocks[after] ?? null;
  if (!backwards) return null;
  const before = scan(blocks, first - 1, -1, steps);
  if (before < 0) return null;
  const owner = scan(
    blocks,
    before - 1,
    -1,
    steps.map((s) => (s === 'other' ? 'value' : s)),
  );
  return owner >= 0 && steps[owner] === 'other' ? null : (blocks[before] ?? null);
}

/**
 * The tile or legend value for the element holding the whole name (inline or not). Inside an SVG chart only the label's own group
 * is read, forwards: an SVG's other texts are axis ticks, which are numbers too.
 */
export function nearbyValue(label: Element, locale?: string): FoundValue | null {
  const inSvg = label.closest('svg') !== null;
  const legend = inSvg || label.closest('[class*="legend" i]') !== null;
  let container = label.parentElement;
  for (let level = 0; container && level < (inSvg ? 1 : MAX_LEVELS); level++) {
    if (STOP_AT.has(container.localName) || container.localName === 'svg') break;
    const found = inContainer(container, label, locale, !inSvg);
    if (found) {
      const text = found.text;
      const parsed = NO_VALUE.test(text) ? null : parseValue(text, locale);
      return {
        source: legend ? 'legend' : 'tile',
        reading: { text, parsed, element: found.element },
      };
    }
    container = container.parentElement;
  }
  return null;
}
