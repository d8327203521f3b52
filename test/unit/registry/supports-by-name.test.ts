import { describe, expect, it } from 'vitest';
import { planImport } from '../../../lib/registry/import-plan';
import type { Registry } from '../../../lib/registry/schema';
import { resolveSupportsByName } from '../../../lib/registry/supports-by-name';
import { metric } from './helpers';

const current: Registry = {
  objectives: [],
  metrics: [
    {
      ...metric('trial-to-paid'),
      name: 'Trial-to-paid conversion rate',
      aliases: ['Trial conversion'],
    },
    { ...metric('cac'), name: 'Customer acquisition cost', aliases: ['CAC'] },
    { ...metric('dup-1'), name: 'Signups' },
  ],
};

const supporting = (id: string, supports: string) => ({
  ...metric(id),
  role: 'supporting' as const,
  supports,
});

describe('a supports cell written as a name', () => {
  it('reads a name or alias of the registry or the file as that metric’s id', () => {
    const incoming: Registry = {
      objectives: [],
      metrics: [
        supporting('activation', 'trial-to-paid conversion rate'),
        supporting('ctr', 'cac'),
        supporting('open-rate', 'Activation rate'),
        { ...metric('activation-rate'), name: 'Activation rate' },
      ],
    };
    const resolved = resolveSupportsByName(current, incoming);
    expect(resolved.metrics.map((m) => m.supports)).toEqual([
      'trial-to-paid',
      'cac', // an id wins, even one that is also an alias
      'activation-rate',
      undefined,
    ]);
  });

  it('leaves a name two metrics answer to, and the import says it names none', () => {
    const incoming: Registry = {
      objectives: [],
      metrics: [supporting('x', 'Signups'), { ...metric('dup-2'), name: 'Signups' }],
    };
    expect(resolveSupportsByName(current, incoming).metrics[0]!.supports).toBe('Signups');
    const plan = planImport(current, { registry: incoming, invalid: [], warnings: [] }, 'merge');
    expect(plan.invalid.map((r) => r.reasons.join(' '))).toEqual([
      "supports 'Signups', which is neither in this file nor in your registry",
    ]);
  });

  it('is how the import reads a file', () => {
    const incoming: Registry = {
      objectives: [],
      metrics: [supporting('activation', 'Trial conversion')],
    };
    const plan = planImport(current, { registry: incoming, invalid: [], warnings: [] }, 'merge');
    expect(plan.invalid).toEqual([]);
    const added = plan.changes.find((c) => c.id === 'activation');
    expect(added?.incoming).toMatchObject({ supports: 'trial-to-paid' });
  });
});
