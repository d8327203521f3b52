import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/candidates/rank-candidates';
import { untaggedLabels } from '../../../lib/popup/untagged-labels';
import { sampleRegistry } from '../../../lib/registry/sample';

const candidate = (label: string): Candidate => ({
  label,
  kinds: ['tile-title'],
  count: 1,
  score: 5,
});

describe('untaggedLabels', () => {
  it('leaves out labels the registry knows by name or alias, however written', () => {
    const registry = sampleRegistry();
    const csatAlias = registry.metrics.find((m) => m.id === 'csat')!.aliases[0]!;
    const labels = ['CSAT', 'Revenue per user', csatAlias.toUpperCase(), 'Bounce rate (%)'];
    expect(untaggedLabels(labels.map(candidate), registry).map((c) => c.label)).toEqual([
      'Revenue per user',
    ]);
  });
});
