import type { EdgeTable } from './edge-table';

/** One registry name or alias to find; a metric contributes one term per name and alias. */
export interface MatchTerm {
  metricId: string;
  text: string;
  /** Hosts the term is limited to; `acme.com` also covers `app.acme.com`. Absent: everywhere. */
  sites?: readonly string[];
}

/** A whole-word occurrence, as offsets into the original (not normalised) text. */
export interface MatchHit {
  metricId: string;
  start: number;
  end: number;
}

/** The metrics one normalised label stands for, with the hosts each is limited to. */
export interface TermEntry {
  metricId: string;
  /** Normalised hosts, or null when the term applies everywhere. */
  sites: readonly string[] | null;
}

/**
 * Names and aliases compiled into a trie over folded character codes. Matching walks it from
 * each word start, so its cost per character depends on the text, not on the number of terms.
 */
export interface CompiledMatcher {
  readonly termCount: number;
  readonly nodeCount: number;
  /** First level of the trie, dense: folded code -> node id (0: no term starts with it). */
  readonly rootChildren: Int32Array;
  /** Folded code -> 1-based index in the alphabet of deeper edges (0: in no term). */
  readonly alphabetIndex: Int32Array;
  readonly alphabetSize: number;
  /** Deeper edges: key node * alphabetSize + alphabet index -> child node id. */
  readonly edges: EdgeTable;
  /**
   * Node id -> the alphabet index of its only deeper edge (0: none; SEVERAL_LETTERS: look in
   * `edges`), and `soleChild` the child it leads to.
   */
  readonly soleLetter: Uint16Array;
  readonly soleChild: Int32Array;
  /** Node id -> 1-based index into `entries` when a term ends there. */
  readonly terminal: Int32Array;
  /** Node id -> 1 when the term ending there ends in a letter or digit (needs a word end). */
  readonly needsWordEnd: Uint8Array;
  readonly entries: readonly (readonly TermEntry[])[];
}

/** `soleLetter` of a node with several deeper edges. */
export const SEVERAL_LETTERS = 0xffff;
