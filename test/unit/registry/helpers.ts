import { byId } from '../../../lib/registry/export-json';
import type { Metric, Registry } from '../../../lib/registry/schema';

/** Record order carries no meaning (the store keeps records by id): compare registries in id order. */
export function inIdOrder(registry: Registry): Registry {
  return {
    ...registry,
    objectives: [...registry.objectives].sort(byId),
    metrics: [...registry.metrics].sort(byId),
  };
}

/** A metric record named after its id, with the fields a test adds. */
export const metric = (id: string, extra: Partial<Metric> = {}): Metric => ({
  id,
  name: id.toUpperCase(),
  aliases: [],
  role: 'metric',
  sites: [],
  ...extra,
});
