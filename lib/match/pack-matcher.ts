/**
 * A compiled matcher as a message: the background compiles the registry once per change and
 * sends every page's content script the result, where each page load and each frame used to
 * compile it again, cold (5,000 names: ~100 ms of the page's main thread). Chrome serialises
 * messages as JSON, so the typed arrays travel as one base64 string, and the entries as
 * indexes into two short lists: a content script reads it without checking thousands of
 * small objects field by field.
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import type { CompiledMatcher, TermEntry } from './types';

/** Bump when the layout changes: a content script unpacks only the layout it knows. */
export const PACKED_MATCHER_FORMAT = 1;

export interface PackedMatcher {
  format: typeof PACKED_MATCHER_FORMAT;
  termCount: number;
  nodeCount: number;
  alphabetSize: number;
  edgeShift: number;
  /** The dense first level as pairs, [code, node, code, node...]: a few dozen of 65,536 set. */
  rootChildren: number[];
  /** `alphabetIndex` as pairs, [code, index...]. */
  alphabet: number[];
  /** The metrics entries name, and the distinct lists of sites they are limited to. */
  metricIds: string[];
  siteLists: string[][];
  entryCount: number;
  entryItemCount: number;
  /**
   * Int32: edge keys, edge children, soleChild, terminal, entry starts (entryCount + 1),
   * entry items ([metric index, site list index + 1 or 0] each); then soleLetter (uint16)
   * and needsWordEnd (uint8).
   */
  tables: string;
}

interface Sizes {
  slots: number;
  nodes: number;
  entries: number;
  items: number;
}

export function packMatcher(matcher: CompiledMatcher): PackedMatcher {
  const metricIds: string[] = [];
  const metricIndex = new Map<string, number>();
  const siteLists: string[][] = [];
  const siteListIndex = new Map<string, number>();
  const items: number[] = [];
  const starts = [0];
  for (const list of matcher.entries) {
    for (const { metricId, sites } of list) {
      let metric = metricIndex.get(metricId);
      if (metric === undefined) metricIndex.set(metricId, (metric = metricIds.push(metricId) - 1));
      let sitesRef = 0;
      if (sites !== null) {
        const key = JSON.stringify(sites);
        sitesRef = siteListIndex.get(key) ?? 0;
        if (sitesRef === 0) siteListIndex.set(key, (sitesRef = siteLists.push([...sites])));
      }
      items.push(metric, sitesRef);
    }
    starts.push(items.length / 2);
  }

  const sizes = {
    slots: matcher.edges.keys.length,
    nodes: matcher.nodeCount,
    entries: matcher.entries.length,
    items: items.length / 2,
  };
  const bytes = new Uint8Array(tablesByteLength(sizes));
  const views = tableViews(bytes.buffer, sizes);
  views.keys.set(matcher.edges.keys);
  views.children.set(matcher.edges.children);
  views.soleChild.set(matcher.soleChild);
  views.terminal.set(matcher.terminal);
  views.entryStarts.set(starts);
  views.entryItems.set(items);
  views.soleLetter.set(matcher.soleLetter);
  views.needsWordEnd.set(matcher.needsWordEnd);
  return {
    format: PACKED_MATCHER_FORMAT,
    termCount: matcher.termCount,
    nodeCount: matcher.nodeCount,
    alphabetSize: matcher.alphabetSize,
    edgeShift: matcher.edges.shift,
    rootChildren: setPairs(matcher.rootChildren),
    alphabet: setPairs(matcher.alphabetIndex),
    metricIds,
    siteLists,
    entryCount: sizes.entries,
    entryItemCount: sizes.items,
    tables: bytesToBase64(bytes),
  };
}

/**
 * The matcher a packed one stands for, or null when it is not one this code can read (another
 * format, a truncated table, an index out of range): the caller compiles the names itself then.
 */
export function unpackMatcher(message: unknown): CompiledMatcher | null {
  const packed = readPacked(message);
  if (packed === null) return null;
  const sizes = {
    slots: 2 ** (32 - packed.edgeShift),
    nodes: packed.nodeCount,
    entries: packed.entryCount,
    items: packed.entryItemCount,
  };
  const bytes = base64ToBytes(packed.tables);
  if (bytes === null || bytes.length !== tablesByteLength(sizes)) return null;
  const rootChildren = pairsToTable(packed.rootChildren, packed.nodeCount);
  const alphabetIndex = pairsToTable(packed.alphabet, packed.alphabetSize);
  if (rootChildren === null || alphabetIndex === null) return null;
  // A buffer of its own when the decoder returned a view into a larger one.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const views = tableViews(whole ? bytes.buffer : bytes.slice().buffer, sizes);
  const entries = unpackEntries(packed, views.entryStarts, views.entryItems);
  if (entries === null) return null;
  return {
    termCount: packed.termCount,
    nodeCount: packed.nodeCount,
    rootChildren,
    alphabetIndex,
    alphabetSize: packed.alphabetSize,
    edges: { keys: views.keys, children: views.children, shift: packed.edgeShift },
    soleLetter: views.soleLetter,
    soleChild: views.soleChild,
    terminal: views.terminal,
    needsWordEnd: views.needsWordEnd,
    entries,
  };
}

function unpackEntries(
  packed: PackedMatcher,
  starts: Int32Array,
  items: Int32Array,
): TermEntry[][] | null {
  const { metricIds, siteLists } = packed;
  const entries: TermEntry[][] = [];
  let item = 0;
  for (let e = 1; e < starts.length; e++) {
    const end = starts[e]!;
    if (end < item || end > items.length / 2) return null;
    const list: TermEntry[] = [];
    for (; item < end; item++) {
      const metricId = metricIds[items[item * 2]!];
      const sitesRef = items[item * 2 + 1]!;
      if (metricId === undefined || sitesRef < 0 || sitesRef > siteLists.length) return null;
      list.push({ metricId, sites: sitesRef === 0 ? null : siteLists[sitesRef - 1]! });
    }
    entries.push(list);
  }
  return starts[0] === 0 && item === items.length / 2 ? entries : null;
}

const isCount = (value: unknown, least = 0): value is number =>
  Number.isInteger(value) && (value as number) >= least;
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The message's fields checked, by hand rather than with zod: a schema's first use in a page
 * costs 10-15 ms (measured, cold), and a content script pays it on every page load. The
 * tables' contents are checked as they are read (see unpackMatcher).
 */
function readPacked(message: unknown): PackedMatcher | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<keyof PackedMatcher, unknown>;
  const fieldsRead =
    m.format === PACKED_MATCHER_FORMAT &&
    isCount(m.termCount) &&
    isCount(m.nodeCount, 2) &&
    isCount(m.alphabetSize, 1) &&
    isCount(m.edgeShift, 1) &&
    (m.edgeShift as number) <= 31 &&
    Array.isArray(m.rootChildren) &&
    Array.isArray(m.alphabet) &&
    isStrings(m.metricIds) &&
    Array.isArray(m.siteLists) &&
    m.siteLists.every(isStrings) &&
    isCount(m.entryCount) &&
    isCount(m.entryItemCount) &&
    typeof m.tables === 'string';
  return fieldsRead ? (message as PackedMatcher) : null;
}

/** Int32 tables first, so every view starts aligned to its element size. */
function tablesByteLength({ slots, nodes, entries, items }: Sizes): number {
  return (slots * 2 + nodes * 2 + entries + 1 + items * 2) * 4 + nodes * 3;
}

function tableViews(buffer: ArrayBufferLike, { slots, nodes, entries, items }: Sizes) {
  let offset = 0;
  const int32 = (length: number) => {
    const view = new Int32Array(buffer, offset, length);
    offset += length * 4;
    return view;
  };
  const keys = int32(slots);
  const children = int32(slots);
  const soleChild = int32(nodes);
  const terminal = int32(nodes);
  const entryStarts = int32(entries + 1);
  const entryItems = int32(items * 2);
  const soleLetter = new Uint16Array(buffer, offset, nodes);
  const needsWordEnd = new Uint8Array(buffer, offset + nodes * 2, nodes);
  return { keys, children, soleChild, terminal, entryStarts, entryItems, soleLetter, needsWordEnd };
}

/** [index, value...] of a table's non-zero cells. */
function setPairs(table: Int32Array): number[] {
  const pairs: number[] = [];
  for (let i = 0; i < table.length; i++) if (table[i] !== 0) pairs.push(i, table[i]!);
  return pairs;
}

/** The 65,536-cell table of a code's pairs; null when a code or value is out of range. */
function pairsToTable(pairs: readonly number[], valuesBelow: number): Int32Array | null {
  if (pairs.length % 2 !== 0) return null;
  const table = new Int32Array(65536);
  for (let i = 0; i < pairs.length; i += 2) {
    const code = pairs[i]!;
    const value = pairs[i + 1]!;
    const inRange = code >= 0 && code <= 0xffff && value > 0 && value < valuesBelow;
    if (!inRange || !Number.isInteger(code) || !Number.isInteger(value)) return null;
    table[code] = value;
  }
  return table;
}
