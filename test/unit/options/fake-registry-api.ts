/** A RegistryApi over an in-memory registry state, for rendering the options page in jsdom. */
import { vi } from 'vitest';
import type { RegistryApi } from '../../../lib/messaging/registry-api';
import type { SiteAccessApi } from '../../../lib/permissions/site-access';
import type { Registry } from '../../../lib/registry/schema';
import { ok } from '../../../lib/result';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import type { RegistryState } from '../../../lib/store/registry-store';

/**
 * An answer on a later task, as the background's would come. A test's `settle()` then takes
 * it inside act: an update landing between two acts would leave Preact an effect timer that
 * outlives the test file's DOM.
 */
const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 0));

export const EMPTY_REGISTRY: Registry = { name: undefined, objectives: [], metrics: [] };

export function fakeRegistryApi(state: RegistryState) {
  return {
    getState: () => later(ok(state)),
    listBackups: () => later(ok([])),
    getSettings: () => later(ok(DEFAULT_SETTINGS)),
    undo: vi.fn(() => later(ok({ undone: state.undoLabel ?? '' }))),
    onChanged: () => () => undefined,
  } as unknown as RegistryApi & { undo: ReturnType<typeof vi.fn> };
}

export const noSites = {
  list: () => later({ builtIn: [], custom: [] }),
  add: vi.fn(),
  remove: vi.fn(),
} as unknown as SiteAccessApi;
