import type { CompiledMatcher } from '../match';
import { ShadowRootSearch, type ShadowRootOpener } from './shadow-roots';
import { TextWalk } from './text-walk';
import type { TextHit } from './types';

/**
 * A whole-page scan in slices: the document's text first (so hits exist as early as
 * possible), then a search for shadow roots, then each shadow root's text. Hits are filed by
 * their block, the unit that incremental rescans replace.
 */
export class FullScan {
  readonly book = new Map<Node, TextHit[]>();
  readonly shadowRoots: ShadowRoot[] = [];
  /** Text nodes read so far, shadow roots included. */
  textNodes = 0;
  private readonly queue: Node[];
  private walk: TextWalk | null = null;
  private search: ShadowRootSearch | null = null;

  constructor(
    root: Document,
    private readonly matcher: CompiledMatcher,
    private readonly host: string,
    private readonly opener?: ShadowRootOpener,
  ) {
    this.queue = [root];
    this.search = new ShadowRootSearch(root, opener);
  }

  /** Works until done (true) or until performance.now() passes `deadline` (false). */
  advance(deadline: number): boolean {
    for (;;) {
      if (this.walk !== null) {
        const done = this.walk.advance(deadline);
        // Filed slice by slice: filing 50k hits at the end would be one long task.
        fileHits(this.book, this.walk.hits.splice(0), this.walk.hitBlocks.splice(0));
        if (!done) return false;
        this.textNodes += this.walk.nodesRead;
        this.walk = null;
        continue;
      }
      const next = this.queue.shift();
      if (next !== undefined) {
        this.walk = new TextWalk(next, this.matcher, this.host);
        continue;
      }
      if (this.search === null) return true;
      if (!this.search.advance(deadline)) return false;
      for (const shadow of this.search.found) {
        this.shadowRoots.push(shadow);
        this.queue.push(shadow);
      }
      this.search = null;
    }
  }
}

/** Files hits under the block each starts in (`blocks[i]` for `hits[i]`, from the walk). */
export function fileHits(
  book: Map<Node, TextHit[]>,
  hits: readonly TextHit[],
  blocks: readonly Node[],
): void {
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const block = blocks[i]!;
    const list = book.get(block);
    if (list === undefined) book.set(block, [hit]);
    else list.push(hit);
  }
}
