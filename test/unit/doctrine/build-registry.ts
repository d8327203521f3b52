/** Registries for the doctrine tables, written as a file would be and normalised by the schema. */
import {
  metricSchema,
  objectiveSchema,
  type Metric,
  type MetricInput,
  type Objective,
  type Registry,
} from '../../../lib/registry/schema';

export const TODAY = new Date(2026, 10, 23); // Mon 23 Nov 2026, local time

export function metric(input: Partial<MetricInput> & { id: string }): Metric {
  return metricSchema.parse({ name: input.id, ...input });
}

/** A KPI that passes every rule on its own: target with baseline and deadline, owner, objective. */
export function goodKpi(input: Partial<MetricInput> & { id: string }): Metric {
  return metric({
    role: 'kpi',
    target: { op: '>=', value: 25, unit: '%', from: 18, by: '2027-09-30' },
    owner: 'Dana',
    team: 'Growth',
    objectiveId: 'grow',
    indicator: 'lagging',
    ...input,
  });
}

export function objective(input: Partial<Objective> & { id: string }): Objective {
  return objectiveSchema.parse({ name: input.id, ...input });
}

export function registry(metrics: Metric[], objectives: Objective[] = []): Registry {
  return { objectives, metrics };
}

export const GROW = objective({
  id: 'grow',
  name: 'Grow paid conversions',
  period: '2026-Q4',
  owner: 'Dana',
});
