import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../lib/registry/import-plan';
import type { Registry } from '../../../lib/registry/schema';
import { metric } from './helpers';

const file = (registry: Registry) => ({ registry, invalid: [], warnings: [] });
const OLD = '2026-11-01T00:00:00.000Z';
const NEW = '2026-11-20T00:00:00.000Z';

const current: Registry = {
  name: 'Mine',
  objectives: [{ id: 'o1', name: 'Grow' }],
  metrics: [
    metric('same'),
    metric('theirs-newer', { owner: 'Dana', updatedAt: OLD }),
    metric('mine-newer', { owner: 'Sam', updatedAt: NEW }),
    metric('only-mine'),
  ],
};
const incoming: Registry = {
  name: 'Theirs',
  objectives: [{ id: 'o1', name: 'Grow' }],
  metrics: [
    metric('same'),
    metric('theirs-newer', { owner: 'Lee', updatedAt: NEW }),
    metric('mine-newer', { owner: 'Alex', updatedAt: OLD }),
    metric('new-one', { objectiveId: 'o1' }),
  ],
};

describe('import preview', () => {
  it('classifies every record: added, updated, unchanged, conflicting', () => {
    const plan = planImport(current, file(incoming), 'merge');
    const status = Object.fromEntries(plan.changes.map((c) => [c.id, c.status]));
    expect(status).toEqual({
      o1: 'unchanged',
      same: 'unchanged',
      'theirs-newer': 'updated',
      'mine-newer': 'conflict',
      'new-one': 'added',
    });
    expect(plan.counts).toMatchObject({
      added: 1,
      updated: 1,
      unchanged: 2,
      conflict: 1,
      removed: 0,
      invalid: 0,
    });
  });

  it('carries what the file leaves out to the preview', () => {
    const warnings = [
      'Not read: the column “Budget” (KPI Lens has no such field). Its cells are left out.',
    ];
    const plan = planImport(current, { ...file(incoming), warnings }, 'merge');
    expect(plan.warnings).toEqual(warnings);
  });

  it('merge keeps the newer edit by default and records only I have', () => {
    const plan = planImport(current, file(incoming), 'merge');
    const after = applyImport(current, plan, {});
    const owner = Object.fromEntries(after.metrics.map((m) => [m.id, m.owner]));
    expect(owner).toMatchObject({ 'theirs-newer': 'Lee', 'mine-newer': 'Sam' });
    expect(after.metrics.map((m) => m.id).sort()).toEqual([
      'mine-newer',
      'new-one',
      'only-mine',
      'same',
      'theirs-newer',
    ]);
    expect(after.name).toBe('Mine');
  });

  it('a person can pick per record', () => {
    const plan = planImport(current, file(incoming), 'merge');
    const after = applyImport(current, plan, {
      'metric:mine-newer': 'incoming',
      'metric:theirs-newer': 'current',
    });
    const owner = Object.fromEntries(after.metrics.map((m) => [m.id, m.owner]));
    expect(owner).toMatchObject({ 'theirs-newer': 'Dana', 'mine-newer': 'Alex' });
  });

  it('replace lists what it removes and leaves exactly the file', () => {
    const plan = planImport(current, file(incoming), 'replace');
    expect(plan.changes.filter((c) => c.status === 'removed').map((c) => c.id)).toEqual([
      'only-mine',
    ]);
    const after = applyImport(current, plan, {});
    expect(after.metrics.map((m) => m.id).sort()).toEqual([
      'mine-newer',
      'new-one',
      'same',
      'theirs-newer',
    ]);
    expect(after.name).toBe('Theirs');
  });

  it('a record with no updatedAt counts as the oldest', () => {
    const plan = planImport(
      { objectives: [], metrics: [metric('a', { owner: 'x' })] },
      file({ objectives: [], metrics: [metric('a', { owner: 'y', updatedAt: OLD })] }),
      'merge',
    );
    expect(plan.changes[0]?.status).toBe('updated');
  });
});

describe('references are checked against what the import leaves behind', () => {
  it('a supports that names nothing makes that record invalid, with a reason', () => {
    const plan = planImport(
      current,
      file({ objectives: [], metrics: [metric('x', { supports: 'ghost' })] }),
      'merge',
    );
    expect(plan.changes.filter((c) => c.kind === 'metric')).toEqual([]);
    expect(plan.invalid[0]).toMatchObject({
      id: 'x',
      reasons: ["supports 'ghost', which is neither in this file nor in your registry"],
    });
  });

  it('a supports that names a metric already in my registry is fine', () => {
    const plan = planImport(
      current,
      file({ objectives: [], metrics: [metric('x', { supports: 'only-mine' })] }),
      'merge',
    );
    expect(plan.invalid).toEqual([]);
  });

  it('but not in a replace, where that metric goes away', () => {
    const plan = planImport(
      current,
      file({ objectives: [], metrics: [metric('x', { supports: 'only-mine' })] }),
      'replace',
    );
    expect(plan.invalid.map((r) => r.id)).toEqual(['x']);
  });

  it('an objectiveId that names no objective is invalid', () => {
    const plan = planImport(
      { objectives: [], metrics: [] },
      file({ objectives: [], metrics: [metric('k', { role: 'kpi', objectiveId: 'nope' })] }),
      'merge',
    );
    expect(plan.invalid[0]?.reasons[0]).toBe(
      "objectiveId 'nope' names no objective in this file or in your registry",
    );
  });

  it('a loop of supports is refused for every metric on it, and the rest still imports', () => {
    const loop = [
      metric('a', { supports: 'b' }),
      metric('b', { supports: 'c' }),
      metric('c', { supports: 'a' }),
      metric('d'),
    ];
    const plan = planImport(
      { objectives: [], metrics: [] },
      file({ objectives: [], metrics: loop }),
      'merge',
    );
    expect(plan.invalid.map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
    expect(plan.invalid[0]?.reasons[0]).toMatch(
      /forms a loop \('A' → 'B' → 'C' → 'A'\)|forms a loop/,
    );
    expect(plan.changes.map((c) => c.id)).toEqual(['d']);
  });

  it('dropping a record drops those that lean on it', () => {
    const chain = [metric('a', { supports: 'ghost' }), metric('b', { supports: 'a' })];
    const plan = planImport(
      { objectives: [], metrics: [] },
      file({ objectives: [], metrics: chain }),
      'merge',
    );
    expect(plan.invalid.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
