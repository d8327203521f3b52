import type { CompiledMatcher } from '../lib/match';
import { HitIndex, startPageScanner } from '../lib/scan';
import { openNoShadowRoot } from './contenders/ours';
import { median } from './median';

const HOST = 'bench.example';

/** Every text node under body, in document order. */
function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/**
 * Full scan vs incremental rescan after `fraction` of the text nodes are replaced (as a
 * framework re-rendering cells does): the records the page's batch produced are handed to the
 * scanner's index, which rescans only the blocks they touch. The batches run one after another,
 * as in a page's storm of updates (the index keeps what it knows of ancestors between text-only
 * batches; a full scan in between would drop it).
 */
export function measureIncremental(
  doc: Document,
  matcher: CompiledMatcher,
  fraction: number,
  reps: number,
): { fullMs: number; incrementalMs: number; changed: number } {
  const index = new HitIndex(doc, matcher, HOST, openNoShadowRoot);
  const fullScan = (): number => {
    const start = performance.now();
    index.requestFullScan();
    index.work(Infinity);
    return performance.now() - start;
  };
  fullScan(); // warm-up: the first scan runs cold
  const full: number[] = [];
  for (let i = 0; i < reps; i++) full.push(fullScan());
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  const incremental: number[] = [];
  const nodes = textNodes(doc);
  const texts = nodes.map((node) => node.data);
  const step = Math.round(1 / fraction);
  let changed = 0;
  for (let i = 0; i < reps; i++) {
    changed = 0;
    // Batches in pairs on the same nodes: a name written in, then the page's own text back, so
    // the page (and the full scan's hits) stays the same size from rep to rep.
    const writeName = i % 2 === 0;
    for (let n = (Math.floor(i / 2) * 7) % step; n < nodes.length; n += step) {
      const old = nodes[n]!;
      const replacement = doc.createTextNode(writeName ? 'Sessions' : texts[n]!);
      old.parentNode?.replaceChild(replacement, old);
      nodes[n] = replacement;
      changed++;
    }
    const records = observer.takeRecords();
    const start = performance.now();
    index.noteMutations(records);
    index.work(Infinity);
    incremental.push(performance.now() - start);
  }
  observer.disconnect();
  return { fullMs: median(full), incrementalMs: median(incremental), changed };
}

type PostTask = (callback: () => void, options?: object) => Promise<unknown>;

/**
 * Times every task the scanner runs: its slices (through scheduler.postTask) and its
 * MutationObserver callbacks, by wrapping both for the duration of the run. Returns a restore
 * function. The page's own work (the mutations, style and layout) is not counted.
 */
function timeScannerTasks(onTask: (ms: number) => void): () => void {
  const view = window as unknown as {
    scheduler: { postTask: PostTask };
    MutationObserver: typeof MutationObserver;
  };
  const postTask = view.scheduler.postTask;
  const Observer = view.MutationObserver;
  const timed =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      const start = performance.now();
      try {
        fn(...args);
      } finally {
        onTask(performance.now() - start);
      }
    };
  view.scheduler.postTask = (callback, options) =>
    postTask.call(view.scheduler, timed(callback), options);
  view.MutationObserver = class extends Observer {
    constructor(callback: MutationCallback) {
      super(timed(callback));
    }
  };
  return () => {
    view.scheduler.postTask = postTask;
    view.MutationObserver = Observer;
  };
}

/**
 * The longest task the page scanner runs on a page: its first scan, then a storm of 20
 * mutation batches each replacing 2% of the text (so some batches trigger a full rescan).
 */
export async function measureLongestTask(
  doc: Document,
  matcher: CompiledMatcher,
): Promise<{ longestTaskMs: number; firstScanMs: number; hits: number; tasks: number }> {
  let longest = 0;
  let tasks = 0;
  const restore = timeScannerTasks((ms) => {
    longest = Math.max(longest, ms);
    tasks++;
  });
  const controller = new AbortController();
  const start = performance.now();
  let hits = 0;
  let lastHitsAt = start;
  let settled: () => void = () => undefined;
  startPageScanner(doc, {
    matcher,
    host: HOST,
    openShadowRoot: openNoShadowRoot,
    signal: controller.signal,
    onHits: (list) => {
      hits = list.length;
      lastHitsAt = performance.now();
      settled();
    },
  });
  // The first slice runs in a microtask of this task (not through postTask): timed here.
  await null;
  const firstSlice = performance.now() - start;
  longest = Math.max(longest, firstSlice);
  tasks++;
  // The first scan shows its hits slice by slice: it is done when they stop coming.
  await new Promise<void>((resolve) => {
    const check = () => (performance.now() - lastHitsAt > 300 ? resolve() : setTimeout(check, 50));
    check();
  });
  const firstScanMs = lastHitsAt - start;
  const nodes = textNodes(doc);
  for (let batch = 0; batch < 20; batch++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (let n = batch; n < nodes.length; n += 50) {
      const old = nodes[n]!;
      const replacement = doc.createTextNode(batch % 2 === 0 ? 'Bounce rate' : old.data);
      old.parentNode?.replaceChild(replacement, old);
      nodes[n] = replacement;
    }
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 3000);
    settled = () => {
      clearTimeout(timer);
      setTimeout(resolve, 500);
    };
  });
  controller.abort();
  restore();
  return { longestTaskMs: longest, firstScanMs, hits, tasks };
}
