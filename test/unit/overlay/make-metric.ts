import { metricSchema, type Metric, type MetricInput } from '../../../lib/registry/schema';

/** A metric record as the registry holds it (defaults applied), from the fields a test cares about. */
export function makeMetric(fields: Partial<MetricInput> & { name: string }): Metric {
  return metricSchema.parse({ id: fields.name.toLowerCase().replace(/\W+/g, '-'), ...fields });
}
