import { RunMatcher, type CompiledMatcher } from '../match';
import { blockOf, hasSkippedParent, isSkippedText } from './element-kinds';
import type { TextHit } from './types';

/** Text nodes between two checks of the clock: a clock read costs more than a node. */
const NODES_PER_CLOCK_CHECK = 128;
/**
 * Texts longer than this have their parent checked before being read character by character:
 * inline scripts and styles (JSON state blobs, CSS) are long, labels are short. Short skipped
 * texts are read like any other and their hits dropped (see isSkippedText).
 */
const LONG_TEXT = 256;

/**
 * A resumable, read-only walk over the text nodes of one root (a document body, a shadow root
 * or one block), feeding them to a RunMatcher as the runs of text a reader sees.
 *
 * Joining rules, cheapest first: while no term is half-way (the usual case) a node boundary
 * only matters as a word break, so nothing is looked up; adjacent text nodes are glued;
 * texts in different elements of the same block read as separated by a space (`<b>Bounce</b>
 * rate`, `<br>`, tspans); texts in different blocks never join.
 */
export class TextWalk {
  readonly hits: TextHit[] = [];
  private readonly walker: TreeWalker;
  private readonly run: RunMatcher;
  private last: Text | null = null;
  private runNodes: Text[] = [];
  private runStarts: number[] = [];
  private runCount = 0;
  private runLength = 0;
  private done = false;

  constructor(root: Node, matcher: CompiledMatcher, host: string) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    const start = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : root;
    this.walker = doc.createTreeWalker(start, NodeFilter.SHOW_TEXT);
    this.run = new RunMatcher(matcher, host);
  }

  /** Walks until the end (true) or until performance.now() passes `deadline` (false). */
  advance(deadline = Infinity): boolean {
    if (this.done) return true;
    const walker = this.walker;
    const run = this.run;
    const runNodes = this.runNodes;
    const runStarts = this.runStarts;
    let sinceCheck = 0;
    for (;;) {
      const node = walker.nextNode() as Text | null;
      if (node === null) break;
      const data = node.data;
      if (data.length > LONG_TEXT && hasSkippedParent(node)) {
        this.endRun();
        continue;
      }
      const last = this.last;
      if (last !== null) {
        if (run.idle) {
          // Nothing is half-way: only a word glued across the boundary could change anything.
          if (run.inWord && node.previousSibling !== last) run.softBreak();
        } else if (node.previousSibling !== last) {
          if (blockOf(node) === blockOf(last)) run.softBreak();
          else this.endRun();
        }
      }
      const index = this.runCount++;
      if (index === runNodes.length) {
        runNodes.push(node);
        runStarts.push(this.runLength);
      } else {
        runNodes[index] = node;
        runStarts[index] = this.runLength;
      }
      run.feed(data, this.runLength);
      this.runLength += data.length;
      this.last = node;
      if (run.idle) {
        if (run.hitTotal > 0) this.closeRun();
        this.runCount = 0;
        this.runLength = 0;
      }
      if (++sinceCheck === NODES_PER_CLOCK_CHECK) {
        sinceCheck = 0;
        if (performance.now() > deadline) return false;
      }
    }
    this.endRun();
    this.done = true;
    return true;
  }

  private endRun(): void {
    this.run.hardBreak();
    this.closeRun();
    this.last = null;
  }

  /** Turns the run's resolved hits into node positions, then forgets the run's nodes. */
  private closeRun(): void {
    const run = this.run;
    run.resolve();
    for (let i = 0; i < run.hitTotal; i++) {
      const startOffset = run.hitStart(i);
      const endOffset = run.hitEnd(i);
      const start = this.locate(startOffset, false);
      const end = this.locate(endOffset, true);
      const startNode = this.runNodes[start]!;
      const endNode = this.runNodes[end]!;
      if (isSkippedText(startNode) || (endNode !== startNode && isSkippedText(endNode))) continue;
      this.hits.push({
        metricId: run.hitMetric(i),
        startNode,
        startOffset: startOffset - this.runStarts[start]!,
        endNode,
        endOffset: endOffset - this.runStarts[end]!,
      });
    }
    run.clearHits();
    this.runCount = 0;
    this.runLength = 0;
  }

  /** Index of the run node holding a run offset (an end offset belongs to the node before). */
  private locate(offset: number, isEnd: boolean): number {
    let i = this.runCount - 1;
    while (i > 0 && (isEnd ? this.runStarts[i]! >= offset : this.runStarts[i]! > offset)) i--;
    return i;
  }
}
