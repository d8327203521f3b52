/**
 * "Edit in KPI Lens": asks the background to open the options page at the metric's record
 * (`options.html#metric=<id>`). A content script cannot open it itself: navigating a page to
 * an extension page that is not web accessible is blocked (chrome-error://), and making it web
 * accessible would expose it to every site.
 */
import { log } from '@/lib/log';
import { request } from '@/lib/messaging/client';

export async function openEditor(metricId: string): Promise<void> {
  const answer = await request('options.open', { metricId });
  if (!answer.ok) log.warn(answer.error);
}
