import { emptyEdgeTable, fitEdgeTable, lookupEdge, putEdge } from './edge-table';
import { isWordCode } from './fold-char';
import { normaliseLabel } from './normalise-label';
import { normaliseSite } from './sites';
import { SEVERAL_LETTERS, type CompiledMatcher, type MatchTerm, type TermEntry } from './types';

/**
 * Compiles names and aliases into one trie over normalised labels. Terms whose label
 * normalises to nothing are dropped; several metrics may share a label (the host decides, see
 * `metricForHost`).
 */
export function compileMatcher(terms: readonly MatchTerm[]): CompiledMatcher {
  const rootChildren = new Int32Array(65536);
  const alphabetIndex = new Int32Array(65536);
  const labels: { label: string; entry: TermEntry }[] = [];
  let alphabetSize = 1;
  // Every character after a label's first may add a node and a deeper edge: room for all.
  let deeperChars = 0;
  for (const term of terms) {
    const label = normaliseLabel(term.text);
    if (label === '') continue;
    const sites = term.sites?.length ? term.sites.map(normaliseSite).filter(Boolean) : null;
    labels.push({ label, entry: { metricId: term.metricId, sites } });
    deeperChars += label.length - 1;
    for (let i = 1; i < label.length; i++) {
      const code = label.charCodeAt(i);
      if (alphabetIndex[code] === 0) alphabetIndex[code] = alphabetSize++;
    }
  }

  // Built in typed arrays sized up front: a content script compiles on every page load, cold
  // (before the JIT has warmed up), and Maps and growing arrays cost most there.
  const maxNodes = labels.length + deeperChars + 2;
  const edges = emptyEdgeTable(deeperChars);
  const terminal = new Int32Array(maxNodes);
  const needsWordEnd = new Uint8Array(maxNodes);
  // Most deep nodes have one child (the rest of a name): that edge is read without hashing,
  // and only the edges of nodes with several children go in the table (5,000 names: 8k of
  // 52k edges), which keeps it small to build, to send to pages and to probe.
  // (An alphabet of 65,535 code units or more would reach the marker: always hash then.)
  const soleLetter = new Uint16Array(maxNodes);
  const soleChild = new Int32Array(maxNodes);
  const canBeSole = alphabetSize < SEVERAL_LETTERS;
  const entries: TermEntry[][] = [];
  // Node 1 stands for the root; real nodes start at 2 so that 0 can mean "no node".
  let nodeCount = 2;
  let edgeCount = 0;
  for (const { label, entry } of labels) {
    let node = 1;
    for (let i = 0; i < label.length; i++) {
      const code = label.charCodeAt(i);
      if (node === 1) {
        let next = rootChildren[code]!;
        if (next === 0) rootChildren[code] = next = nodeCount++;
        node = next;
        continue;
      }
      const letter = alphabetIndex[code]!;
      const sole = soleLetter[node]!;
      let next = sole === letter ? soleChild[node]! : 0;
      if (sole === SEVERAL_LETTERS) next = lookupEdge(edges, node * alphabetSize + letter);
      if (next === 0) {
        next = nodeCount++;
        if (sole === 0 && canBeSole) {
          soleLetter[node] = letter;
          soleChild[node] = next;
        } else {
          // A second letter: this node's edges go in the table, its first one included.
          if (sole !== SEVERAL_LETTERS && sole !== 0) {
            putEdge(edges, node * alphabetSize + sole, soleChild[node]!);
            edgeCount++;
          }
          putEdge(edges, node * alphabetSize + letter, next);
          edgeCount++;
          soleLetter[node] = SEVERAL_LETTERS;
          soleChild[node] = 0;
        }
      }
      node = next;
    }
    const existing = terminal[node]!;
    if (existing === 0) {
      entries.push([entry]);
      terminal[node] = entries.length;
      needsWordEnd[node] = isWordCode(label.charCodeAt(label.length - 1)) ? 1 : 0;
    } else {
      const list = entries[existing - 1]!;
      if (!list.some((e) => e.metricId === entry.metricId && sameSites(e.sites, entry.sites))) {
        list.push(entry);
      }
    }
  }
  return {
    termCount: labels.length,
    nodeCount,
    rootChildren,
    alphabetIndex,
    alphabetSize,
    edges: fitEdgeTable(edges, edgeCount),
    soleLetter: soleLetter.slice(0, nodeCount),
    soleChild: soleChild.slice(0, nodeCount),
    terminal: terminal.slice(0, nodeCount),
    needsWordEnd: needsWordEnd.slice(0, nodeCount),
    entries,
  };
}

function sameSites(a: readonly string[] | null, b: readonly string[] | null): boolean {
  return a === b || (a !== null && b !== null && a.join() === b.join());
}

/** Rough retained size of a compiled matcher, for the benchmark's memory report. */
export function matcherByteSize(matcher: CompiledMatcher): number {
  const typed =
    matcher.rootChildren.byteLength +
    matcher.alphabetIndex.byteLength +
    matcher.terminal.byteLength +
    matcher.needsWordEnd.byteLength +
    matcher.soleLetter.byteLength +
    matcher.soleChild.byteLength;
  const edgeBytes = matcher.edges.keys.byteLength + matcher.edges.children.byteLength;
  const entryBytes = matcher.entries.reduce((sum, list) => sum + 32 + list.length * 48, 0);
  return typed + edgeBytes + entryBytes;
}
