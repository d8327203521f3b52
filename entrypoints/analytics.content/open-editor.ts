/**
 * "Edit in KPI Lens": asks the background to open the options page at the metric's record
 * (`options.html#metric=<id>`, issue 6). A content script cannot open it itself: navigating a
 * page to an extension page that is not web accessible is blocked (chrome-error://), and
 * making it web accessible would expose it to every site.
 *
 * `options.open` is not in lib/messaging/protocol.ts yet (owned elsewhere): until it is, the
 * router answers that it does not know the message and this logs why nothing opened.
 */
import { browser } from 'wxt/browser';
import { log } from '@/lib/log';
import type { Result } from '@/lib/result';

export async function openEditor(metricId: string): Promise<void> {
  try {
    const answer = (await browser.runtime.sendMessage({
      name: 'options.open',
      payload: { metricId },
    })) as Result<unknown> | undefined;
    if (!answer?.ok) log.warn(answer?.error ?? 'KPI Lens could not open the registry.');
  } catch (e) {
    log.warn('KPI Lens could not open the registry:', e);
  }
}
