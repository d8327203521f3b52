/**
 * The top frame's answers to the extension's own pages: `page.describe` (what KPI Lens found
 * here, for the popup and the demo) and `page.reveal` (scroll to a metric and flash it).
 * Every other message on the channel is left to its own listener: returning undefined from a
 * runtime.onMessage listener means "not mine".
 */
import { browser } from 'wxt/browser';
import { envelopeSchema, tabRequests, type PageDescription } from '@/lib/messaging/protocol';
import { err, ok, type Result } from '@/lib/result';

export interface TabAnswers {
  describe(): PageDescription;
  /** False when the metric is not on this page. */
  reveal(metricId: string): boolean;
}

export function answerTabRequests(answers: TabAnswers, signal: AbortSignal): void {
  const listener = (message: unknown): Promise<Result<unknown>> | undefined => {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return undefined;
    if (envelope.data.name === 'page.describe') return Promise.resolve(ok(answers.describe()));
    if (envelope.data.name === 'page.reveal') {
      const payload = tabRequests['page.reveal'].payload.safeParse(envelope.data.payload);
      if (!payload.success) return Promise.resolve(err('KPI Lens refused a malformed request.'));
      return Promise.resolve(
        answers.reveal(payload.data.metricId)
          ? ok(null)
          : err('That metric is not on this page any more.'),
      );
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
