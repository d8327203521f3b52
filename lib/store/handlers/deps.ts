import type { Handlers } from '../../messaging/router';
import type { PendingTag } from '../../permissions/tag-menu';
import type { ObservationsStore } from '../observations-store';
import type { RegistryStore } from '../registry-store';
import type { SettingsStore } from '../settings-store';

export interface HandlerDeps {
  store: RegistryStore;
  settings: SettingsStore;
  observations: ObservationsStore;
  /** Tells every tab and page that the registry or settings changed. */
  onChanged: () => void;
  pendingTag?: Pick<PendingTag, 'take'>;
  /** Opens the options page at a hash (`#metric=<id>`); the background owns tabs. */
  openOptions?: (hash: string) => Promise<void>;
}

/** A group of request handlers, built from the background's dependencies. */
export type HandlerGroup<N extends keyof Handlers> = (
  deps: Required<HandlerDeps>,
) => Pick<Handlers, N>;
