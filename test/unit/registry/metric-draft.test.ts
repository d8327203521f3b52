import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  emptyDraft,
  metricToDraft,
  type MetricDraft,
} from '../../../lib/registry/metric-draft';
import { sampleRegistry } from '../../../lib/registry/sample';

const draft = (patch: Partial<MetricDraft>): MetricDraft => ({
  ...emptyDraft(),
  id: 'x',
  name: 'X',
  ...patch,
});

describe('the metric form draft', () => {
  it('every sample metric goes to a draft and back unchanged', () => {
    for (const m of sampleRegistry().metrics)
      expect(checkDraft(metricToDraft(m)).metric).toEqual(m);
  });

  it.each<[Partial<MetricDraft>, Record<string, string>]>([
    [{ name: '' }, { name: 'Must not be empty.' }],
    [
      { targetOp: '>=', targetValue: 'lots' },
      { targetValue: 'Type a number, such as 25 or 4.5 (the unit goes in its own box).' },
    ],
    [{ targetOp: '>=' }, { targetValue: 'A target needs a value: type the number to reach.' }],
    [{ targetValue: '25' }, { targetOp: 'Pick at least (≥), at most (≤) or exactly (=).' }],
    [
      { targetOp: '>=', targetValue: '25', targetBy: 'soon' },
      { targetBy: 'Must be a date such as 2026-09-30 or a period such as 2026-Q3.' },
    ],
    [{ lastReviewed: 'yesterday' }, { lastReviewed: 'Must be a date such as 2026-11-17.' }],
    [{ targetOp: '<=', targetValue: '1,200', targetFrom: '950' }, {}],
  ])('%j -> %j', (patch, errors) => {
    expect(checkDraft(draft(patch)).errors).toEqual(errors);
  });

  it('reads numbers with thousands separators and keeps sites as a list', () => {
    const { metric } = checkDraft(
      draft({ targetOp: '>=', targetValue: '1,200', sites: 'acme.com, metabase.acme.com ' }),
    );
    expect(metric?.target?.value).toBe(1200);
    expect(metric?.sites).toEqual(['acme.com', 'metabase.acme.com']);
  });
});
