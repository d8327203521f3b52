/**
 * The overlay of one document: takes the scanner's hits and the registry, and keeps badges
 * beside the labels on screen. Each drawing pass runs in one animation frame, reads first
 * (label boxes, clip areas, backgrounds) and then writes (one Preact render, the highlight
 * registry), and only for labels the IntersectionObserver reports near the screen.
 */
import { h, render } from 'preact';
import { OverlayApp } from '../../components/overlay/OverlayApp';
import type { DisplayMode, UnderlineView } from '../../components/overlay/view-types';
import type { TextHit } from '../scan';
import { createHighlightMarks } from './highlight-marks';
import { layoutPass, type ThemeChoice } from './layout-pass';
import type { PlacementHint } from './place-badges';
import { PageHits } from './page-hits';
import { mountOverlayRoot, type OverlayRoot } from './overlay-root';
import { OverlayRegistry, type RegistryView, type ValuesView } from './overlay-registry';
import { drawnUnderlines } from './drawn-underlines';
import { focusBadge } from './badge-focus';
import { followPage } from './follow-page';
import { isBigPage, pagePainted } from './page-painted';

/** How long a revealed badge pulses. */
const FLASH_MS = 1600;
/** Labels measured per pass at most: a screen holds far fewer; a pathological page stays cheap. */
const MAX_LABELS_PER_PASS = 400;

export interface OverlayOptions {
  doc: Document;
  signal: AbortSignal;
  /** Tokens, forced themes and overlay styles, inlined in the shadow root. */
  cssText: string;
  onEdit: (metricId: string) => void;
  /** "Not this metric here": the overlay stops badging it at once; persisting is the caller's. */
  onSuppress?: (metricId: string) => void;
  now?: () => Date;
  /** Told after each drawing pass how long it took (the benchmark and dev logging read it). */
  onPass?: (stats: PassStats) => void;
}

export interface PassStats {
  /** The whole pass. */
  ms: number;
  /**
   * The page's own pending style and layout, which the pass's first read forces: work the
   * browser would do in this frame anyway, pulled forward (a scroll's relayout, for instance).
   */
  flushMs: number;
  /** Reads and layout of the badges, the page's flush included. */
  layoutMs: number;
  labels: number;
  badges: number;
}

export interface Overlay {
  setRegistry(registry: RegistryView): void;
  /** The values the page shows and their history: badges and cards judge progress from them. */
  setValues(values: ValuesView): void;
  /** The scanner's full current hit list. */
  setHits(hits: readonly TextHit[]): void;
  /** The person's settings: badge mode, theme, and whether KPI Lens is on for this site. */
  setSettings(settings: { mode: DisplayMode; theme: ThemeChoice; enabled: boolean }): void;
  /** Full badges, dots, or off (underlines only); the shortcut cycles it for this page. */
  setMode(mode: DisplayMode): void;
  readonly mode: DisplayMode;
  /** Suppresses a metric on this page (e.g. restored from the site's saved choices). */
  suppress(metricId: string): void;
  /** "Not this metric here" on this page: its values are not this metric's either. */
  isSuppressed(metricId: string): boolean;
  /** Scrolls to the metric's first label and makes its badge pulse; false if not on the page. */
  reveal(metricId: string): boolean;
  /** Focuses the next badge on screen; remembers where focus was to give it back on Escape. */
  focusNextBadge(): void;
  /** Registered metrics on the page, with how often each shows. */
  found(): { metricId: string; count: number }[];
}

export function createOverlay(options: OverlayOptions): Overlay {
  const { doc, signal } = options;
  const win = doc.defaultView!;
  const now = options.now ?? (() => new Date());
  // Mounted on the first badge: a frame or page with nothing to badge gets no element at all.
  let mounted: OverlayRoot | null = null;
  const rootNow = () => (mounted ??= mountOverlayRoot(doc, options.cssText));
  const marks = createHighlightMarks(doc);
  const suppressed = new Set<string>();
  let values: ValuesView = { readings: new Map(), history: new Map() };
  let registry = new OverlayRegistry({ metrics: [], objectives: [] }, now());
  let mode: DisplayMode = 'full';
  let theme: ThemeChoice = 'system';
  let enabled = true;
  let frame = 0;
  let visibleCount = 0;
  let returnFocus: Element | null = null;
  let flashKey: string | null = null;
  /** Last placements; dropped whenever layout may have changed other than by scrolling. */
  let hints = new Map<string, PlacementHint>();
  const relayout = () => {
    hints = new Map();
    schedule();
  };

  const page = new PageHits(() => schedule());
  const schedule = () => {
    if (frame === 0 && !signal.aborted) frame = win.requestAnimationFrame(pass);
  };

  /** A pass ran already (so a frame has gone by), or the page has painted. */
  let painted = false;

  function pass(): void {
    const started = performance.now();
    frame = 0;
    // Before a big page's first paint, placing badges (a hit test or two) would do that whole
    // paint inside this pass: ~150 ms on a 50k-node page. It is done by the next frame.
    if (!painted && !pagePainted(win) && isBigPage(doc)) {
      painted = true;
      schedule();
      return;
    }
    painted = true;
    doc.documentElement.getBoundingClientRect();
    const flushMs = performance.now() - started;
    if (mounted !== null && !mounted.host.isConnected) mounted.reattach();
    const { hits, keys } = page;
    const shows = (id: string) => !suppressed.has(id) && registry.lookOf(id) !== undefined;
    const candidates = enabled ? page.nearScreen(shows, MAX_LABELS_PER_PASS) : [];
    // Reads and layout first, then the writes: the highlight registry and one render.
    const result = layoutPass({
      doc,
      hits,
      keys,
      candidates,
      registry,
      mode,
      theme,
      overlayHost: mounted?.host ?? null,
      hints,
    });
    hints = result.hints;
    const layoutMs = performance.now() - started;
    const { badges, labels, shown, pageDark } = result;
    visibleCount = badges.length;
    let underlines: UnderlineView[] = [];
    if (marks) marks.show(shown, pageDark);
    else underlines = drawnUnderlines(labels, shown, keys, pageDark);
    if (mounted === null && badges.length === 0 && underlines.length === 0) {
      options.onPass?.({
        ms: performance.now() - started,
        flushMs,
        layoutMs,
        labels: 0,
        badges: 0,
      });
      return;
    }
    const root = rootNow();
    render(
      h(OverlayApp, {
        badges,
        underlines,
        viewport: result.viewport,
        cardFor: (id) => registry.cardFor(id),
        onPage: page.metricIds(),
        onEdit: options.onEdit,
        onSuppress: (id) => {
          overlay.suppress(id);
          options.onSuppress?.(id);
        },
        onJump: jumpTo,
        onEscape: leaveBadges,
        onNavigate: (step) => focusBadge(root.container, step),
        flashKey,
      }),
      root.container,
    );
    options.onPass?.({
      ms: performance.now() - started,
      flushMs,
      layoutMs,
      labels: labels.length,
      badges: badges.length,
    });
  }

  /** Scrolls the metric's first label into view; returns its badge key, or null. */
  function scrollToMetric(metricId: string): string | null {
    const index = suppressed.has(metricId) ? -1 : page.firstOf(metricId);
    const target = index >= 0 ? page.hits[index]!.startNode.parentElement : null;
    if (!target) return null;
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    return page.keys[index] ?? null;
  }

  function jumpTo(metricId: string): void {
    const key = scrollToMetric(metricId);
    // The badge exists once the scroll has been drawn and measured.
    if (key) win.setTimeout(() => mounted && focusBadge(mounted.container, 0, key), 100);
  }

  function leaveBadges(): void {
    const back = returnFocus;
    returnFocus = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    // Nothing focusable to go back to (the body): at least leave the badge.
    if (mounted === null) return;
    const inOverlay = (mounted.container.getRootNode() as ShadowRoot).activeElement;
    if (doc.activeElement === mounted.host && inOverlay instanceof HTMLElement) inOverlay.blur();
  }

  followPage(win, signal, {
    onScroll: schedule,
    onLayoutChange: relayout,
    badgesShown: () => visibleCount > 0,
  });
  signal.addEventListener(
    'abort',
    () => {
      if (frame !== 0) win.cancelAnimationFrame(frame);
      page.disconnect();
      marks?.clear();
      if (mounted !== null) {
        render(null, mounted.container);
        mounted.destroy();
      }
    },
    { once: true },
  );

  const overlay: Overlay = {
    setRegistry(view) {
      registry = new OverlayRegistry(view, now(), values);
      relayout();
    },
    setValues(next) {
      values = next;
      registry = registry.withValues(next, now());
      relayout();
    },
    setHits(next) {
      page.set(next);
      relayout();
    },
    setSettings(next) {
      mode = next.mode;
      theme = next.theme;
      enabled = next.enabled;
      relayout();
    },
    setMode(next) {
      mode = next;
      relayout();
    },
    get mode() {
      return mode;
    },
    reveal(metricId) {
      const key = scrollToMetric(metricId);
      if (key === null) return false;
      flashKey = key;
      win.setTimeout(() => {
        if (flashKey === key) flashKey = null;
        schedule();
      }, FLASH_MS);
      relayout();
      return true;
    },
    suppress(metricId) {
      suppressed.add(metricId);
      relayout();
    },
    isSuppressed: (metricId) => suppressed.has(metricId),
    focusNextBadge() {
      if (mounted === null) return;
      const active = doc.activeElement;
      if (active !== mounted.host) returnFocus = active;
      focusBadge(mounted.container, 1);
    },
    found: () => page.counts(),
  };
  return overlay;
}
