/**
 * The overlay's benchmark, in-page half (issue 4): bundled by bench/overlay-run.ts into the
 * generated dashboards of issue 3 (bench/dashboard-page.ts) and driven through
 * `window.kpiOverlayBench`. The scanner and overlay run in the page's world here, without the
 * extension's messaging: what is timed is the drawing, not the transport.
 */
import {
  compileMatcher,
  matchTerms,
  packMatcher,
  unpackMatcher,
  type PackedMatcher,
} from '../lib/match';
import { createOverlay, type Overlay, type PassStats } from '../lib/overlay/create-overlay';
import { metricSchema, type Metric } from '../lib/registry/schema';
import { startPageScanner, type TextHit } from '../lib/scan';
import { benchRegistry } from './bench-registry';
import { buildDashboard } from './dashboard-page';

declare const OVERLAY_CSS: string;

const HOST = 'bench.example';
const ROLES = ['kpi', 'supporting', 'diagnostic', 'metric'] as const;

function benchMetrics(names: number): Metric[] {
  const registry = benchRegistry(names);
  return registry.map((m, i) =>
    metricSchema.parse({
      ...m,
      role: ROLES[i % ROLES.length],
      owner: i % 3 === 0 ? 'Dana' : undefined,
      target:
        i % 2 === 0 ? { op: '>=', value: 20 + (i % 30), unit: '%', by: '2027-06-30' } : undefined,
      supports: i % 4 === 1 ? registry[0]?.id : undefined,
    }),
  );
}

/** The snapshot message's JSON: the metrics, and their names as the background compiled them. */
function snapshotMessage(names: number): string {
  const metrics = benchMetrics(names);
  return JSON.stringify({ metrics, matcher: packMatcher(compileMatcher(matchTerms(metrics))) });
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));
/** Waits until neither the scanner nor the overlay has done anything for ten frames. */
async function settled(): Promise<void> {
  let quiet = 0;
  let seen = [hits, passes.length] as const;
  while (quiet < 10) {
    await nextFrame();
    const now = [hits, passes.length] as const;
    quiet = now[0] === seen[0] && now[1] === seen[1] ? quiet + 1 : 0;
    seen = now;
  }
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

let overlay: Overlay | null = null;
let controller: AbortController | null = null;
let hits: readonly TextHit[] = [];
const passes: PassStats[] = [];
let firstScreenAt = 0;
/** When each pass ended (`passTimes[i]` for `passes[i]`). */
const passTimes: number[] = [];

/**
 * Starts scanner and overlay, as the content script does once the registry has arrived: the
 * snapshot comes as the JSON a runtime message carries, its names compiled and packed by the
 * background (made here beforehand, outside the timed stretch), and is unpacked.
 */
const marks: Record<string, number> = {};
function start(withOverlay: boolean, message: string): void {
  marks.start = performance.now();
  controller = new AbortController();
  const { metrics, matcher: packed } = JSON.parse(message) as {
    metrics: Metric[];
    matcher: PackedMatcher;
  };
  overlay = createOverlay({
    doc: document,
    signal: controller.signal,
    cssText: OVERLAY_CSS,
    onEdit: () => undefined,
    onPass: (stats) => {
      marks.firstPass ??= performance.now();
      passes.push(stats);
      passTimes.push(performance.now());
      if (firstScreenAt === 0 && stats.badges > 0) firstScreenAt = performance.now();
    },
  });
  overlay.setRegistry({ metrics, objectives: [] });
  if (!withOverlay) {
    controller.abort();
    controller = new AbortController();
  }
  marks.registry = performance.now();
  const matcher = unpackMatcher(packed)!;
  marks.matcher = performance.now();
  startPageScanner(document, {
    matcher,
    host: HOST,
    signal: controller.signal,
    onHits: (next) => {
      marks.firstHits ??= performance.now();
      hits = next;
      if (withOverlay) overlay!.setHits(next);
    },
  });
}

/**
 * The page's own update of 1% of its text nodes, as a framework re-rendering cells does, and
 * the layout it forces: timed synchronously, which is where kept Ranges and highlights tax a
 * page (the browser updates them on every change). The scanner and overlay then react in
 * their own tasks; a few frames pass before the next round.
 */
async function pageUpdate(round: number): Promise<number> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) nodes.push(n as Text);
  const start = performance.now();
  for (let i = round % 100; i < nodes.length; i += 100) {
    const old = nodes[i]!;
    old.parentNode?.replaceChild(document.createTextNode(old.data), old);
  }
  document.body.getBoundingClientRect();
  const ms = performance.now() - start;
  for (let i = 0; i < 5; i++) await nextFrame();
  return ms;
}

const kpiOverlayBench = {
  build: (textNodes: number) => {
    buildDashboard(document, textNodes);
  },
  /**
   * Starts scanner and overlay when DOMContentLoaded fires, as the content script does
   * (`document_end` runs right after the page's DOMContentLoaded listeners). Called while the
   * page parses; `firstScreen` then reads the result.
   */
  startAtDomContentLoaded(names: number) {
    const message = snapshotMessage(names);
    document.addEventListener('DOMContentLoaded', () => start(true, message), {
      once: true,
    });
  },
  /** Milliseconds from DOMContentLoaded to the first pass that drew badges (the page is built during parsing). */
  async firstScreen() {
    const dcl = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    while (firstScreenAt === 0) await nextFrame();
    await settled();
    // Complete: the first pass from which the screen's badges stay as they end up (hits come
    // slice by slice, so the first badges drawn may be only part of the screen's).
    const final = passes.at(-1)!.badges;
    let complete = passes.length - 1;
    while (complete > 0 && passes[complete - 1]!.badges === final) complete--;
    const from = (t: number) => t - dcl.domContentLoadedEventStart;
    const at = (mark: string) => from(marks[mark] ?? firstScreenAt);
    return {
      ms: from(passTimes[complete]!),
      hits: hits.length,
      badges: final,
      // Where the time went, from DOMContentLoaded: started, registry in, matcher unpacked,
      // first hits from the scanner (the top of the page: hits come slice by slice), first
      // badges drawn; then the screen complete (ms).
      phases: {
        start: at('start'),
        registry: at('registry'),
        matcher: at('matcher'),
        hits: at('firstHits'),
        firstBadges: from(firstScreenAt),
        // The page's own first paint: badges cannot be seen before it (on the 50k page it
        // sometimes comes ~700 ms after DOMContentLoaded, extension or not).
        pagePaint: from(performance.getEntriesByType('paint')[0]?.startTime ?? Number.NaN),
      },
    };
  },
  /** Scroll steps of `step` px: the overlay's pass time per frame, median and worst. */
  async scrollSteps(steps: number, step: number) {
    const times: number[] = [];
    let badges = 0;
    for (let i = 0; i < steps; i++) {
      const before = passes.length;
      window.scrollBy(0, step);
      while (passes.length === before) await nextFrame();
      times.push(...passes.slice(before).map((p) => p.ms));
      badges = Math.max(badges, passes.at(-1)!.badges);
    }
    return { medianMs: median(times), maxMs: Math.max(...times), hits: hits.length, badges };
  },
  /**
   * The page's own update of 1% of its text, median of `rounds`: bare, with the scanner alone,
   * and with scanner and overlay. The three take turns on the same page, round after round,
   * so that drift and noise on this shared machine hit all three alike.
   */
  async pageUpdates(names: number, rounds: number) {
    const message = snapshotMessage(names);
    const times = { bare: [] as number[], scanner: [] as number[], overlay: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      for (const side of ['bare', 'scanner', 'overlay'] as const) {
        controller?.abort();
        if (side !== 'bare') start(side === 'overlay', message);
        await settled();
        times[side].push(await pageUpdate(i));
      }
    }
    controller?.abort();
    return {
      bare: median(times.bare),
      scanner: median(times.scanner),
      overlay: median(times.overlay),
    };
  },
  start,

  stop: () => controller?.abort(),
};

(globalThis as unknown as { kpiOverlayBench: typeof kpiOverlayBench }).kpiOverlayBench =
  kpiOverlayBench;
