import { describe, expect, it } from 'vitest';
import { findObjectiveNamed } from '../../../lib/registry/objective-name';
import { sampleRegistry } from '../../../lib/registry/sample';

describe('findObjectiveNamed', () => {
  const { objectives } = sampleRegistry();

  it.each([
    { name: 'Grow paid conversions', found: 'grow-paid' },
    { name: '  grow PAID   conversions ', found: 'grow-paid' },
    { name: 'Delight\tcustomers', found: 'delight-customers' },
    { name: 'Grow paid conversion', found: undefined },
    { name: 'Grow paid conversions faster', found: undefined },
    { name: '', found: undefined },
    { name: '   ', found: undefined },
  ])('"$name" is taken by $found', ({ name, found }) => {
    expect(findObjectiveNamed(objectives, name)?.id).toBe(found);
  });

  it('lets the objective being edited keep its own name, in any case', () => {
    expect(findObjectiveNamed(objectives, 'Grow paid conversions', 'grow-paid')).toBe(undefined);
    expect(findObjectiveNamed(objectives, 'GROW paid conversions', 'grow-paid')).toBe(undefined);
    expect(findObjectiveNamed(objectives, 'Delight customers', 'grow-paid')?.id).toBe(
      'delight-customers',
    );
  });
});
