import { describe, expect, it } from 'vitest';
import { quickLineOf, tagMetric } from '../../lib/popup/tag-metric';
import { sampleRegistry } from '../../lib/registry/sample';

const registry = sampleRegistry();
const TODAY = new Date('2026-11-23T12:00:00Z');

describe('tagging from the popup', () => {
  it('a new KPI with target, deadline and owner in one line', () => {
    const r = tagMetric(
      registry,
      {
        label: 'Revenue per user',
        role: 'kpi',
        quick: '≥ 45 $ by 2027-Q3 · Dana',
        objectiveId: 'grow-paid',
        team: '  Growth ',
      },
      TODAY,
    );
    expect(r.ok && r.value).toMatchObject({
      id: 'revenue-per-user',
      name: 'Revenue per user',
      role: 'kpi',
      owner: 'Dana',
      team: 'Growth',
      objectiveId: 'grow-paid',
      target: { op: '>=', value: 45, by: '2027-Q3' },
    });
  });

  it('a supporting metric needs its parent', () => {
    const r = tagMetric(registry, { label: 'Avg. engagement time', role: 'supporting' }, TODAY);
    expect(!r.ok && r.error).toBe("Pick the metric that 'Avg. engagement time' supports.");
    const ok = tagMetric(
      registry,
      { label: 'Avg. engagement time', role: 'supporting', parentId: 'trial-to-paid' },
      TODAY,
    );
    expect(ok.ok && ok.value).toMatchObject({ role: 'supporting', supports: 'trial-to-paid' });
  });

  it('vanity is a plain metric judged vanity', () => {
    const r = tagMetric(registry, { label: 'Likes', role: 'vanity' }, TODAY);
    expect(r.ok && r.value).toMatchObject({ role: 'metric', vanity: true });
  });

  it('re-tagging an existing metric keeps its id and other fields', () => {
    const r = tagMetric(
      registry,
      { label: 'Impressions', role: 'diagnostic', parentId: 'cac', existingId: 'impressions' },
      TODAY,
    );
    expect(r.ok && r.value).toMatchObject({
      id: 'impressions',
      role: 'diagnostic',
      supports: 'cac',
    });
  });

  it('a taken id gets a number', () => {
    const likes = { id: 'likes', name: 'Social likes', aliases: [], role: 'metric' as const };
    const withLikes = { ...registry, metrics: [...registry.metrics, { ...likes, sites: [] }] };
    const r = tagMetric(withLikes, { label: 'Likes', role: 'metric' }, TODAY);
    expect(r.ok && r.value).toMatchObject({ id: 'likes-2', name: 'Likes' });
  });

  it('a label the registry knows by name or alias updates that metric, never a second one', () => {
    // "Not this metric here" hides CSAT on a site; its label then shows as untagged there.
    const byName = tagMetric(registry, { label: ' csat ', role: 'kpi' }, TODAY);
    expect(byName.ok && byName.value).toMatchObject({ id: 'csat', name: 'CSAT', role: 'kpi' });
    const csat = registry.metrics.find((m) => m.id === 'csat')!;
    expect(byName.ok && byName.value.target).toEqual(csat.target);
    const alias = csat.aliases[0]!;
    const byAlias = tagMetric(
      registry,
      { label: alias, role: 'supporting', parentId: 'cac' },
      TODAY,
    );
    expect(byAlias.ok && byAlias.value).toMatchObject({ id: 'csat', role: 'supporting' });
  });

  it('an unreadable quick line says what it could not read', () => {
    const r = tagMetric(registry, { label: 'X', role: 'kpi', quick: 'by 30/09' }, TODAY);
    expect(r.ok).toBe(false);
  });

  it('re-tagging a KPI with only a new value keeps its deadline, baseline and owner', () => {
    const csat = registry.metrics.find((m) => m.id === 'csat')!;
    expect(csat.target).toMatchObject({ from: 84, by: '2027-03-31' });
    const r = tagMetric(
      registry,
      { label: 'CSAT', role: 'kpi', quick: '92%', existingId: 'csat' },
      TODAY,
    );
    expect(r.ok && r.value.target).toEqual({ ...csat.target, value: 92 });
    expect(r.ok && r.value.owner).toBe(csat.owner);
  });

  it('starts a re-tag from the KPI’s own line, which reads back as the same target', () => {
    const kpis = registry.metrics.filter((m) => m.role === 'kpi' && m.target);
    expect(kpis.length).toBeGreaterThan(3);
    for (const kpi of kpis) {
      const line = quickLineOf(kpi);
      const r = tagMetric(
        registry,
        { label: kpi.name, role: 'kpi', quick: line, existingId: kpi.id },
        TODAY,
      );
      expect(r.ok && [r.value.target, r.value.owner], line).toEqual([kpi.target, kpi.owner]);
    }
    expect(quickLineOf(registry.metrics.find((m) => m.id === 'csat')!)).toBe(
      '≥90% from 84% by 2027-03-31 · Sam',
    );
  });
});
