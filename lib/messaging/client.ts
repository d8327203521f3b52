/** Sends typed requests to the background and gets a `Result` back, never a throw. */
import { browser } from 'wxt/browser';
import { err, type Result } from '../result';
import {
  broadcastSchema,
  type RequestName,
  type RequestPayload,
  type ResponseMap,
} from './protocol';

export async function request<N extends RequestName>(
  name: N,
  payload: RequestPayload<N>,
): Promise<Result<ResponseMap[N]>> {
  try {
    const answer = (await browser.runtime.sendMessage({ name, payload })) as
      Result<ResponseMap[N]> | undefined;
    return (
      answer ??
      err('KPI Lens did not answer. Reload this page; if it keeps happening, restart the browser.')
    );
  } catch (e) {
    return err(
      `KPI Lens could not be reached (${e instanceof Error ? e.message : String(e)}). Reload this page and try again.`,
    );
  }
}

/** Calls `onChange` when the registry changes; returns the function that stops listening. */
export function onRegistryChanged(onChange: (revision: number) => void): () => void {
  const listener = (message: unknown) => {
    const parsed = broadcastSchema.safeParse(message);
    if (parsed.success) onChange(parsed.data.payload.revision);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
