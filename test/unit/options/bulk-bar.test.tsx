// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { BulkBar } from '../../../components/options/metrics/BulkBar';
import type { ChangeSet } from '../../../lib/registry/change-set';
import { sampleRegistry } from '../../../lib/registry/sample';
import { button, click, fire, renderInto } from './render-into';

const choose = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  return fire(select, new Event('change', { bubbles: true }));
};

describe('BulkBar: changing the role of several metrics', () => {
  it('asks which metric supporting metrics support before applying', async () => {
    const registry = sampleRegistry();
    const selected = registry.metrics.filter((m) => ['sessions', 'emails-sent'].includes(m.id));
    const onApply = vi.fn<(reason: string, change: ChangeSet) => void>();
    const { container } = await renderInto(
      <BulkBar
        registry={registry}
        selected={selected}
        busy={false}
        onApply={onApply}
        onClear={() => undefined}
      />,
    );
    const select = (label: string) =>
      container.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`)!;
    await choose(select('Bulk action'), 'role');
    expect(select('Metric they support')).toBeNull();
    await choose(select('New role'), 'supporting');
    await click(button(container, 'Apply'));
    expect(onApply).not.toHaveBeenCalled();
    expect(container.querySelector('[role=alert]')?.textContent).toBe(
      'Pick the metric they support.',
    );

    await choose(select('Metric they support'), 'trial-to-paid');
    expect(container.querySelector('[role=alert]')).toBeNull();
    await click(button(container, 'Apply'));
    const [reason, change] = onApply.mock.calls[0]!;
    expect(reason).toBe('Bulk edit: role of 2 metrics');
    expect(change.upsertMetrics.map((m) => [m.id, m.role, m.supports])).toEqual([
      ['sessions', 'supporting', 'trial-to-paid'],
      ['emails-sent', 'supporting', 'trial-to-paid'],
    ]);
  });
});
