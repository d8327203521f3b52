import { describe, expect, it } from 'vitest';
import { findNameClashes } from '../../../lib/registry/name-clash';
import { sampleRegistry } from '../../../lib/registry/sample';

describe('findNameClashes', () => {
  const registry = sampleRegistry();

  it.each([
    { text: 'Sessions', clashes: [['sessions', 'name']] },
    { text: 'visits', clashes: [['sessions', 'alias']] },
    { text: '  BOUNCE   RATE ', clashes: [['bounce-rate', 'name']] },
    { text: 'Landing page CR', clashes: [['landing-page-cr', 'alias']] },
    {
      text: 'Landing–page conversion rate',
      clashes: [
        ['landing-page-cr', 'name'],
        ['landing-page-cr', 'alias'],
      ],
    },
    { text: 'Csát', clashes: [['csat', 'name']] },
    { text: 'Bounce rate (%)', clashes: [['bounce-rate', 'name']] },
    { text: 'Trial → paid', clashes: [['trial-to-paid', 'alias']] },
    { text: 'Bounce', clashes: [] },
    { text: 'Sessions per user', clashes: [] },
    { text: '', clashes: [] },
    { text: '   ', clashes: [] },
  ])('"$text" clashes with $clashes', ({ text, clashes }) => {
    expect(findNameClashes(registry, text).map((c) => [c.metricId, c.field])).toEqual(clashes);
  });

  it('names the metric it clashes with', () => {
    expect(findNameClashes(registry, 'CTR')).toEqual([
      { metricId: 'paid-search-ctr', metricName: 'Paid search CTR', field: 'alias' },
    ]);
  });

  it('lets the metric being edited keep its own name and aliases', () => {
    expect(findNameClashes(registry, 'Visits', 'sessions')).toEqual([]);
    expect(findNameClashes(registry, 'Sessions', 'sessions')).toEqual([]);
  });

  it('reports every metric that uses the label, once per field', () => {
    const twice = {
      ...registry,
      metrics: [
        ...registry.metrics,
        {
          ...registry.metrics.find((m) => m.id === 'sessions')!,
          id: 'sessions-2',
          aliases: ['Sessions', 'sessions'],
        },
      ],
    };
    expect(findNameClashes(twice, 'sessions').map((c) => [c.metricId, c.field])).toEqual([
      ['sessions', 'name'],
      ['sessions-2', 'name'],
      ['sessions-2', 'alias'],
    ]);
  });
});
