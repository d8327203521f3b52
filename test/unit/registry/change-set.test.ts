import { describe, expect, it } from 'vitest';
import { applyChangeSet, diffRegistries, emptyChangeSet } from '../../../lib/registry/change-set';
import { applyCheckedChange } from '../../../lib/registry/check-change';
import type { Registry } from '../../../lib/registry/schema';
import { metric } from './helpers';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const registry: Registry = {
  objectives: [{ id: 'o', name: 'Grow' }],
  metrics: [
    metric('kpi', { role: 'kpi', objectiveId: 'o', updatedAt: '2026-01-01T00:00:00.000Z' }),
    metric('child', { supports: 'kpi' }),
    metric('grandchild', { supports: 'child' }),
  ],
};

describe('change sets', () => {
  it('diff then apply gives the edited registry, stamping edited metrics with the edit time', () => {
    const edited: Registry = {
      ...registry,
      metrics: [
        metric('kpi', { role: 'kpi', objectiveId: 'o', owner: 'Dana' }),
        metric('child', { supports: 'kpi' }),
      ],
    };
    const change = diffRegistries(registry, edited);
    expect(change.upsertMetrics.map((m) => m.id)).toEqual(['kpi']);
    expect(change.deleteMetricIds).toEqual(['grandchild']);
    const after = applyChangeSet(registry, change, NOW);
    expect(after.metrics.find((m) => m.id === 'kpi')).toMatchObject({
      owner: 'Dana',
      updatedAt: NOW.toISOString(),
    });
    expect(after.metrics.map((m) => m.id)).toEqual(['kpi', 'child']);
  });

  it('an upsert that changes nothing keeps the old edit time', () => {
    const change = { ...emptyChangeSet(), upsertMetrics: [registry.metrics[0]!] };
    expect(applyChangeSet(registry, change, NOW).metrics[0]?.updatedAt).toBe(
      '2026-01-01T00:00:00.000Z',
    );
  });
});

describe('checked changes', () => {
  it.each([
    [
      { ...emptyChangeSet(), upsertMetrics: [metric('kpi', { supports: 'grandchild' })] },
      /would make a loop \(KPI → GRANDCHILD → CHILD → KPI\)|would make a loop/,
    ],
    [
      { ...emptyChangeSet(), upsertMetrics: [metric('child', { supports: 'nope' })] },
      /'CHILD' cannot support 'nope': there is no such metric/,
    ],
    [
      { ...emptyChangeSet(), upsertMetrics: [metric('child', { objectiveId: 'x' })] },
      /cannot serve objective 'x'/,
    ],
  ])('refuses %j with a sentence', (change, message) => {
    const r = applyCheckedChange(registry, change, NOW);
    expect(!r.ok && r.error).toMatch(message);
  });

  it('re-parenting under a sibling branch is fine', () => {
    const r = applyCheckedChange(
      registry,
      { ...emptyChangeSet(), upsertMetrics: [metric('grandchild', { supports: 'kpi' })] },
      NOW,
    );
    expect(r.ok).toBe(true);
  });
});
