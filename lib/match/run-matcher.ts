import { EDGE_HASH, lookupEdge } from './edge-table';
import {
  CHAR_INFO,
  DROP,
  EXPANSIONS,
  INFO_KNOWN,
  INFO_SLOW,
  INFO_SPACE,
  INFO_SPACE_BIT,
  INFO_WORD,
  INFO_WORD_BIT,
  SPACE,
  charInfo,
  foldValue,
  isWordCode,
} from './fold-char';
import { metricForHost } from './metric-for-host';
import { resolveOverlaps } from './resolve-overlaps';
import { SEVERAL_LETTERS, type CompiledMatcher, type MatchHit } from './types';

/**
 * Streams the text of one "run" (a string, or the text nodes of one block read in order)
 * through the trie without building the folded string. A cursor starts at every word start
 * whose first letter begins some term and dies as soon as the trie has no edge for the next
 * character, so most characters cost one table read.
 *
 * Offsets are whatever the caller passes as `base` plus the index in the chunk: the scanner
 * numbers the characters of a block's text nodes one after another. Hits are kept in parallel
 * arrays (no object per candidate) until the caller reads them.
 */
export class RunMatcher {
  private nodes: Int32Array = new Int32Array(8);
  private starts: Int32Array = new Int32Array(8);
  private bestEnds: Int32Array = new Int32Array(8);
  private bestNodes: Int32Array = new Int32Array(8);
  private count = 0;
  private hitStarts: number[] = [];
  private hitEnds: number[] = [];
  private hitMetrics: string[] = [];
  private hitCount = 0;
  private prevWord = false;
  private prevSpace = true;
  private lastEnd = 0;
  /** Entry index -> the metric it stands for on this host (null: none; undefined: not yet). */
  private readonly metricOfEntry: (string | null | undefined)[];

  // The matcher's tables, as own fields: read once per cursor and character.
  private readonly terminal: Int32Array;
  private readonly needsWordEnd: Uint8Array;
  private readonly alphabetIndex: Int32Array;
  private readonly alphabetSize: number;
  private readonly edgeKeys: Int32Array;
  private readonly edgeChildren: Int32Array;
  private readonly edgeShift: number;
  private readonly soleLetter: Uint16Array;
  private readonly soleChild: Int32Array;

  constructor(
    private readonly matcher: CompiledMatcher,
    private readonly host: string | undefined,
  ) {
    this.metricOfEntry = hostMetrics(matcher, host);
    this.terminal = matcher.terminal;
    this.needsWordEnd = matcher.needsWordEnd;
    this.alphabetIndex = matcher.alphabetIndex;
    this.alphabetSize = matcher.alphabetSize;
    this.edgeKeys = matcher.edges.keys;
    this.edgeChildren = matcher.edges.children;
    this.edgeShift = matcher.edges.shift;
    this.soleLetter = matcher.soleLetter;
    this.soleChild = matcher.soleChild;
  }

  /** No term is half-way: a break here cannot change any result. */
  get idle(): boolean {
    return this.count === 0;
  }

  /** The last character seen was a letter or digit (a glued neighbour would extend the word). */
  get inWord(): boolean {
    return this.prevWord;
  }

  /**
   * Whether a word break just before this code unit could change anything while idle and in a
   * word: only if the unit can start a term (or is one the slow path handles). Lets the scanner
   * skip asking the DOM whether two text nodes are glued, for most node boundaries.
   */
  breakMatters(unit: number): boolean {
    let info = CHAR_INFO[unit]!;
    if (info === 0) info = charInfo(unit);
    if ((info & INFO_SLOW) !== 0) return true;
    return (info & INFO_SPACE) === 0 && this.matcher.rootChildren[info & 0xffff]! !== 0;
  }

  /** Whether a code unit folds to nothing or to several codes (read the slow way). */
  slowUnit(unit: number): boolean {
    let info = CHAR_INFO[unit]!;
    if (info === 0) info = charInfo(unit);
    return (info & INFO_SLOW) !== 0;
  }

  /** Hits found so far; complete (and overlaps resolved by `resolve`) once idle. */
  get hitTotal(): number {
    return this.hitCount;
  }

  hitStart(i: number): number {
    return this.hitStarts[i]!;
  }

  hitEnd(i: number): number {
    return this.hitEnds[i]!;
  }

  hitMetric(i: number): string {
    return this.hitMetrics[i]!;
  }

  /**
   * Feeds `text` from `from` to `to` (default: all of it); the character at `from` has offset
   * `base`. The scanner reads many text nodes as one string and feeds each node's slice.
   */
  feed(text: string, base: number, from = 0, to = text.length): void {
    const rootChildren = this.matcher.rootChildren;
    // Plain code units run on locals, and with no cursor alive (the common case) with no
    // branch on the kind of character: page text alternates letters, digits, spaces and
    // punctuation, and mispredicted branches cost more than the arithmetic. 0/1 flags as
    // integers.
    let prevWord = this.prevWord ? 1 : 0;
    let prevSpace = this.prevSpace ? 1 : 0;
    base -= from;
    for (let i = from; i < to; i++) {
      const unit = text.charCodeAt(i);
      const info = CHAR_INFO[unit]!;
      if ((info & (INFO_KNOWN | INFO_SLOW)) !== INFO_KNOWN) {
        this.prevWord = prevWord === 1;
        this.prevSpace = prevSpace === 1;
        this.feedUnit(unit, base + i);
        prevWord = this.prevWord ? 1 : 0;
        prevSpace = this.prevSpace ? 1 : 0;
        continue;
      }
      const space = (info >>> INFO_SPACE_BIT) & 1;
      if (this.count !== 0) {
        // Cursors alive: each takes the code; runs of white space read as one.
        if (space === 1) {
          if (prevSpace === 0) {
            this.advance(SPACE, false);
            this.lastEnd = base + i + 1;
          }
          prevWord = 0;
          prevSpace = 1;
          continue;
        }
        this.advance(info & 0xffff, (info & INFO_WORD) !== 0);
        this.lastEnd = base + i + 1;
      }
      // A term starts at a word start, or at punctuation not glued to a word ("#users").
      const startable = (prevWord | space) ^ 1;
      const child = rootChildren[info & 0xffff]! & -startable;
      prevWord = (info >>> INFO_WORD_BIT) & 1;
      prevSpace = space;
      if (child !== 0) this.spawn(child, base + i);
    }
    this.prevWord = prevWord === 1;
    this.prevSpace = prevSpace === 1;
  }

  /** One code unit the general way (a unit not seen yet, or one that folds unusually). */
  private feedUnit(unit: number, pos: number): void {
    let info = CHAR_INFO[unit]!;
    if (info === 0) info = charInfo(unit);
    if ((info & INFO_SLOW) !== 0) {
      // Units that fold to nothing or to several codes (`&`, ligatures).
      const value = foldValue(unit);
      if (value !== DROP) for (const code of EXPANSIONS[-2 - value]!) this.step(code, pos);
      return;
    }
    const code = info & 0xffff;
    if ((info & INFO_SPACE) !== 0) {
      // Runs of white space read as one.
      if (this.count !== 0 && !this.prevSpace) {
        this.advance(SPACE, false);
        this.lastEnd = pos + 1;
      }
      this.prevWord = false;
      this.prevSpace = true;
      return;
    }
    const word = (info & INFO_WORD) !== 0;
    this.prevSpace = false;
    if (this.count !== 0) {
      this.advance(code, word);
      this.lastEnd = pos + 1;
    }
    if (!this.prevWord) {
      const child = this.matcher.rootChildren[code]!;
      if (child !== 0) this.spawn(child, pos);
    }
    this.prevWord = word;
  }

  /** A separation between chunks that reads as white space (an element edge, a `<br>`). */
  softBreak(): void {
    if (this.prevSpace) return;
    if (this.count === 0) {
      this.prevSpace = true;
      this.prevWord = false;
      return;
    }
    const end = this.lastEnd;
    this.step(SPACE, end - 1);
    this.lastEnd = end;
  }

  /**
   * Whether some cursor could read on across a break (as a space) into text starting with
   * this code unit. If not, a soft break and a hard break find the same terms, so the caller
   * need not ask the DOM which of the two it is. Unusual units answer yes (ask the DOM).
   */
  continuesInto(unit: number): boolean {
    if (this.count === 0) return false;
    let info = CHAR_INFO[unit]!;
    if (info === 0) info = charInfo(unit);
    if ((info & (INFO_SLOW | INFO_SPACE)) !== 0) return true;
    const letter = this.alphabetIndex[info & 0xffff]!;
    if (letter === 0) return false;
    const space = this.alphabetIndex[SPACE]!;
    for (let k = 0; k < this.count; k++) {
      let node = this.nodes[k]!;
      // After a space already read, a soft break adds nothing: the cursor reads on directly.
      if (!this.prevSpace) {
        node = space === 0 ? 0 : this.childOf(node, space);
        if (node === 0) continue;
      }
      if (this.childOf(node, letter) !== 0) return true;
    }
    return false;
  }

  /** The child of `node` by a letter of the alphabet, or 0 (see `advance` for the hot path). */
  private childOf(node: number, letter: number): number {
    const sole = this.soleLetter[node]!;
    if (sole === letter) return this.soleChild[node]!;
    if (sole !== SEVERAL_LETTERS) return 0;
    return lookupEdge(this.matcher.edges, node * this.alphabetSize + letter);
  }

  /** The end of a run (a block boundary): nothing continues across it. */
  hardBreak(): void {
    for (let k = 0; k < this.count; k++) {
      const node = this.nodes[k]!;
      if (this.matcher.terminal[node]! !== 0 && this.allowed(node)) {
        this.bestEnds[k] = this.lastEnd;
        this.bestNodes[k] = node;
      }
      this.settle(k);
    }
    this.count = 0;
    this.prevWord = false;
    this.prevSpace = true;
  }

  /** Keeps the longest of overlapping hits; call once idle, before reading them. */
  resolve(): void {
    this.hitCount = resolveOverlaps(this.hitStarts, this.hitEnds, this.hitMetrics, this.hitCount);
  }

  /** The hits held now, as objects. */
  private hitObjects(): MatchHit[] {
    const hits: MatchHit[] = [];
    for (let i = 0; i < this.hitCount; i++) {
      hits.push({
        metricId: this.hitMetrics[i]!,
        start: this.hitStarts[i]!,
        end: this.hitEnds[i]!,
      });
    }
    return hits;
  }

  clearHits(): void {
    this.hitCount = 0;
  }

  /** Drops the (unresolved) hits that start at `start`. */
  dropHitsStartingAt(start: number): void {
    let kept = 0;
    for (let i = 0; i < this.hitCount; i++) {
      if (this.hitStarts[i] === start) continue;
      this.hitStarts[kept] = this.hitStarts[i]!;
      this.hitEnds[kept] = this.hitEnds[i]!;
      this.hitMetrics[kept] = this.hitMetrics[i]!;
      kept++;
    }
    this.hitCount = kept;
  }

  /** Whether some (unresolved) hit starts at `start`. */
  hasHitStartingAt(start: number): boolean {
    for (let i = 0; i < this.hitCount; i++) if (this.hitStarts[i] === start) return true;
    return false;
  }

  /** Resolved hits as objects (for single strings); clears them. */
  takeHits(): MatchHit[] {
    this.resolve();
    const hits = this.hitObjects();
    this.clearHits();
    return hits;
  }

  private step(code: number, pos: number): void {
    const word = isWordCode(code);
    if (code === SPACE) {
      if (this.prevSpace) return;
      this.prevSpace = true;
    } else this.prevSpace = false;
    if (this.count > 0) this.advance(code, word);
    if (!this.prevWord && code !== SPACE) {
      const child = this.matcher.rootChildren[code]!;
      if (child !== 0) this.spawn(child, pos);
    }
    this.prevWord = word;
    this.lastEnd = pos + 1;
  }

  /** Moves every cursor one code on; cursors without an edge for it settle. */
  private advance(code: number, word: boolean): void {
    const { terminal, needsWordEnd, alphabetSize, edgeKeys, edgeChildren, edgeShift } = this;
    const { soleLetter, soleChild } = this;
    const { nodes, starts, bestEnds, bestNodes } = this;
    const mask = edgeKeys.length - 1;
    const letter = this.alphabetIndex[code]!;
    const count = this.count;
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const node = nodes[k]!;
      if (terminal[node]! !== 0 && (!word || needsWordEnd[node] === 0) && this.allowed(node)) {
        bestEnds[k] = this.lastEnd;
        bestNodes[k] = node;
      }
      // The only edge, or the edge table lookup (see edge-table.ts) inlined: the hottest loop.
      const sole = soleLetter[node]!;
      let next = 0;
      if (sole === letter) next = soleChild[node]!;
      else if (sole === SEVERAL_LETTERS && letter !== 0) {
        const key = node * alphabetSize + letter;
        let slot = Math.imul(key, EDGE_HASH) >>> edgeShift;
        for (;;) {
          const found = edgeKeys[slot]!;
          if (found === key) {
            next = edgeChildren[slot]!;
            break;
          }
          if (found === 0) break;
          slot = (slot + 1) & mask;
        }
      }
      if (next === 0) {
        // Most cursors die without a term (a word that only starts like one): no call then.
        if (bestEnds[k]! >= 0) this.settle(k);
        continue;
      }
      nodes[kept] = next;
      if (kept !== k) {
        starts[kept] = starts[k]!;
        bestEnds[kept] = bestEnds[k]!;
        bestNodes[kept] = bestNodes[k]!;
      }
      kept++;
    }
    this.count = kept;
  }

  private spawn(node: number, pos: number): void {
    if (this.count === this.nodes.length) this.grow();
    const k = this.count++;
    this.nodes[k] = node;
    this.starts[k] = pos;
    this.bestEnds[k] = -1;
    this.bestNodes[k] = 0;
    this.lastEnd = pos + 1;
  }

  /** A cursor is done: its longest allowed term (if any) becomes a hit. */
  private settle(k: number): void {
    const end = this.bestEnds[k]!;
    if (end < 0) return;
    const metricId = this.metricAt(this.bestNodes[k]!);
    if (metricId !== null) this.pushHit(metricId, this.starts[k]!, end);
  }

  private pushHit(metricId: string, start: number, end: number): void {
    const i = this.hitCount++;
    this.hitStarts[i] = start;
    this.hitEnds[i] = end;
    this.hitMetrics[i] = metricId;
  }

  private allowed(node: number): boolean {
    return this.metricAt(node) !== null;
  }

  private metricAt(node: number): string | null {
    const entry = this.matcher.terminal[node]! - 1;
    let metricId = this.metricOfEntry[entry];
    if (metricId === undefined) {
      metricId = metricForHost(this.matcher.entries[entry] ?? [], this.host);
      this.metricOfEntry[entry] = metricId;
    }
    return metricId;
  }

  private grow(): void {
    const size = this.nodes.length * 2;
    const copy = (from: Int32Array): Int32Array => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.nodes = copy(this.nodes);
    this.starts = copy(this.starts);
    this.bestEnds = copy(this.bestEnds);
    this.bestNodes = copy(this.bestNodes);
  }
}

/**
 * Which metric each term entry stands for, per matcher and host, filled as entries are met:
 * shared by every RunMatcher of the pair (the scanner makes one per rescanned block).
 */
const metricsByMatcher = new WeakMap<CompiledMatcher, Map<string, (string | null | undefined)[]>>();

function hostMetrics(
  matcher: CompiledMatcher,
  host: string | undefined,
): (string | null | undefined)[] {
  let byHost = metricsByMatcher.get(matcher);
  if (byHost === undefined) {
    byHost = new Map();
    metricsByMatcher.set(matcher, byHost);
  }
  // No host is not a host name: '' never matches a site.
  const key = host ?? '';
  let metrics = byHost.get(key);
  if (metrics === undefined) {
    metrics = [];
    byHost.set(key, metrics);
  }
  return metrics;
}
