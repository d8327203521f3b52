import { describe, expect, it } from 'vitest';
import { bulkParentChoices, bulkRole } from '../../../lib/registry/bulk-role';
import { sampleRegistry } from '../../../lib/registry/sample';

const registry = sampleRegistry();
const pick = (...ids: string[]) => registry.metrics.filter((m) => ids.includes(m.id));

describe('a role given to several metrics at once', () => {
  it('a plain role needs nothing more', () => {
    const r = bulkRole(registry, pick('sessions', 'emails-sent'), 'metric', undefined);
    expect(r.ok && r.value.map((m) => m.role)).toEqual(['metric', 'metric']);
  });

  it('supporting and diagnostic come with the metric they explain', () => {
    const selected = pick('sessions', 'emails-sent');
    expect(bulkRole(registry, selected, 'supporting', undefined)).toEqual({
      ok: false,
      error: 'Pick the metric they support.',
    });
    const r = bulkRole(registry, selected, 'diagnostic', 'cac');
    expect(r.ok && r.value.map((m) => [m.id, m.role, m.supports])).toEqual([
      ['sessions', 'diagnostic', 'cac'],
      ['emails-sent', 'diagnostic', 'cac'],
    ]);
  });

  it('refuses a parent among the selected, or one that already hangs under them', () => {
    const self = bulkRole(registry, pick('sessions', 'cac'), 'supporting', 'cac');
    expect(!self.ok && self.error).toMatch(/is one of the selected metrics/);
    // Paid search CTR supports CAC: CAC cannot then support Paid search CTR.
    const ctr = registry.metrics.find((m) => m.id === 'paid-search-ctr')!;
    expect(ctr.supports).toBe('cac');
    const loop = bulkRole(registry, pick('cac'), 'supporting', 'paid-search-ctr');
    expect(!loop.ok && loop.error).toMatch(/already explains 'Customer acquisition cost'/);
  });

  it('offers every other metric as the parent, KPIs first', () => {
    const choices = bulkParentChoices(registry, pick('sessions'));
    expect(choices.map((m) => m.id)).not.toContain('sessions');
    const firstPlain = choices.findIndex((m) => m.role !== 'kpi');
    expect(choices.slice(0, firstPlain).every((m) => m.role === 'kpi')).toBe(true);
    expect(choices.slice(firstPlain).some((m) => m.role === 'kpi')).toBe(false);
  });
});
