import type { Registry } from '../../../lib/registry/schema';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Record order carries no meaning (the store keeps records by id): compare registries in id order. */
export function inIdOrder(registry: Registry): Registry {
  return {
    ...registry,
    objectives: [...registry.objectives].sort(byId),
    metrics: [...registry.metrics].sort(byId),
  };
}
