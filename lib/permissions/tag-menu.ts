/**
 * "Tag “Bounce rate” in KPI Lens" on selected text: the label is left for the popup, which
 * opens with the tag form filled in. Where the browser will not open the popup from here,
 * the options page opens at a new metric with that name.
 */
import { browser } from 'wxt/browser';

export const TAG_MENU_ID = 'kpi-lens-tag-selection';

export interface PendingTag {
  set(label: string): void;
  /** The label, once: a second take gets null. */
  take(): string | null;
}

export function createPendingTag(): PendingTag {
  let pending: string | null = null;
  return {
    set: (label) => (pending = label),
    take() {
      const label = pending;
      pending = null;
      return label;
    },
  };
}

/** The label a menu click asks to tag, or null when the click is not ours. */
export function labelFromMenuClick(info: {
  menuItemId: string | number;
  selectionText?: string;
}): string | null {
  if (info.menuItemId !== TAG_MENU_ID || !info.selectionText) return null;
  const label = info.selectionText.replace(/\s+/g, ' ').trim().slice(0, 120);
  return label || null;
}

export function createTagMenu(): void {
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: TAG_MENU_ID,
      title: 'Tag “%s” in KPI Lens',
      contexts: ['selection'],
    }),
  );
}

export function listenToTagMenu(): PendingTag {
  const pending = createPendingTag();
  browser.contextMenus.onClicked.addListener((info) => {
    const label = labelFromMenuClick(info);
    if (!label) return;
    pending.set(label);
    browser.action.openPopup().catch(() => {
      pending.take();
      void browser.tabs.create({
        url: browser.runtime.getURL(`/options.html#metric=new&name=${encodeURIComponent(label)}`),
      });
    });
  });
  return pending;
}
