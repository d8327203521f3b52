/**
 * What the background does for each request, by group. Reads and writes go through the
 * stores; the registry logic is the same pure code the pages use for their previews.
 */
import type { Handlers } from '../messaging/router';
import type { HandlerDeps } from './handlers/deps';
import { observationHandlers } from './handlers/observation-handlers';
import { registryHandlers } from './handlers/registry-handlers';
import { settingsHandlers } from './handlers/settings-handlers';

export type { HandlerDeps } from './handlers/deps';
export { senderPage } from './handlers/sender-page';
export { snapshotFor } from './handlers/snapshot';

export function createRequestHandlers(deps: HandlerDeps): Handlers {
  const all: Required<HandlerDeps> = {
    pendingTag: { take: () => null },
    openOptions: async () => undefined,
    ...deps,
  } as Required<HandlerDeps>;
  return { ...registryHandlers(all), ...settingsHandlers(all), ...observationHandlers(all) };
}
