import { buildEdgeTable } from './edge-table';
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
  for (const term of terms) {
    const label = normaliseLabel(term.text);
    if (label === '') continue;
    const sites = term.sites?.length ? term.sites.map(normaliseSite).filter(Boolean) : null;
    labels.push({ label, entry: { metricId: term.metricId, sites } });
    for (let i = 1; i < label.length; i++) {
      const code = label.charCodeAt(i);
      if (alphabetIndex[code] === 0) alphabetIndex[code] = alphabetSize++;
    }
  }

  const edges = new Map<number, number>();
  const terminalOf: number[] = [0, 0];
  const wordEnd: number[] = [0, 0];
  const entries: TermEntry[][] = [];
  // Node 1 stands for the root; real nodes start at 2 so that 0 can mean "no node".
  let nodeCount = 2;
  for (const { label, entry } of labels) {
    let node = 1;
    for (let i = 0; i < label.length; i++) {
      const code = label.charCodeAt(i);
      const key = node * alphabetSize + alphabetIndex[code]!;
      let next = node === 1 ? rootChildren[code]! : (edges.get(key) ?? 0);
      if (next === 0) {
        next = nodeCount++;
        terminalOf.push(0);
        wordEnd.push(0);
        if (node === 1) rootChildren[code] = next;
        else edges.set(key, next);
      }
      node = next;
    }
    const existing = terminalOf[node]!;
    if (existing === 0) {
      entries.push([entry]);
      terminalOf[node] = entries.length;
      wordEnd[node] = isWordCode(label.charCodeAt(label.length - 1)) ? 1 : 0;
    } else {
      const list = entries[existing - 1]!;
      if (!list.some((e) => e.metricId === entry.metricId && sameSites(e.sites, entry.sites))) {
        list.push(entry);
      }
    }
  }
  // Most deep nodes have one child (the rest of a name): that edge is read without hashing.
  const soleLetter = new Uint16Array(nodeCount);
  const soleChild = new Int32Array(nodeCount);
  for (const [key, child] of edges) {
    const node = Math.floor(key / alphabetSize);
    const letter = key - node * alphabetSize;
    // (An alphabet of 65,535 code units or more would reach the marker: always hash then.)
    const sole = soleLetter[node] === 0 && alphabetSize < SEVERAL_LETTERS;
    soleLetter[node] = sole ? letter : SEVERAL_LETTERS;
    soleChild[node] = child;
  }
  return {
    termCount: labels.length,
    nodeCount,
    rootChildren,
    alphabetIndex,
    alphabetSize,
    edges: buildEdgeTable(edges),
    soleLetter,
    soleChild,
    terminal: Int32Array.from(terminalOf),
    needsWordEnd: Uint8Array.from(wordEnd),
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
