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
    expect(move?.reason).toBe(
      "Move 'Bounce rate' out from under 'Landing-page conversion rate' as a plain metric",
    );
    expect(move?.change.upsertMetrics[0]).toMatchObject({ supports: undefined, role: 'metric' });
  });

  // What the tree shows is what the record says: under a metric, a metric explains it.
  it.each([
    {
      shown: 'a KPI under a KPI becomes a supporting KPI and leaves its objective',
      metricId: 'cac',
      parentId: 'csat',
      role: 'supporting',
      reason:
        "Move 'Customer acquisition cost' under 'CSAT' as a supporting KPI, no longer tied to 'Acquire customers efficiently'",
    },
    {
      shown: 'the north star under a KPI is no longer the north star',
      metricId: 'weekly-active-teams',
      parentId: 'trial-to-paid',
      role: 'supporting',
      reason:
        "Move 'Weekly active teams' under 'Trial-to-paid conversion rate' as a supporting KPI, no longer tied to 'Grow paid conversions', no longer the north star",
    },
    {
      shown: 'a raw metric under a KPI becomes supporting',
      metricId: 'sessions',
      parentId: 'cac',
      role: 'supporting',
      reason: "Move 'Sessions' under 'Customer acquisition cost' as a supporting metric",
    },
    {
      shown: 'a raw metric under a supporting metric becomes a diagnostic',
      metricId: 'sessions',
      parentId: 'paid-search-ctr',
      role: 'diagnostic',
      reason: "Move 'Sessions' under 'Paid search CTR' as a diagnostic metric",
    },
    {
      shown: 'a supporting metric under a supporting metric becomes a diagnostic',
      metricId: 'activation-rate',
      parentId: 'paid-search-ctr',
      role: 'diagnostic',
      reason: "Move 'Activation rate' under 'Paid search CTR' as a diagnostic metric",
    },
    {
      shown: 'a KPI under a raw metric becomes a diagnostic',
      metricId: 'csat',
      parentId: 'sessions',
      role: 'diagnostic',
      reason:
        "Move 'CSAT' under 'Sessions' as a diagnostic metric, no longer tied to 'Delight customers'",
    },
    {
      shown: 'a diagnostic under a KPI stays a diagnostic',
      metricId: 'bounce-rate',
      parentId: 'csat',
      role: 'diagnostic',
      reason: "Move 'Bounce rate' under 'CSAT'",
    },
    {
      shown: 'a supporting metric under another KPI stays supporting',
      metricId: 'activation-rate',
      parentId: 'csat',
      role: 'supporting',
      reason: "Move 'Activation rate' under 'CSAT'",
    },
  ])('$shown', ({ metricId, parentId, role, reason }) => {
    const move = moveMetric(registry, metricId, parentId);
    const moved = move?.change.upsertMetrics[0];
    expect(move?.reason).toBe(reason);
    expect(moved).toMatchObject({ id: metricId, supports: parentId, role });
    expect(moved?.objectiveId).toBeUndefined();
    expect(moved?.northStar).toBeUndefined();
  });

  it('keeps everything else about the metric, so that undo restores it whole', () => {
    const cac = registry.metrics.find((m) => m.id === 'cac')!;
    const moved = moveMetric(registry, 'cac', 'csat')?.change.upsertMetrics[0];
    expect(moved).toEqual({
      ...cac,
      supports: 'csat',
      role: 'supporting',
      objectiveId: undefined,
    });
  });

  it('leaves a KPI a KPI, with its objective, when it is moved out from under a metric', () => {
    const tangled = {
      ...registry,
      metrics: registry.metrics.map((m) => (m.id === 'cac' ? { ...m, supports: 'csat' } : m)),
    };
    const move = moveMetric(tangled, 'cac', undefined);
    expect(move?.reason).toBe("Move 'Customer acquisition cost' out from under 'CSAT'");
    expect(move?.change.upsertMetrics[0]).toMatchObject({
      role: 'kpi',
      objectiveId: 'acquire-efficiently',
      supports: undefined,
    });
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
