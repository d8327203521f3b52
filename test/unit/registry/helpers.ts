import { byId } from '../../../lib/registry/export-json';
import type { Registry } from '../../../lib/registry/schema';

/** Record order carries no meaning (the store keeps records by id): compare registries in id order. */
export function inIdOrder(registry: Registry): Registry {
  return {
    ...registry,
    objectives: [...registry.objectives].sort(byId),
    metrics: [...registry.metrics].sort(byId),
  };
}
