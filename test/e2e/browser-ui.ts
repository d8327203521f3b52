/**
 * Page object for the browser's own UI around a page, on the virtual desktop: the keyboard
 * shortcut that opens KPI Lens's toolbar popup, the extension permission prompt and the page's
 * context menu. None of them is a web page: keys go through the X server (xdotool), the right
 * click through the browser's input pipeline (Playwright's mouse in a headed browser).
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { VirtualDesktop } from './virtual-desktop';

/** How long Chrome keeps an extension permission prompt's Allow button disabled. */
const PROMPT_ALLOW_DELAY_MS = 500;

export class BrowserUi {
  constructor(
    private readonly context: BrowserContext,
    private readonly desktop: VirtualDesktop,
  ) {}

  /** The toolbar popup once it opens (a page, thanks to desktop-fixtures.ts). */
  waitForToolbarPopup(): Promise<Page> {
    return this.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/popup.html'),
      timeout: 10_000,
    });
  }

  /**
   * Alt+Shift+K on `page`, as a person opens KPI Lens from the keyboard: the real toolbar
   * popup, describing that tab, with the activeTab grant a user's invocation gives.
   */
  async openPopupWithShortcut(page: Page): Promise<Page> {
    await page.bringToFront();
    await this.desktop.focusWindow(`${await page.title()} - Chromium`);
    const popup = this.waitForToolbarPopup();
    await this.desktop.press('alt+shift+k');
    return popup;
  }

  /**
   * Clicks `button` in the toolbar popup, which asks for a permission, and answers the
   * browser's prompt. The prompt takes the focus, and a toolbar popup closes when it loses
   * it: that closing is the sign the prompt is up. Deny has the focus and is the default.
   * Allow stays disabled for a moment after the prompt shows (Chrome's guard against
   * clickjacking, half a second), and nothing outside the browser can see when it turns on:
   * the keys wait twice that, else Tab would skip Allow and Return would deny.
   */
  async answerPermissionPrompt(popup: Page, button: Locator, answer: 'Allow' | 'Deny') {
    const closed = popup.waitForEvent('close');
    await button.click().catch((e: Error) => {
      // The popup may close before the click's own round trip ends.
      if (!/closed/i.test(e.message)) throw e;
    });
    await closed;
    if (answer === 'Allow') await new Promise((r) => setTimeout(r, PROMPT_ALLOW_DELAY_MS * 2));
    await this.desktop.press(...(answer === 'Allow' ? ['Tab', 'Return'] : ['Return']));
  }

  /**
   * Right-clicks at (x, y) in `page` and picks the context-menu item that starts with
   * `letter`: with no mnemonics, a native Chromium menu runs the only item whose title starts
   * with the key typed.
   */
  async chooseFromContextMenu(page: Page, x: number, y: number, letter: string): Promise<void> {
    const before = await this.desktop.untitledWindows();
    await page.mouse.click(x, y, { button: 'right' });
    const menu = await this.desktop.waitForNewUntitledWindow(before);
    await this.desktop.press(letter);
    // A menu mapped a moment before it takes the keyboard can miss the key: once more then.
    if (!(await this.desktop.waitForWindowGone(menu))) await this.desktop.press(letter);
    if (!(await this.desktop.waitForWindowGone(menu)))
      throw new Error('the context menu stayed open');
  }
}
