/** Renders a component into a fresh container for jsdom tests, and flushes Preact's updates. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let mounted: HTMLElement[] = [];
afterEach(async () => {
  // Unmounted inside act, so effect cleanups run now: outside it, Preact defers them to a
  // timer that can fire after the test file's jsdom window is gone ("window is not defined").
  for (const el of mounted) {
    await act(() => render(null, el));
    el.remove();
  }
  mounted = [];
});

export async function renderInto(vnode: ComponentChild): Promise<{
  container: HTMLElement;
  rerender: (next: ComponentChild) => Promise<void>;
}> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  await act(() => render(vnode, container));
  return { container, rerender: (next) => act(() => render(next, container)) };
}

/** Dispatches an event and lets Preact re-render. */
export async function fire(target: Element, event: Event): Promise<void> {
  await act(() => {
    target.dispatchEvent(event);
  });
}

export const click = (target: Element) =>
  fire(target, new MouseEvent('click', { bubbles: true, cancelable: true }));

export const key = (target: Element, name: string) =>
  fire(target, new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

/** The button whose text is exactly `text`. */
export function button(container: Element, text: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === text,
  );
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}
