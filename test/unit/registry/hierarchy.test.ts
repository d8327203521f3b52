import { describe, expect, it } from 'vitest';
import {
  allowedParents,
  buildHierarchy,
  moveMetric,
  type MetricNode,
} from '../../../lib/registry/hierarchy';
import { sampleRegistry } from '../../../lib/registry/sample';
import { metricSchema, objectiveSchema, type MetricInput } from '../../../lib/registry/schema';

const metric = (input: Partial<MetricInput> & { id: string }) =>
  metricSchema.parse({ name: input.id, ...input });
const objective = (id: string) => objectiveSchema.parse({ id, name: id });

/** A tree as nested ids, the way a reader would sketch it: `a(b(c) d)`. */
function sketch(nodes: MetricNode[]): string {
  return nodes
    .map((n) => (n.children.length ? `${n.metric.id}(${sketch(n.children)})` : n.metric.id))
    .join(' ');
}

describe('buildHierarchy', () => {
  it.each([
    {
      shown: 'a KPI under its objective, what explains it under the KPI',
      metrics: [
        metric({ id: 'raw', supports: 'diag' }),
        metric({ id: 'diag', role: 'diagnostic', supports: 'sup' }),
        metric({ id: 'sup', role: 'supporting', supports: 'kpi' }),
        metric({ id: 'kpi', role: 'kpi', objectiveId: 'o' }),
      ],
      underObjective: 'kpi(sup(diag(raw)))',
      unassigned: '',
    },
    {
      shown: 'the north star first, then KPIs, then the rest, each by name',
      metrics: [
        metric({ id: 'b-metric', objectiveId: 'o' }),
        metric({ id: 'z-kpi', role: 'kpi', objectiveId: 'o' }),
        metric({ id: 'a-kpi', role: 'kpi', objectiveId: 'o' }),
        metric({ id: 'star', role: 'kpi', northStar: true, objectiveId: 'o' }),
      ],
      underObjective: 'star a-kpi z-kpi b-metric',
      unassigned: '',
    },
    {
      shown: 'no objective and no parent: unassigned',
      metrics: [metric({ id: 'followers' }), metric({ id: 'kpi', role: 'kpi', objectiveId: 'o' })],
      underObjective: 'kpi',
      unassigned: 'followers',
    },
    {
      shown: 'a missing objective or parent: unassigned rather than hidden',
      metrics: [
        metric({ id: 'lost-objective', objectiveId: 'gone' }),
        metric({ id: 'lost-parent', supports: 'gone' }),
      ],
      underObjective: '',
      unassigned: 'lost-objective lost-parent',
    },
    {
      shown: 'a parent wins over an objective of its own',
      metrics: [
        metric({ id: 'kpi', role: 'kpi', objectiveId: 'o' }),
        metric({ id: 'sub-kpi', role: 'kpi', objectiveId: 'o', supports: 'kpi' }),
      ],
      underObjective: 'kpi(sub-kpi)',
      unassigned: '',
    },
    {
      shown: 'a supports loop: broken at one member, every metric shown once',
      metrics: [
        metric({ id: 'a', supports: 'b' }),
        metric({ id: 'b', supports: 'a' }),
        metric({ id: 'c', supports: 'a' }),
        metric({ id: 'self', supports: 'self' }),
      ],
      underObjective: '',
      unassigned: 'a(b c) self',
    },
  ])('$shown', ({ metrics, underObjective, unassigned }) => {
    const tree = buildHierarchy({ objectives: [objective('o')], metrics });
    expect(sketch(tree.objectives[0]!.children)).toBe(underObjective);
    expect(sketch(tree.unassigned)).toBe(unassigned);
  });

  it('keeps every objective, even one without metrics, in registry order', () => {
    const tree = buildHierarchy({ objectives: [objective('b'), objective('a')], metrics: [] });
    expect(tree.objectives.map((b) => b.objective.id)).toEqual(['b', 'a']);
  });

  it('lays out the sample registry as the doctrine reads it', () => {
    const tree = buildHierarchy(sampleRegistry());
    const byObjective = Object.fromEntries(
      tree.objectives.map((b) => [b.objective.id, sketch(b.children)]),
    );
    expect(byObjective).toEqual({
      'grow-paid':
        'weekly-active-teams qualified-demo-requests trial-to-paid(activation-rate email-open-rate)',
      'delight-customers': 'csat(first-response-time)',
      'deliver-on-time': 'on-time-delivery',
      'acquire-efficiently': 'cac(paid-search-ctr landing-page-cr(bounce-rate(page-load-time)))',
    });
    expect(sketch(tree.unassigned)).toBe(
      'app-downloads emails-sent followers impressions sales-calls-made sessions total-page-views total-registered-users',
    );
  });
});

describe('allowedParents', () => {
  const registry = sampleRegistry();
  const ids = (metricId: string) => allowedParents(registry, metricId).map((m) => m.id);

  it.each([
    { metricId: 'landing-page-cr', never: ['landing-page-cr', 'bounce-rate', 'page-load-time'] },
    {
      metricId: 'cac',
      never: ['cac', 'paid-search-ctr', 'landing-page-cr', 'bounce-rate', 'page-load-time'],
    },
    { metricId: 'page-load-time', never: ['page-load-time'] },
  ])('never offers $metricId itself or a descendant', ({ metricId, never }) => {
    const offered = ids(metricId);
    for (const id of never) expect(offered).not.toContain(id);
    expect(offered).toHaveLength(registry.metrics.length - never.length);
  });

  it('offers the current parent and the ancestors, sorted by name', () => {
    const offered = allowedParents(registry, 'page-load-time');
    expect(offered.map((m) => m.id)).toEqual(expect.arrayContaining(['bounce-rate', 'cac']));
    const names = offered.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});

describe('moveMetric', () => {
  const registry = sampleRegistry();

  it('re-parents with one upsert and a reason that names both', () => {
    const move = moveMetric(registry, 'bounce-rate', 'cac');
    expect(move?.reason).toBe("Move 'Bounce rate' under 'Customer acquisition cost'");
    expect(move?.change.upsertMetrics).toEqual([
      { ...registry.metrics.find((m) => m.id === 'bounce-rate'), supports: 'cac' },
    ]);
    expect(move?.change.deleteMetricIds).toEqual([]);
  });

  it('takes the parent away, saying which one', () => {
    const move = moveMetric(registry, 'bounce-rate', undefined);
    expect(move?.reason).toBe("Move 'Bounce rate' out from under 'Landing-page conversion rate'");
    expect(move?.change.upsertMetrics[0]?.supports).toBeUndefined();
  });

  it.each([
    { shown: 'under a descendant (a loop)', metricId: 'cac', parentId: 'page-load-time' },
    { shown: 'under itself', metricId: 'cac', parentId: 'cac' },
    { shown: 'under its current parent', metricId: 'bounce-rate', parentId: 'landing-page-cr' },
    { shown: 'under a missing metric', metricId: 'bounce-rate', parentId: 'gone' },
    { shown: 'a missing metric', metricId: 'gone', parentId: 'cac' },
    { shown: 'to no parent when it has none', metricId: 'sessions', parentId: undefined },
  ])('refuses $shown', ({ metricId, parentId }) => {
    expect(moveMetric(registry, metricId, parentId)).toBeNull();
  });
});
