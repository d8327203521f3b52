import { describe, expect, it } from 'vitest';
import { targetWithoutBaseline } from '../../../lib/registry/doctrine/target-baseline';
import { TODAY, goodKpi, metric, registry } from './build-registry';

describe('target-without-baseline', () => {
  it.each([
    {
      shown: 'a target with no "from" is a warning, with no one-click fix',
      m: goodKpi({ id: 'csat', name: 'CSAT', target: { op: '>=', value: 90, unit: '%' } }),
      messages: [
        "'CSAT' has a target without a baseline: without the value it starts from, nobody can tell progress from noise. Add the value it starts from.",
      ],
    },
    {
      shown: 'a baseline of 0 is a baseline',
      m: goodKpi({ id: 'csat', target: { op: '>=', value: 90, from: 0 } }),
      messages: [],
    },
    { shown: 'no target: nothing', m: metric({ id: 'x' }), messages: [] },
  ])('$shown', ({ m, messages }) => {
    const findings = targetWithoutBaseline.check(registry([m]), TODAY);
    expect(findings.map((f) => f.message)).toEqual(messages);
    expect(findings.every((f) => f.severity === 'warning' && f.fix === undefined)).toBe(true);
  });
});
