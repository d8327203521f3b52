/**
 * The deeper edges of trie nodes with several children (a node with one keeps it in
 * `soleLetter` / `soleChild`, see compileMatcher), as an open-addressing hash table in two
 * typed arrays: a lookup is a multiply, a shift and usually one probe, several times cheaper
 * than a Map in the hot loop.
 * Keys are `node * alphabetSize + letter`, always > 0, so 0 marks an empty slot.
 */
export interface EdgeTable {
  readonly keys: Int32Array;
  readonly children: Int32Array;
  /** 32 - log2(slots): the hash keeps the top bits of a Fibonacci multiply. */
  readonly shift: number;
}

/** 0x9e3779b1 as int32: the Fibonacci hash multiplier. */
export const EDGE_HASH = -1640531535;

/**
 * An empty table with room for `maxEdges` edges (at most half full), filled in place while
 * the trie is built (see compileMatcher): no Map of every edge first, whose growth and garbage
 * a content script paid for on every page load.
 */
export function emptyEdgeTable(maxEdges: number): EdgeTable {
  let bits = 4;
  while (1 << bits < maxEdges * 2) bits++;
  const size = 1 << bits;
  return { keys: new Int32Array(size), children: new Int32Array(size), shift: 32 - bits };
}

/**
 * The same edges in a table sized for `count` of them: compiling sizes its table for the most
 * edges the names could need, often twice what they do (shared prefixes).
 */
export function fitEdgeTable(table: EdgeTable, count: number): EdgeTable {
  const fitted = emptyEdgeTable(count);
  if (fitted.keys.length === table.keys.length) return table;
  const { keys, children } = table;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key === 0) continue;
    putEdge(fitted, key, children[i]!);
  }
  return fitted;
}

/** The slot holding `key`, or the free slot where it would go. */
export function slotOf(table: EdgeTable, key: number): number {
  const keys = table.keys;
  const mask = keys.length - 1;
  let slot = Math.imul(key, EDGE_HASH) >>> table.shift;
  for (;;) {
    const found = keys[slot]!;
    if (found === key || found === 0) return slot;
    slot = (slot + 1) & mask;
  }
}

/** Adds the edge `key` -> `child` (not in the table yet). */
export function putEdge(table: EdgeTable, key: number, child: number): void {
  const slot = slotOf(table, key);
  table.keys[slot] = key;
  table.children[slot] = child;
}

/** The child for `key`, or 0. */
export function lookupEdge(table: EdgeTable, key: number): number {
  const slot = slotOf(table, key);
  return table.keys[slot] === key ? table.children[slot]! : 0;
}
