import { describe, expect, it } from 'vitest';
import { fixAll, groupFindings, reviewRegistry } from '../../../lib/registry/doctrine';
import { sampleRegistry } from '../../../lib/registry/sample';
import type { Metric, Registry } from '../../../lib/registry/schema';

const TODAY = new Date(2026, 10, 23);

/** A teammate's spreadsheet: every row marked KPI, none with a target. */
function spreadsheet(count: number): Registry {
  const sample = sampleRegistry();
  const kpis: Metric[] = Array.from({ length: count }, (_, i) => ({
    id: `row-${i}`,
    name: `Row ${i}`,
    aliases: [],
    role: 'kpi',
    sites: [],
    owner: 'Dana',
  }));
  return { ...sample, metrics: [...sample.metrics, ...kpis] };
}

describe('grouping the review', () => {
  it('keeps a few findings of a rule as rows and makes many into one group', () => {
    const sample = groupFindings(reviewRegistry(sampleRegistry(), TODAY).findings);
    // Errors and warnings stay rows; the sample's 5 teams and 3 objectives with few KPIs
    // (notes) are a group each.
    const few = sample.filter((row) => row.kind === 'one' || row.findings[0]!.severity !== 'info');
    expect(few.every((row) => row.kind === 'one')).toBe(true);
    expect(
      sample.filter((row) => row.kind === 'group').map((g) => [g.ruleId, g.findings.length]),
    ).toEqual([
      ['team-few-kpis', 5],
      ['objective-few-kpis', 3],
    ]);

    const rows = groupFindings(reviewRegistry(spreadsheet(30), TODAY).findings);
    const groups = rows.filter((row) => row.kind === 'group');
    expect(groups.map((g) => g.ruleId)).toContain('kpi-without-target');
    const target = groups.find((g) => g.ruleId === 'kpi-without-target')!;
    // The sample's own KPI without a target and the 30 rows.
    expect(target.findings).toHaveLength(31);
    // Every finding is in exactly one row, in the review's order of rules.
    const flat = rows.flatMap((row) => (row.kind === 'one' ? [row.finding] : row.findings));
    expect(flat).toHaveLength(reviewRegistry(spreadsheet(30), TODAY).findings.length);
  });

  it('fixes all of a group in one registry, touching only their metrics', () => {
    const registry = spreadsheet(12);
    const findings = reviewRegistry(registry, TODAY).findings.filter(
      (f) => f.ruleId === 'kpi-without-target',
    );
    const all = fixAll(findings)!;
    expect(all.label).toBe('Make it a plain metric: all 13');
    const fixed = all.apply(registry, TODAY);
    const ids = new Set(findings.map((f) => f.metricId));
    for (const m of fixed.metrics) {
      const before = registry.metrics.find((b) => b.id === m.id)!;
      expect(m.role).toBe(ids.has(m.id) ? 'metric' : before.role);
    }
    expect(
      reviewRegistry(fixed, TODAY).findings.some((f) => f.ruleId === 'kpi-without-target'),
    ).toBe(false);
  });

  it('offers no fix for all when a finding has no fix or two name the same metric', () => {
    const findings = reviewRegistry(spreadsheet(12), TODAY).findings.filter(
      (f) => f.ruleId === 'kpi-without-target',
    );
    expect(fixAll([...findings, { ...findings[0]!, fix: undefined }])).toBeNull();
    expect(fixAll([...findings, findings[0]!])).toBeNull();
    expect(fixAll(findings.slice(0, 1))).toBeNull();
  });
});
