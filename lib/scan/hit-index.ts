import type { CompiledMatcher } from '../match';
import { collectDirtyBlocks, EDITORS_CHANGED, REMOVED_ELEMENTS } from './dirty-blocks';
import { FullScan, fileHits } from './full-scan';
import { findShadowRoots, type ShadowRootOpener } from './shadow-roots';
import { sameHits } from './same-hits';
import { TextWalk } from './text-walk';
import type { TextHit } from './types';

/**
 * A batch dirtying more blocks than this share of the page's text nodes (and at least
 * HUGE_BATCH_MIN) is met with one full rescan. Measured on the 200k bench page (1,000 names),
 * block rescans of 4,000 replaced texts take 33 ms, of 10,000 105 ms, and a full rescan
 * 100-170 ms (it also makes all 53k hits anew): the two meet near 1/20 of the text nodes. A
 * fixed 2,000 blocks sent a 2% batch of a 200k page to a full rescan.
 */
const HUGE_BATCH_SHARE = 1 / 20;
const HUGE_BATCH_MIN = 2000;

/** Whether so many dirty blocks are cheaper to meet with one full rescan (see above). */
export function isHugeBatch(dirtyBlocks: number, pageTextNodes: number): boolean {
  return dirtyBlocks > Math.max(HUGE_BATCH_MIN, pageTextNodes * HUGE_BATCH_SHARE);
}
/** Blocks rescanned between two checks of the clock. */
const BLOCKS_PER_CHECK = 8;
/** Mutation records read between two checks of the clock. */
const RECORDS_PER_CHECK = 500;

/**
 * The page's current hits, filed by block, kept current by rescanning only the blocks that
 * mutation batches touch. Node identity is never trusted across batches: a recycled row of
 * a virtual grid is a dirty block like any other and its hits are rebuilt from its text.
 */
export class HitIndex {
  /** Called for every shadow root found, so the caller can observe it. */
  onShadowRoot: (root: ShadowRoot) => void = () => undefined;
  private book = new Map<Node, TextHit[]>();
  private full: FullScan | null = null;
  private fullAgain = false;
  /**
   * The full scan under way started from an empty page (the first scan): the hits of its first
   * slices (the top of the page, the first screen) are shown as soon as there are some, the
   * rest when it ends. Once only: every list makes the overlay redo its work for all hits.
   * A later full scan (a registry edit) swaps its book in at the end: nothing shown disappears
   * meanwhile.
   */
  private showPartial = false;
  private partialShown = false;
  private pendingRecords: MutationRecord[][] = [];
  private readonly dirty = new Set<Node>();
  private readonly dirtyWithNewElements = new Set<Node>();
  private removals = false;
  private changed = false;
  private readonly knownShadowRoots = new Set<ShadowRoot>();
  /** One walk for all block rescans (its matcher run and buffers are reused). */
  private blockWalk: TextWalk | null = null;
  /** Text nodes the last full scan read (0 before the first ends). */
  private pageTextNodes = 0;

  constructor(
    private readonly doc: Document,
    private matcher: CompiledMatcher,
    private readonly host: string,
    private readonly opener?: ShadowRootOpener,
  ) {}

  get shadowRoots(): Iterable<ShadowRoot> {
    return this.knownShadowRoots;
  }

  setMatcher(matcher: CompiledMatcher): void {
    this.matcher = matcher;
    this.blockWalk = null;
    this.requestFullScan();
  }

  /** Starts a full scan, or queues one after the scan under way. */
  requestFullScan(): void {
    if (this.full === null) this.startFullScan();
    else this.fullAgain = true;
    this.pendingRecords = [];
    this.dirty.clear();
    this.dirtyWithNewElements.clear();
  }

  /**
   * Queues a batch of mutation records; true when there is work. The observer callback runs
   * inside the page's own task, so it only keeps the records: reading them is sliced work.
   */
  noteMutations(records: MutationRecord[]): boolean {
    if (records.length > 0) this.pendingRecords.push(records);
    return true;
  }

  /** Does queued work until `deadline`; true when none is left. */
  work(deadline: number): boolean {
    const htmlElement = this.doc.documentElement;
    while (this.pendingRecords.length > 0) {
      const batch = this.pendingRecords[0]!;
      const records = batch.splice(0, RECORDS_PER_CHECK);
      if (batch.length === 0) this.pendingRecords.shift();
      const found = collectDirtyBlocks(records, this.dirty, this.dirtyWithNewElements, htmlElement);
      if ((found & REMOVED_ELEMENTS) !== 0) this.removals = true;
      const { body, documentElement } = this.doc;
      if (
        (found & EDITORS_CHANGED) !== 0 ||
        isHugeBatch(this.dirty.size, this.pageTextNodes) ||
        this.dirty.has(body) ||
        this.dirty.has(documentElement)
      ) {
        this.requestFullScan();
      }
      if (performance.now() > deadline) return false;
    }
    if (this.full !== null) {
      if (!this.full.advance(deadline)) {
        if (this.showPartial && !this.partialShown && this.full.book.size > 0) {
          this.partialShown = true;
          this.changed = true;
        }
        return false;
      }
      this.finishFullScan(this.full);
      if (performance.now() > deadline) return false;
    }
    if (this.removals) this.pruneRemoved();
    // Blocks nested in another dirty block are rescanned too (proving that a block is not
    // nested costs a walk to the root): the outer rescan files the same hits for them, and
    // a nested block's own rescan drops hits it no longer has. Nesting is rare (a batch that
    // touches a table and its cells); the common batch is many small sibling blocks.
    let sinceCheck = 0;
    for (const block of this.dirty) {
      this.dirty.delete(block);
      this.rescanBlock(block);
      // A small block takes a few microseconds: the clock is read every few blocks.
      if (++sinceCheck === BLOCKS_PER_CHECK) {
        sinceCheck = 0;
        if (performance.now() > deadline) break;
      }
    }
    return this.full === null && this.dirty.size === 0 && this.pendingRecords.length === 0;
  }

  /** Whether the hit list changed since the last call. */
  takeChanged(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  /** The full current hit list. */
  hits(): TextHit[] {
    const all: TextHit[] = [];
    const book = this.full !== null && this.showPartial ? this.full.book : this.book;
    for (const list of book.values()) for (const hit of list) all.push(hit);
    return all;
  }

  private finishFullScan(scan: FullScan): void {
    const before = this.book;
    this.book = scan.book;
    this.pageTextNodes = scan.textNodes;
    for (const root of scan.shadowRoots) this.addShadowRoot(root);
    // Compared block by block: no flat copies of every hit (53k on a 200k page) in this task.
    this.changed ||= before.size === 0 || !sameBooks(before, this.book);
    this.full = null;
    this.removals = false;
    if (this.fullAgain) {
      this.fullAgain = false;
      this.startFullScan();
    }
  }

  private startFullScan(): void {
    this.full = new FullScan(this.doc, this.matcher, this.host, this.opener);
    this.showPartial = this.book.size === 0;
    this.partialShown = false;
  }

  private rescanBlock(block: Node): void {
    const before = this.book.get(block);
    let walk = this.blockWalk;
    if (walk === null) {
      walk = new TextWalk(block, this.matcher, this.host);
      this.blockWalk = walk;
    } else walk.restart(block);
    walk.advance();
    const hasHits = walk.hits.length > 0;
    const mayHostShadow = this.dirtyWithNewElements.delete(block);
    if (!hasHits && !mayHostShadow) {
      if (before !== undefined) {
        this.book.delete(block);
        this.changed = true;
      }
      return;
    }
    // A detached block has no hits. Skipped text (a skipped parent, an editor) was dropped
    // hit by hit, as a full scan drops it: both count the same text.
    const counts = block.isConnected;
    if (!mayHostShadow && (!counts || allIn(walk.hitBlocks, block))) {
      // The usual case: every hit in the block itself (no nested block, no shadow root).
      if (!counts) {
        if (before !== undefined) {
          this.book.delete(block);
          this.changed = true;
        }
      } else {
        // Deleted and set again, as every rescan does: a rescanned block's hits move to the
        // end of the list (the order consumers see).
        if (before !== undefined) this.book.delete(block);
        if (before === undefined || !sameHits(before, walk.hits)) {
          this.book.set(block, walk.hits.slice());
          this.changed = true;
        } else this.book.set(block, before);
      }
      return;
    }
    this.book.delete(block);
    const found = new Map<Node, TextHit[]>();
    if (counts && hasHits) fileHits(found, walk.hits, walk.hitBlocks);
    for (const root of counts && mayHostShadow ? findShadowRoots(block, this.opener) : []) {
      if (this.knownShadowRoots.has(root)) continue;
      this.addShadowRoot(root);
      const inner = new TextWalk(root, this.matcher, this.host);
      inner.advance();
      fileHits(found, inner.hits, inner.hitBlocks);
    }
    if (!sameHits(before ?? [], found.get(block) ?? [])) this.changed = true;
    for (const [key, list] of found) {
      if (key !== block) this.changed ||= !sameHits(this.book.get(key) ?? [], list);
      this.book.set(key, list);
    }
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.knownShadowRoots.has(root)) return;
    this.knownShadowRoots.add(root);
    this.onShadowRoot(root);
  }

  private pruneRemoved(): void {
    this.removals = false;
    for (const key of this.book.keys()) {
      if (!key.isConnected) {
        this.book.delete(key);
        this.changed = true;
      }
    }
    for (const root of this.knownShadowRoots) {
      if (!root.host.isConnected) this.knownShadowRoots.delete(root);
    }
  }
}

/** Whether every hit was filed under this block. */
function allIn(blocks: readonly Node[], block: Node): boolean {
  for (let i = 0; i < blocks.length; i++) if (blocks[i] !== block) return false;
  return true;
}

/** Whether two books file the same hits under the same blocks, in the same order. */
function sameBooks(a: ReadonlyMap<Node, TextHit[]>, b: ReadonlyMap<Node, TextHit[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [block, list] of b) {
    const other = a.get(block);
    if (other === undefined || !sameHits(other, list)) return false;
  }
  return true;
}
