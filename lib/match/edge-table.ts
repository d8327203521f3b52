/**
 * The trie's deeper edges as an open-addressing hash table in two typed arrays: a lookup is a
 * multiply, a shift and usually one probe, several times cheaper than a Map in the hot loop.
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

export function buildEdgeTable(edges: ReadonlyMap<number, number>): EdgeTable {
  let bits = 4;
  while (1 << bits < edges.size * 2) bits++;
  const size = 1 << bits;
  const keys = new Int32Array(size);
  const children = new Int32Array(size);
  const shift = 32 - bits;
  for (const [key, child] of edges) {
    let slot = Math.imul(key, EDGE_HASH) >>> shift;
    while (keys[slot] !== 0) slot = (slot + 1) & (size - 1);
    keys[slot] = key;
    children[slot] = child;
  }
  return { keys, children, shift };
}

/** The child for `key`, or 0. */
export function lookupEdge(table: EdgeTable, key: number): number {
  const { keys, shift } = table;
  const mask = keys.length - 1;
  let slot = Math.imul(key, EDGE_HASH) >>> shift;
  for (;;) {
    const found = keys[slot]!;
    if (found === key) return table.children[slot]!;
    if (found === 0) return 0;
    slot = (slot + 1) & mask;
  }
}
