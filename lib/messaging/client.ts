/** Sends typed requests to the background and gets a `Result` back, never a throw. */
import { browser } from 'wxt/browser';
import { err, type Result } from '../result';
import {
  broadcastSchema,
  type RequestName,
  type RequestPayload,
  type ResponseMap,
  type TabRequestName,
  type TabRequestPayload,
  type TabResponseMap,
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

/** Asks the content script in a tab's top frame; a tab without one answers with an error. */
export async function requestTab<N extends TabRequestName>(
  tabId: number,
  name: N,
  payload: TabRequestPayload<N>,
): Promise<Result<TabResponseMap[N]>> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { name, payload }, { frameId: 0 })) as
      Result<TabResponseMap[N]> | undefined;
    return answer ?? err('KPI Lens is not running on this page.');
  } catch {
    return err(
      'KPI Lens is not running on this page. Reload the page, or enable KPI Lens for this site.',
    );
  }
}
