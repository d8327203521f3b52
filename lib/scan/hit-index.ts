import type { CompiledMatcher } from '../match';
import { collectDirtyBlocks, isInSkippedSubtree, outermostBlocks } from './dirty-blocks';
import { FullScan, fileHits } from './full-scan';
import { findShadowRoots, type ShadowRootOpener } from './shadow-roots';
import { sameHits } from './same-hits';
import { TextWalk } from './text-walk';
import type { TextHit } from './types';

/** Above this many dirty blocks in one batch, one full rescan is cheaper than block rescans. */
const HUGE_BATCH_BLOCKS = 2000;
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
  private pendingRecords: MutationRecord[][] = [];
  private readonly dirty = new Set<Node>();
  private readonly dirtyWithNewElements = new Set<Node>();
  private removals = false;
  private changed = false;
  private readonly knownShadowRoots = new Set<ShadowRoot>();

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
    this.requestFullScan();
  }

  /** Starts a full scan, or queues one after the scan under way. */
  requestFullScan(): void {
    if (this.full === null)
      this.full = new FullScan(this.doc, this.matcher, this.host, this.opener);
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
    while (this.pendingRecords.length > 0) {
      const batch = this.pendingRecords[0]!;
      const records = batch.splice(0, RECORDS_PER_CHECK);
      if (batch.length === 0) this.pendingRecords.shift();
      if (collectDirtyBlocks(records, this.dirty, this.dirtyWithNewElements)) this.removals = true;
      const { body, documentElement } = this.doc;
      if (
        this.dirty.size > HUGE_BATCH_BLOCKS ||
        this.dirty.has(body) ||
        this.dirty.has(documentElement)
      ) {
        this.requestFullScan();
      }
      if (performance.now() > deadline) return false;
    }
    if (this.full !== null) {
      if (!this.full.advance(deadline)) return false;
      this.finishFullScan(this.full);
      if (performance.now() > deadline) return false;
    }
    if (this.removals) this.pruneRemoved();
    const outer = new Set(outermostBlocks(this.dirty));
    // Blocks nested in a dirty one are covered by its rescan; their old hits go first so that
    // a nested block that lost all its hits does not keep them.
    for (const block of this.dirty) {
      if (outer.has(block)) continue;
      if (this.book.delete(block)) this.changed = true;
      // New elements inside a nested block are inside the outer one too.
      if (this.dirtyWithNewElements.delete(block))
        this.dirtyWithNewElements.add(outerOf(block, outer));
    }
    this.dirty.clear();
    for (const block of outer) this.dirty.add(block);
    for (const block of outer) {
      this.dirty.delete(block);
      this.rescanBlock(block);
      if (performance.now() > deadline) break;
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
    for (const list of this.book.values()) for (const hit of list) all.push(hit);
    return all;
  }

  private finishFullScan(scan: FullScan): void {
    const before = this.hits();
    this.book = scan.book;
    for (const root of scan.shadowRoots) this.addShadowRoot(root);
    this.changed ||= !sameHits(before, this.hits()) || before.length === 0;
    this.full = null;
    this.removals = false;
    if (this.fullAgain) {
      this.fullAgain = false;
      this.full = new FullScan(this.doc, this.matcher, this.host, this.opener);
    }
  }

  private rescanBlock(block: Node): void {
    const before = this.book.get(block);
    this.book.delete(block);
    if (!block.isConnected || isInSkippedSubtree(block)) {
      if (before !== undefined) this.changed = true;
      return;
    }
    const walk = new TextWalk(block, this.matcher, this.host);
    walk.advance();
    const found = new Map<Node, TextHit[]>();
    fileHits(found, walk.hits);
    const mayHostShadow = this.dirtyWithNewElements.delete(block);
    for (const root of mayHostShadow ? findShadowRoots(block, this.opener) : []) {
      if (this.knownShadowRoots.has(root)) continue;
      this.addShadowRoot(root);
      const inner = new TextWalk(root, this.matcher, this.host);
      inner.advance();
      fileHits(found, inner.hits);
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

/** The dirty block that contains a nested one. */
function outerOf(block: Node, outer: ReadonlySet<Node>): Node {
  for (let n = block.parentNode; n !== null; n = n.parentNode) if (outer.has(n)) return n;
  return block;
}
