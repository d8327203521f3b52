/** A RegistryApi over an in-memory registry state, for rendering the options page in jsdom. */
import { vi } from 'vitest';
import type { RegistryApi } from '../../../lib/messaging/registry-api';
import type { SiteAccessApi } from '../../../lib/permissions/site-access';
import type { Registry } from '../../../lib/registry/schema';
import { ok } from '../../../lib/result';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import type { RegistryState } from '../../../lib/store/registry-store';

export const EMPTY_REGISTRY: Registry = { name: undefined, objectives: [], metrics: [] };

export function fakeRegistryApi(state: RegistryState) {
  return {
    getState: async () => ok(state),
    listBackups: async () => ok([]),
    getSettings: async () => ok(DEFAULT_SETTINGS),
    undo: vi.fn(async () => ok({ undone: state.undoLabel ?? '' })),
    onChanged: () => () => undefined,
  } as unknown as RegistryApi & { undo: ReturnType<typeof vi.fn> };
}

export const noSites = {
  list: async () => ({ builtIn: [], custom: [] }),
  add: vi.fn(),
  remove: vi.fn(),
} as unknown as SiteAccessApi;
