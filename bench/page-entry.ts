/**
 * The benchmark's in-page half, bundled by esbuild into an IIFE and injected into a blank
 * Chromium page. bench/run.ts drives it through `window.kpiBench`.
 */
import { compileMatcher, matcherByteSize, unpackMatcher, type CompiledMatcher } from '../lib/match';
import { findShadowRoots, TextWalk } from '../lib/scan';
import { benchRegistry, registryTerms } from './bench-registry';
import { walkFloor } from './contenders/floor';
import { markRegExpAcross, markTerms } from './contenders/mark-js';
import { openNoShadowRoot, scanOurs } from './contenders/ours';
import { compileRegexPerTerm, scanRegexPerTerm } from './contenders/regex-per-term';
import { buildDashboard } from './dashboard-page';
import { measureIncremental, measureLongestTask } from './in-page-scanner-runs';
import { median } from './median';

let page: HTMLElement | null = null;
let terms: string[] = [];
let matcher: CompiledMatcher | null = null;
let regexes: RegExp[] = [];

/**
 * Medians (ms) of the floor, ours, and ours' two parts alone (the text walk; the search for
 * shadow roots, which no other contender does) on one page, timed in turns.
 */
export interface InTurns {
  floor: number;
  ours: number;
  oursTextOnly: number;
  oursShadowSearch: number;
}

/**
 * Medians of contenders timed in turns (a, b, c, a, b, c...) after one warm-up call each: a
 * stretch of machine noise (another process, a GC of the page) then hits every contender alike,
 * where timing all runs of one before all runs of the next moved the floor by 2x between
 * cells of one page.
 */
function timeInTurns<Name extends string>(
  contenders: Record<Name, () => unknown>,
  reps: number,
): Record<Name, number> {
  const names = Object.keys(contenders) as Name[];
  const times = new Map(names.map((name) => [name, [] as number[]]));
  for (const name of names) contenders[name]();
  for (let i = 0; i < reps; i++) {
    for (const name of names) times.get(name)!.push(timed(contenders[name]));
  }
  return Object.fromEntries(names.map((name) => [name, median(times.get(name)!)])) as Record<
    Name,
    number
  >;
}

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const kpiBench = {
  build(textNodes: number): number {
    page?.remove();
    page = buildDashboard(document, textNodes);
    return walkFloor(page) > 0 ? countTextNodes(page) : 0;
  },
  /**
   * Compiles the registry; `timedRuns` compilations are timed (each after a full GC, for the
   * heap delta). A full GC takes ~0.7 s with the 200k page: the bench times compilation on
   * the smallest page only and elsewhere compiles once, after one GC (so that "ours 1st run"
   * stays a cold run).
   */
  setRegistry(
    names: number,
    timedRuns = 5,
  ): {
    terms: number;
    compileMs: number;
    bytes: number;
    heapBytes: number;
  } {
    const metrics = registryTerms(benchRegistry(names));
    terms = metrics.map((t) => t.text);
    regexes = [];
    matcher = null;
    const gc = (globalThis as { gc?: () => void }).gc;
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    const times: number[] = [];
    let heapBytes = 0;
    for (let i = 0; i < timedRuns; i++) {
      gc?.();
      const heapBefore = memory?.usedJSHeapSize ?? 0;
      let compiled: CompiledMatcher | null = null;
      times.push(timed(() => (compiled = compileMatcher(metrics))));
      heapBytes = (memory?.usedJSHeapSize ?? 0) - heapBefore;
      matcher = compiled;
    }
    times.sort((a, b) => a - b);
    return {
      terms: terms.length,
      compileMs: times[Math.floor(times.length / 2)]!,
      bytes: matcherByteSize(matcher!),
      heapBytes,
    };
  },
  /**
   * One compilation, timed: in a fresh page, the first (cold, before the JIT warmed up), as a
   * background just woken compiles the registry.
   */
  compileOnce(names: number): number {
    const metrics = registryTerms(benchRegistry(names));
    return timed(() => compileMatcher(metrics));
  },
  /**
   * Unpacking the matcher the background sends (`message`: its JSON), timed from the JSON
   * parse: in a fresh page, as a content script does on every page load.
   */
  unpackOnce(message: string): number {
    return timed(() => {
      if (unpackMatcher(JSON.parse(message)) === null) throw new Error('unreadable matcher');
    });
  },
  ours: () => timed(() => scanOurs(document, matcher!)),
  /** Floor, ours and ours' text walk alone, timed in turns (see timeInTurns). */
  inTurns: (reps: number): InTurns =>
    timeInTurns(
      {
        floor: () => walkFloor(document.body),
        ours: () => scanOurs(document, matcher!),
        oursTextOnly: () => new TextWalk(document, matcher!, 'bench.example').advance(),
        oursShadowSearch: () => findShadowRoots(document, openNoShadowRoot),
      },
      reps,
    ),
  /**
   * Ours with a small and a large registry on this page, timed in turns: the flat ratio
   * compares the two, so they are measured in one stretch rather than minutes apart.
   */
  flat(fewNames: number, manyNames: number, reps: number): { few: number; many: number } {
    const compile = (names: number) => compileMatcher(registryTerms(benchRegistry(names)));
    const few = compile(fewNames);
    const many = compile(manyNames);
    return timeInTurns(
      { few: () => scanOurs(document, few), many: () => scanOurs(document, many) },
      reps,
    );
  },
  oursHits: () => scanOurs(document, matcher!),
  regexPerTerm(): number {
    if (regexes.length === 0) regexes = compileRegexPerTerm(terms);
    return timed(() => scanRegexPerTerm(document.body, regexes));
  },
  /** Times one mark.js call; the caller rebuilds the page afterwards (mark.js wrapped it). */
  markTerms(): number | string {
    try {
      return timed(() => markTerms(page!, terms));
    } catch (error) {
      return error instanceof RangeError ? 'stack overflow' : String(error);
    }
  },
  /** Times one markRegExp call and counts what it found; the caller rebuilds the page. */
  markRegExp(): { ms: number; hits: number } {
    let hits = 0;
    const ms = timed(() => (hits = markRegExpAcross(page!, terms)));
    return { ms, hits };
  },
  incremental: (fraction: number, reps: number) =>
    measureIncremental(document, matcher!, fraction, reps),
  longestTask: () => measureLongestTask(document, matcher!),
};

function countTextNodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

(globalThis as unknown as { kpiBench: typeof kpiBench }).kpiBench = kpiBench;
