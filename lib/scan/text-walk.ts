import { RunMatcher, type CompiledMatcher } from '../match';
import { blockOf, blockOfText, hasSkippedParent, learnElementKinds } from './element-kinds';
import { readTexts } from './read-texts';
import type { TextHit } from './types';

/** Text nodes read as one string, between two checks of the clock. */
const CHUNK_NODES = 1024;
/**
 * Texts longer than this have their parent checked before being matched: inline scripts and
 * styles (JSON state blobs, CSS) are long, labels are short. Short skipped texts are read like
 * any other and their hits dropped (see blockOfText).
 */
const LONG_TEXT = 256;
/** Nodes a block rescan visits by hand before it creates a TreeWalker (see handRoot). */
const HAND_WALK_NODES = 24;
/** Stands for "no character" where one is asked about: answers as white space does. */
const SPACE = 32;

/**
 * A resumable, read-only walk over the text nodes of one root (a document body, a shadow root
 * or one block), feeding them to a RunMatcher as the runs of text a reader sees.
 *
 * Reading: the walk takes each node's length (no string is made), then the text of up to
 * CHUNK_NODES nodes as one string (see readTexts), and feeds each node's slice of it.
 *
 * Joining rules, cheapest first: while no term is half-way (the usual case) a node boundary
 * only matters as a word break before a character that can start a term, so most boundaries
 * look nothing up; adjacent text nodes are glued; texts in different elements of the same
 * block read as separated by a space (`<b>Bounce</b> rate`, `<br>`, tspans); texts in
 * different blocks never join.
 */
export class TextWalk {
  readonly hits: TextHit[] = [];
  /** The block each hit starts in (`hitBlocks[i]` for `hits[i]`), for filing. */
  readonly hitBlocks: Node[] = [];
  /** Text nodes read since the walk began (for the cost of a full scan: see HitIndex). */
  nodesRead = 0;
  private walker: TreeWalker;
  /**
   * The block a rescan walks by hand (firstChild, nextSibling) while it is small, and the next
   * node to visit there: creating a TreeWalker costs as much as reading a dozen nodes, and
   * most rescanned blocks are a cell or a card value of one to three text nodes.
   */
  private handRoot: Node | null = null;
  private handNext: Node | null = null;
  private readonly doc: Document;
  private readonly run: RunMatcher;
  private readonly chunk: Text[] = [];
  private readonly chunkEnds: number[] = [];
  private last: Text | null = null;
  private readonly runNodes: Text[] = [];
  private readonly runStarts: number[] = [];
  private runCount = 0;
  private runLength = 0;
  /**
   * The text node before the run, when the boundary into the run was read as a break without
   * asking whether the two were glued (only ever at a run's start: boundaries inside a run
   * are not idle).
   */
  private guessedAfter: Text | null = null;
  private blockKnownFor: Text | null = null;
  private knownBlock: Node | null = null;
  private done = false;

  constructor(root: Node, matcher: CompiledMatcher, host: string) {
    this.walker = textWalker(root);
    this.doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    this.run = new RunMatcher(matcher, host);
  }

  /**
   * Starts over on another root of the same document, keeping the matcher and buffers (for
   * block rescans).
   */
  restart(root: Node): void {
    if (root.nodeType === 9) {
      this.handRoot = null;
      this.walker = textWalker(root);
    } else {
      this.handRoot = root;
      this.handNext = root.firstChild;
    }
    this.hits.length = 0;
    this.hitBlocks.length = 0;
    this.nodesRead = 0;
    this.last = null;
    this.runCount = 0;
    this.runLength = 0;
    this.guessedAfter = null;
    this.blockKnownFor = null;
    this.done = false;
  }

  /** Walks until the end (true) or until performance.now() passes `deadline` (false). */
  advance(deadline = Infinity): boolean {
    if (this.done) return true;
    this.blockKnownFor = null;
    for (;;) {
      const count = this.collect();
      this.nodesRead += count;
      if (count === 0) break;
      this.feedChunk(readTexts(this.chunk, this.chunkEnds, count), count);
      if (count < CHUNK_NODES) break;
      if (performance.now() > deadline) return false;
    }
    this.endRun();
    this.done = true;
    this.chunk.length = 0;
    return true;
  }

  /** Takes up to CHUNK_NODES next text nodes and the end offset of each in their joint text. */
  private collect(): number {
    const chunk = this.chunk;
    const ends = this.chunkEnds;
    let count = 0;
    let length = 0;
    const root = this.handRoot;
    if (root !== null) {
      // By hand while the block is small (HAND_WALK_NODES < CHUNK_NODES: one call ends it).
      let node = this.handNext;
      let visited: Node = root;
      for (let visits = 0; node !== null && visits < HAND_WALK_NODES; visits++) {
        const type = node.nodeType;
        if (type === 3) {
          length += (node as Text).length;
          chunk[count] = node as Text;
          ends[count] = length;
          count++;
        }
        visited = node;
        node = nextInTree(node, type, root);
      }
      this.handNext = node;
      if (node === null) return count;
      // A big block: a TreeWalker from the last node visited (it yields the ones after it).
      this.handRoot = null;
      this.walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      this.walker.currentNode = visited;
    }
    const walker = this.walker;
    while (count < CHUNK_NODES) {
      const node = walker.nextNode() as Text | null;
      if (node === null) break;
      length += node.length;
      chunk[count] = node;
      ends[count] = length;
      count++;
    }
    return count;
  }

  private feedChunk(text: string, count: number): void {
    const run = this.run;
    const chunk = this.chunk;
    const ends = this.chunkEnds;
    const runNodes = this.runNodes;
    const runStarts = this.runStarts;
    let start = 0;
    for (let k = 0; k < count; k++) {
      const node = chunk[k]!;
      const end = ends[k]!;
      const length = end - start;
      if (length > LONG_TEXT && hasSkippedParent(node)) {
        this.endRun();
        start = end;
        continue;
      }
      const last = this.last;
      if (last !== null) this.nodeBoundary(node, last, text, start, length);
      const index = this.runCount++;
      runNodes[index] = node;
      runStarts[index] = this.runLength;
      run.feed(text, this.runLength, start, end);
      this.runLength += length;
      this.last = node;
      if (run.idle) {
        if (run.hitTotal > 0) this.closeRun();
        else this.guessedAfter = null;
        this.runCount = 0;
        this.runLength = 0;
      }
      start = end;
    }
  }

  /**
   * What lies between the last text node and this one: nothing (adjacent text nodes are
   * glued), a space (another element of the same block) or the end of the run (another block).
   */
  private nodeBoundary(node: Text, last: Text, text: string, start: number, length: number): void {
    const run = this.run;
    if (run.idle) {
      // Only a word glued across the boundary could change anything, and only if the next
      // character can start a term. Glued text nodes are rare: read it as a break now and
      // ask the DOM only if a hit starts right here (see closeRun).
      if (!run.inWord) return;
      const first = length === 0 ? -1 : text.charCodeAt(start);
      if (first >= 0 && !run.breakMatters(first)) return;
      if (first >= 0 && !run.slowUnit(first)) {
        run.softBreak();
        this.guessedAfter = last;
      } else if (node.previousSibling !== last) run.softBreak();
      return;
    }
    if (node.previousSibling === last) return;
    // Which kind of break only matters if some term could read on into this node.
    const first = length === 0 ? SPACE : text.charCodeAt(start);
    if (!run.continuesInto(first) || this.sameBlock(node, last)) run.softBreak();
    else this.endRun();
  }

  /** Whether two text nodes have the same block (the last answer's node is remembered). */
  private sameBlock(node: Text, last: Text): boolean {
    const lastBlock = this.blockKnownFor === last ? this.knownBlock : blockOf(last);
    const block = blockOf(node);
    this.blockKnownFor = node;
    this.knownBlock = block;
    return block === lastBlock;
  }

  private endRun(): void {
    this.run.hardBreak();
    this.closeRun();
    this.last = null;
  }

  /** Turns the run's resolved hits into node positions, then forgets the run's nodes. */
  private closeRun(): void {
    const run = this.run;
    this.checkGuess();
    run.resolve();
    for (let i = 0; i < run.hitTotal; i++) {
      const startOffset = run.hitStart(i);
      const endOffset = run.hitEnd(i);
      const start = this.locate(startOffset, false);
      const end = this.locate(endOffset, true);
      const startNode = this.runNodes[start]!;
      const endNode = this.runNodes[end]!;
      const block = blockOfText(startNode);
      if (block === null || (endNode !== startNode && blockOfText(endNode) === null)) continue;
      this.hits.push({
        metricId: run.hitMetric(i),
        startNode,
        startOffset: startOffset - this.runStarts[start]!,
        endNode,
        endOffset: endOffset - this.runStarts[end]!,
      });
      this.hitBlocks.push(block);
    }
    run.clearHits();
    this.runCount = 0;
    this.runLength = 0;
  }

  /** Drops a hit that started the run at a boundary read as a break where nodes were glued. */
  private checkGuess(): void {
    const before = this.guessedAfter;
    if (before === null) return;
    this.guessedAfter = null;
    if (this.run.hasHitStartingAt(0) && this.runNodes[0]!.previousSibling === before)
      this.run.dropHitsStartingAt(0);
  }

  /** Index of the run node holding a run offset (an end offset belongs to the node before). */
  private locate(offset: number, isEnd: boolean): number {
    let i = this.runCount - 1;
    while (i > 0 && (isEnd ? this.runStarts[i]! >= offset : this.runStarts[i]! > offset)) i--;
    return i;
  }
}

/**
 * The node after `node` in document order inside `root` (null past its end), by DOM links;
 * `type` is the node's nodeType, already read. Like a TreeWalker, this enters every element
 * and never a shadow root or a template's contents (neither is a child).
 */
function nextInTree(node: Node, type: number, root: Node): Node | null {
  if (type === 1) {
    const child = node.firstChild;
    if (child !== null) return child;
  }
  for (let at = node; at !== root;) {
    const sibling = at.nextSibling;
    if (sibling !== null) return sibling;
    const parent = at.parentNode;
    if (parent === null) return null;
    at = parent;
  }
  return null;
}

function textWalker(root: Node): TreeWalker {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const start = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : root;
  learnElementKinds(doc);
  return doc.createTreeWalker(start, NodeFilter.SHOW_TEXT);
}
