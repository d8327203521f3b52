/**
 * Page object for the in-page overlay. Its shadow root is closed, so neither page scripts nor
 * Playwright's selectors can enter it; the DevTools protocol can (DOM.getDocument with
 * `pierce`), which is how these tests read what a user sees, without any test hook in the
 * product.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect } from './fixtures';

export interface SeenBadge {
  metricId: string;
  text: string;
  label: string;
  compact: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function findOverlayShadow(node: CdpNode): CdpNode | null {
  if (node.localName === 'kpi-lens-overlay') return node.shadowRoots?.[0] ?? null;
  for (const child of node.children ?? []) {
    const found = findOverlayShadow(child);
    if (found) return found;
  }
  return null;
}

export class OverlayPage {
  private cdp: CDPSession | null = null;

  constructor(readonly page: Page) {}

  private async session(): Promise<CDPSession> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    return this.cdp;
  }

  /**
   * Runs `fn` with `this` bound to the overlay's shadow root, in a world of its own so that a
   * page that patched its DOM prototypes cannot disturb the test; null while there is none.
   */
  private async inShadow<T>(fn: string): Promise<T | null> {
    const cdp = await this.session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as {
      root: CdpNode;
    };
    const shadow = findOverlayShadow(root);
    if (!shadow) return null;
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'kpi-lens-e2e',
    });
    const { object } = await cdp.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      executionContextId,
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'failed');
    return result.value as T;
  }

  /** Colours and size of a drawn badge, to prove the page's CSS and CSP left its styles alone. */
  async badgeStyle(metricId: string) {
    return this.inShadow<{
      background: string;
      color: string;
      display: string;
    } | null>(`function () {
      const b = this.querySelector('.kl-badge[data-metric-id=${JSON.stringify(metricId)}]');
      if (!b) return null;
      const s = getComputedStyle(b);
      return { background: s.backgroundColor, color: s.color, display: s.display };
    }`);
  }

  /** Elements inside the overlay that registry text must never become. */
  async markupElements(): Promise<number> {
    return (
      (await this.inShadow<number>(`function () {
      return this.querySelectorAll('img, script, iframe, object, b, i').length;
    }`)) ?? 0
    );
  }

  /** The badges drawn now, in reading order. */
  async badges(): Promise<SeenBadge[]> {
    return (
      (await this.inShadow<SeenBadge[]>(`function () {
        return [...this.querySelectorAll('.kl-badge')].map((b) => {
          const r = b.getBoundingClientRect();
          return { metricId: b.dataset.metricId, text: b.textContent, label: b.getAttribute('aria-label'),
            compact: b.classList.contains('kl-badge--dot'), x: r.x, y: r.y, width: r.width, height: r.height };
        });
      }`)) ?? []
    );
  }

  async badgeFor(metricId: string): Promise<SeenBadge | undefined> {
    return (await this.badges()).find((b) => b.metricId === metricId);
  }

  /** The open detail card's text, or null. */
  async cardText(): Promise<string | null> {
    return this.inShadow<string | null>(`function () {
      const card = this.querySelector('.kl-card');
      return card ? card.innerText : null;
    }`);
  }

  async clickInCard(buttonText: string): Promise<void> {
    await this.inShadow(`function () {
      const button = [...this.querySelectorAll('.kl-card button')].find((b) => b.textContent === ${JSON.stringify(buttonText)});
      button.click();
    }`);
  }

  /** The open card's sparkline: how many points it draws and what it says in words. */
  async sparkline(): Promise<{ points: number; label: string } | null> {
    return this.inShadow<{ points: number; label: string } | null>(`function () {
      const svg = this.querySelector('.kl-card .kl-sparkline');
      if (!svg) return null;
      const line = svg.querySelector('.kl-sparkline-line');
      const points = line ? line.getAttribute('points').trim().split(/\\s+/).length : svg.querySelector('.kl-sparkline-last') ? 1 : 0;
      return { points, label: svg.getAttribute('aria-label') };
    }`);
  }

  /** The focused element inside the overlay, as its accessible name. */
  async focusedBadgeLabel(): Promise<string | null> {
    return this.inShadow<string | null>(`function () {
      return this.activeElement ? this.activeElement.getAttribute('aria-label') : null;
    }`);
  }

  /** Whether the focused element of the overlay is inside the open card. */
  async focusInCard(): Promise<boolean> {
    const inCard = await this.inShadow<boolean>(`function () {
      return Boolean(this.activeElement && this.activeElement.closest('.kl-card'));
    }`);
    return inCard === true;
  }

  /** Waits for a metric's badge and rests the mouse on it, which opens its card. */
  async hoverBadge(metricId: string, text?: string | RegExp): Promise<SeenBadge> {
    const badge = await this.waitForBadge(metricId, text);
    await this.page.mouse.move(badge.x + badge.width / 2, badge.y + badge.height / 2);
    return badge;
  }

  async waitForBadge(metricId: string, text?: string | RegExp): Promise<SeenBadge> {
    let found: SeenBadge | undefined;
    await expect
      .poll(async () => {
        found = await this.badgeFor(metricId);
        return found?.text ?? null;
      })
      .toEqual(
        text === undefined
          ? expect.any(String)
          : text instanceof RegExp
            ? expect.stringMatching(text)
            : text,
      );
    return found!;
  }
}

/** The boxes of every line of page text (our overlay's is in a closed root: not seen here). */
export async function pageTextBoxes(
  page: Page,
): Promise<{ text: string; box: { x: number; y: number; width: number; height: number } }[]> {
  return page.evaluate(() => {
    const boxes: { text: string; box: { x: number; y: number; width: number; height: number } }[] =
      [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      if (text === '') continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0)
          boxes.push({ text, box: { x: r.x, y: r.y, width: r.width, height: r.height } });
      }
    }
    return boxes;
  });
}

/** The box of a label's text (not of its block) in the page, as the user sees it. */
export async function labelBox(page: Page, selector: string, text: string) {
  return page.evaluate(
    ([sel, t]) => {
      const element = [...document.querySelectorAll(sel)].find((e) => e.textContent === t);
      if (!element) return null;
      const range = document.createRange();
      range.selectNodeContents(element);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    [selector, text] as const,
  );
}

/** Loads the sample registry from the options page, as a user's first run does. */
export async function loadSampleRegistry(openExtensionPage: (file: string) => Promise<Page>) {
  const options = await openExtensionPage('options.html');
  await options.getByRole('button', { name: 'Try with the sample registry' }).click();
  await expect(options.getByTestId('status')).toContainText('Loaded the sample registry');
  return options;
}

/**
 * Counts, in the page's own world and from before any script runs, every mutation of the
 * page's DOM after parsing that is not the overlay root being added: attributes and text anywhere, and
 * child lists except those of elements the page itself re-renders (`data-page-rerenders`).
 */
export async function countHostMutations(context: BrowserContext | Page): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __hostMutations: string[] };
    w.__hostMutations = [];
    const isOverlay = (n: Node) => n.nodeName === 'KPI-LENS-OVERLAY';
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target as Element;
        if (r.type === 'childList') {
          const nodes = [...r.addedNodes, ...r.removedNodes];
          if (nodes.length > 0 && nodes.every(isOverlay)) continue;
          if (target.nodeType === 1 && target.hasAttribute('data-page-rerenders')) continue;
        }
        w.__hostMutations.push(`${r.type} ${target.nodeName} ${r.attributeName ?? ''}`);
      }
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    // The parser building the page is not a mutation anyone caused: count from DOMContentLoaded,
    // whose listeners run before the extension's content script (document_end comes after them).
    document.addEventListener('DOMContentLoaded', () => {
      observer.takeRecords();
      w.__hostMutations = [];
    });
  });
}

export async function hostMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __hostMutations: string[] }).__hostMutations);
}

/** Sends a registry request from the options page, as the editor would. */
export async function sendFromOptions(options: Page, name: string, payload: unknown) {
  const answer = await options.evaluate(
    ([n, p]) => {
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      return (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage({
        name: n,
        payload: p,
      });
    },
    [name, payload] as const,
  );
  expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
  return answer;
}

/**
 * Sets the clock KPI Lens's content script reads in this page from now on (time keeps
 * running from `time`). Playwright's `page.clock` fakes the page's main world only, and a
 * content script runs in an isolated world with its own `Date`; DevTools can evaluate in that
 * world, as soon as it is created and well before the values are read (after the hits settle).
 * Call before navigating.
 */
export async function setContentScriptClock(page: Page, time: Date): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const patch = `(() => {
    const Real = Date;
    const offset = ${time.getTime()} - Real.now();
    class PageDate extends Real {
      constructor(...args) { if (args.length === 0) super(Real.now() + offset); else super(...args); }
      static now() { return Real.now() + offset; }
    }
    globalThis.Date = PageDate;
  })()`;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type !== 'isolated' || !context.origin.startsWith('chrome-extension://')) return;
    void cdp.send('Runtime.evaluate', { expression: patch, contextId: context.id }).catch(() => {});
  });
  await cdp.send('Runtime.enable');
}
