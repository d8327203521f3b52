/**
 * Reads the in-page overlay as a user sees it. Its shadow root is closed, so the page (and
 * puppeteer's selectors) cannot enter it; WebDriver BiDi can: a node serialised with
 * `includeShadowTree: 'all'` carries a reference to its closed shadow root, which a later call
 * takes as an argument. Both calls run in a sandbox realm of their own, so the page's scripts
 * cannot disturb them. This is the Firefox twin of test/e2e/overlay-page.ts (CDP `pierce`).
 */
import type { Browser, Page } from 'puppeteer-core';

export interface SeenBadge {
  metricId: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

type BidiSend = (method: string, params: object) => Promise<{ result: unknown }>;

interface CallResult {
  type: 'success' | 'exception';
  result?: { value?: unknown };
  exceptionDetails?: { text: string };
}

/** puppeteer-core has no public call for BiDi's serialisation options, so its own
 * connection (BidiBrowser.connection) sends the two standard commands. */
function bidi(browser: Browser): BidiSend {
  const { connection } = browser as unknown as { connection: { send: BidiSend } };
  return (method, params) => connection.send(method, params);
}

async function contextOf(send: BidiSend, url: string): Promise<string> {
  const { result } = await send('browsingContext.getTree', { maxDepth: 0 });
  const tabs = (result as { contexts: { context: string; url: string }[] }).contexts;
  const tab = tabs.find((t) => t.url === url);
  if (!tab) throw new Error(`no tab shows ${url}`);
  return tab.context;
}

async function call(send: BidiSend, params: object): Promise<CallResult> {
  const { result } = await send('script.callFunction', { awaitPromise: false, ...params });
  const outcome = result as CallResult;
  if (outcome.type === 'exception') throw new Error(outcome.exceptionDetails?.text);
  return outcome;
}

/**
 * Runs `fn` (a function declaration taking the overlay's shadow root) in the page's tab and
 * returns its JSON-able result; null while the page has no overlay.
 */
async function inOverlay<T>(browser: Browser, page: Page, fn: string): Promise<T | null> {
  const send = bidi(browser);
  const target = { context: await contextOf(send, page.url()), sandbox: 'kpi-lens-smoke' };
  const host = await call(send, {
    functionDeclaration: '() => document.querySelector("kpi-lens-overlay")',
    target,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  // A node comes back as { type: 'node', sharedId, value: { localName, shadowRoot, … } }.
  const node = host.result?.value as { shadowRoot?: { sharedId: string } } | undefined;
  if (!node?.shadowRoot) return null;
  const out = await call(send, {
    functionDeclaration: `(root) => JSON.stringify((${fn})(root))`,
    arguments: [{ sharedId: node.shadowRoot.sharedId }],
    target,
  });
  return JSON.parse(out.result!.value as string) as T;
}

/** The badges drawn now in the page's overlay, in reading order; [] while there is none. */
export async function overlayBadges(browser: Browser, page: Page): Promise<SeenBadge[]> {
  const badges = await inOverlay<SeenBadge[]>(
    browser,
    page,
    `(root) => [...root.querySelectorAll('.kl-badge')].map((b) => {
      const r = b.getBoundingClientRect();
      return { metricId: b.dataset.metricId, text: b.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
    })`,
  );
  return badges ?? [];
}

/** The open detail card's text, or null. */
export async function overlayCardText(browser: Browser, page: Page): Promise<string | null> {
  return inOverlay<string | null>(
    browser,
    page,
    `(root) => root.querySelector('.kl-card')?.innerText ?? null`,
  );
}
