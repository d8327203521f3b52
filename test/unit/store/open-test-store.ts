import { openRegistryDb } from '../../../lib/store/db';
import { RegistryStore } from '../../../lib/store/registry-store';

let counter = 0;
/** A store on a fresh in-memory database (fake-indexeddb), one per test. */
export async function openTestStore(): Promise<RegistryStore> {
  counter += 1;
  return new RegistryStore(await openRegistryDb(`kpi-lens-test-${counter}-${Math.random()}`));
}
