/**
 * KPI Lens on an analytics page, in every frame of the supported hosts: fetches the registry
 * as seen from this host, starts the scanner and the overlay, and keeps both current when the
 * registry changes or the single-page app navigates. Everything stops with the context.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/adapters/known-hosts';
import { log } from '@/lib/log';
import { compileMatcher, matchTerms, unpackMatcher, type CompiledMatcher } from '@/lib/match';
import { onRegistryChanged, request } from '@/lib/messaging/client';
import { createOverlay } from '@/lib/overlay/create-overlay';
import { NEXT_MODE, shortcutFor } from '@/lib/overlay/shortcuts';
import { startPageScanner, type PageScanner } from '@/lib/scan';
import { readPageValues } from '@/lib/overlay/read-page-values';
import { valueQuirksFor } from '@/lib/adapters/value-quirks-for-host';
import { isEnabledOn, suppressedOn, recordsHistoryOn } from '@/lib/settings/settings';
import { answerTabRequests } from './answer-tab-requests';
import { openEditor } from './open-editor';
import { pageCandidates } from './page-candidates';
import { watchValues } from './watch-values';
import type { Metric } from '@/lib/registry/schema';
import { OVERLAY_CSS } from './overlay-css';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  allFrames: true,
  // As soon as the DOM is parsed: `document_idle` may wait until the page's load event (up to
  // 200 ms after DOMContentLoaded in Chrome), all of it before the first badge. The scanner
  // works in short slices and the overlay draws in animation frames, so starting early takes
  // nothing from the page's own start-up.
  runAt: 'document_end',
  main(ctx) {
    void start(ctx);
  },
});

/**
 * Closed shadow roots the browser lets an extension open: Chrome's `dom` API, Firefox's
 * `openOrClosedShadowRoot` on elements seen from a content script.
 */
function openShadowRoot(element: Element): ShadowRoot | null {
  try {
    if (browser.dom?.openOrClosedShadowRoot) {
      return browser.dom.openOrClosedShadowRoot(element as HTMLElement) ?? null;
    }
    const firefox = element as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null };
    return firefox.openOrClosedShadowRoot?.() ?? null;
  } catch {
    return null;
  }
}

/**
 * The background's compiled names. Compiled here only if they cannot be read, which would be
 * a fault (logged): the page then pays the compile the background is there to save it.
 */
function matcherOf(
  snapshot: { matcher: unknown; metrics: readonly Metric[] },
  enabled: boolean,
): CompiledMatcher {
  const matcher = unpackMatcher(snapshot.matcher);
  if (matcher !== null) return matcher;
  log.warn('The registry came without a readable matcher: compiling it on this page.');
  return compileMatcher(enabled ? matchTerms(snapshot.metrics) : []);
}

async function start(ctx: ContentScriptContext): Promise<void> {
  const host = location.hostname;
  const signal = ctx.signal;
  const overlay = createOverlay({
    doc: document,
    signal,
    cssText: OVERLAY_CSS,
    onEdit: openEditor,
    onSuppress: (metricId) => void request('page.suppress', { metricId }),
  });
  let recordsHistory = false;
  const values = watchValues({
    win: window,
    signal,
    read: (hits) => readPageValues(document, hits, overlay.isSuppressed, valueQuirksFor(host)),
    recordsHistory: () => recordsHistory,
    record: async (at, readings) => {
      const answer = await request('observations.record', { at, readings });
      if (!answer.ok) log.warn(answer.error);
      return answer.ok;
    },
    history: async (metricIds) => {
      const answer = await request('observations.history', { metricIds });
      if (!answer.ok) log.warn(answer.error);
      return answer.ok ? answer.value : null;
    },
    now: () => new Date(),
    onValues: (view) => overlay.setValues(view),
  });
  // Started with the first registry snapshot where KPI Lens is on: a scan with no names would
  // only delay it, and a site turned off is not read at all.
  let scanner: PageScanner | null = null;
  const scan = (matcher: CompiledMatcher, enabled: boolean) => {
    if (scanner !== null) scanner.setMatcher(matcher);
    else if (enabled)
      scanner = startPageScanner(document, {
        matcher,
        host,
        onHits: (hits) => {
          overlay.setHits(hits);
          values.setHits(hits);
        },
        signal,
        openShadowRoot,
      });
  };

  let metrics: readonly Metric[] = [];
  let lastRegistryKey = '';
  /** The background's id of the matcher this page has: it then sends no tables again. */
  let matcherId: string | undefined;
  const refresh = async () => {
    const snapshot = await request('snapshot.get', { host, matcherId });
    if (signal.aborted) return;
    if (!snapshot.ok) {
      log.warn(snapshot.error);
      return;
    }
    const { settings } = snapshot.value;
    const enabled = isEnabledOn(settings, host);
    recordsHistory = enabled && recordsHistoryOn(settings, host);
    overlay.setSettings({ mode: settings.badgeMode, theme: settings.theme, enabled });
    // A settings change (badge mode, theme) broadcasts too: a new matcher would make every
    // open tab rescan its whole page for nothing, so that happens only when the registry or
    // what this site shows (on/off, suppressed metrics) changed. (The background sends the
    // matcher again, unchanged, after it restarted: kept for its id only.)
    const registryKey = `${snapshot.value.revision}:${enabled}:${[...suppressedOn(settings, host)].join(',')}`;
    if (snapshot.value.matcher !== null) matcherId = snapshot.value.matcherId;
    if (registryKey === lastRegistryKey) return;
    lastRegistryKey = registryKey;
    overlay.setRegistry(snapshot.value);
    metrics = snapshot.value.metrics;
    // Off for this site: no names to find (a scanner already running drops its hits).
    scan(matcherOf(snapshot.value, enabled), enabled);
  };
  const stopListening = onRegistryChanged(() => void refresh());
  ctx.onInvalidated(stopListening);
  ctx.addEventListener(window, 'wxt:locationchange', () => scanner?.rescan());
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (action === null) return;
      event.preventDefault();
      if (action === 'nextBadge') overlay.focusNextBadge();
      else {
        // Shown at once; kept for every page of this site through the background.
        const mode = NEXT_MODE[overlay.mode];
        overlay.setMode(mode);
        void request('display.setMode', { mode });
      }
    },
    { capture: true },
  );
  if (window === window.top) {
    answerTabRequests(
      {
        describe: () => ({
          url: location.href,
          host,
          found: overlay.found(),
          canvasCharts: scanner?.canvasCharts ?? false,
          candidates: pageCandidates(document, metrics),
        }),
        reveal: (metricId) => overlay.reveal(metricId),
      },
      signal,
    );
  }
  await refresh();
}
