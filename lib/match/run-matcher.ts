import { lookupEdge } from './edge-table';
import {
  CHAR_INFO,
  DROP,
  EXPANSIONS,
  INFO_SLOW,
  INFO_SPACE,
  INFO_WORD,
  SPACE,
  charInfo,
  foldValue,
  isWordCode,
} from './fold-char';
import { metricForHost } from './metric-for-host';
import { resolveOverlaps } from './resolve-overlaps';
import type { CompiledMatcher, MatchHit } from './types';

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
  private readonly metricCache = new Map<number, string | null>();

  constructor(
    private readonly matcher: CompiledMatcher,
    private readonly host: string | undefined,
  ) {}

  /** No term is half-way: a break here cannot change any result. */
  get idle(): boolean {
    return this.count === 0;
  }

  /** The last character seen was a letter or digit (a glued neighbour would extend the word). */
  get inWord(): boolean {
    return this.prevWord;
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

  /** Feeds a chunk of original text whose first character has offset `base`. */
  feed(text: string, base: number): void {
    const rootChildren = this.matcher.rootChildren;
    // The common case, no term half-way, runs on locals: one table read per character and
    // one trie read per word start.
    let prevWord = this.prevWord;
    let prevSpace = this.prevSpace;
    for (let i = 0; i < text.length; i++) {
      let info = CHAR_INFO[text.charCodeAt(i)]!;
      if (info === 0) info = charInfo(text.charCodeAt(i));
      if (this.count === 0 && (info & INFO_SLOW) === 0) {
        if ((info & INFO_WORD) !== 0) {
          if (!prevWord) {
            prevWord = true;
            const child = rootChildren[info & 0xffff]!;
            if (child !== 0) this.spawn(child, base + i);
          }
          prevSpace = false;
        } else if ((info & INFO_SPACE) !== 0) {
          prevWord = false;
          prevSpace = true;
        } else {
          // Punctuation can start a term too ("#users", "% new sessions").
          const child = prevWord ? 0 : rootChildren[info & 0xffff]!;
          prevWord = false;
          prevSpace = false;
          if (child !== 0) this.spawn(child, base + i);
        }
        continue;
      }
      this.prevWord = prevWord;
      this.prevSpace = prevSpace;
      const value = foldValue(text.charCodeAt(i));
      if (value > 0) this.step(value - 1, base + i);
      else if (value !== DROP)
        for (const code of EXPANSIONS[-2 - value]!) this.step(code, base + i);
      prevWord = this.prevWord;
      prevSpace = this.prevSpace;
    }
    this.prevWord = prevWord;
    this.prevSpace = prevSpace;
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
    if (this.hitCount < 2) return;
    const hits: MatchHit[] = [];
    for (let i = 0; i < this.hitCount; i++) {
      hits.push({
        metricId: this.hitMetrics[i]!,
        start: this.hitStarts[i]!,
        end: this.hitEnds[i]!,
      });
    }
    this.clearHits();
    for (const hit of resolveOverlaps(hits)) this.pushHit(hit.metricId, hit.start, hit.end);
  }

  clearHits(): void {
    this.hitCount = 0;
  }

  /** Resolved hits as objects (for single strings); clears them. */
  takeHits(): MatchHit[] {
    this.resolve();
    const hits: MatchHit[] = [];
    for (let i = 0; i < this.hitCount; i++) {
      hits.push({
        metricId: this.hitMetrics[i]!,
        start: this.hitStarts[i]!,
        end: this.hitEnds[i]!,
      });
    }
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

  private advance(code: number, word: boolean): void {
    const { terminal, needsWordEnd, alphabetIndex, alphabetSize, edges } = this.matcher;
    const letter = alphabetIndex[code]!;
    let kept = 0;
    for (let k = 0; k < this.count; k++) {
      const node = this.nodes[k]!;
      if (terminal[node]! !== 0 && (!word || needsWordEnd[node] === 0) && this.allowed(node)) {
        this.bestEnds[k] = this.lastEnd;
        this.bestNodes[k] = node;
      }
      const next = letter === 0 ? 0 : lookupEdge(edges, node * alphabetSize + letter);
      if (next === 0) {
        this.settle(k);
        continue;
      }
      this.nodes[kept] = next;
      this.starts[kept] = this.starts[k]!;
      this.bestEnds[kept] = this.bestEnds[k]!;
      this.bestNodes[kept] = this.bestNodes[k]!;
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
    let metricId = this.metricCache.get(node);
    if (metricId === undefined) {
      const entries = this.matcher.entries[this.matcher.terminal[node]! - 1] ?? [];
      metricId = metricForHost(entries, this.host);
      this.metricCache.set(node, metricId);
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
