/**
 * The background's receiving end: validates each message against the protocol, refuses
 * writes from anything but the extension's own pages, and turns every failure into a
 * `Result` with a sentence a person can act on.
 */
import { err, type Result } from '../result';
import { describeIssue } from '../registry/describe-issue';
import { envelopeSchema, requestSpecs, type RequestName, type ResponseMap } from './protocol';
import type { z } from 'zod';

export type Handlers = {
  [N in RequestName]: (
    payload: z.output<(typeof requestSpecs)[N]['payload']>,
    sender: SenderInfo,
  ) => Promise<Result<ResponseMap[N]>>;
};

/** Who sent a message, as the browser tells it (`runtime.MessageSender`). */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
}

export interface RouterOptions {
  extensionId: string;
  /** The extension's own origin, e.g. `chrome-extension://abc/`. */
  extensionOrigin: string;
}

export function isExtensionPage(sender: SenderInfo, options: RouterOptions): boolean {
  return (
    sender.id === options.extensionId && (sender.url ?? '').startsWith(options.extensionOrigin)
  );
}

export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async (message: unknown, sender: SenderInfo): Promise<Result<unknown>> => {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success || !(envelope.data.name in requestSpecs)) {
      return err(
        'KPI Lens received a message it does not know. Update the extension on every device.',
      );
    }
    const name = envelope.data.name as RequestName;
    const spec = requestSpecs[name];
    if (sender.id !== options.extensionId)
      return err('Messages from other extensions are refused.');
    if (spec.write && !isExtensionPage(sender, options)) {
      return err(
        'Changes to the registry can only be made from the KPI Lens popup or options page.',
      );
    }
    const payload = spec.payload.safeParse(envelope.data.payload);
    if (!payload.success) {
      const detail = payload.error.issues.slice(0, 3).map(describeIssue).join('; ');
      return err(`KPI Lens refused a malformed "${name}" request: ${detail}.`);
    }
    try {
      const handler = handlers[name] as (p: unknown, s: SenderInfo) => Promise<Result<unknown>>;
      return await handler(payload.data, sender);
    } catch (e) {
      return err(
        `KPI Lens hit an unexpected error (${e instanceof Error ? e.message : String(e)}). Nothing was changed; try again.`,
      );
    }
  };
}
