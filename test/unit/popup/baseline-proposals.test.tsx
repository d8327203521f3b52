// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { BaselineProposals } from '../../../components/popup/BaselineProposals';
import type { RegistryApi } from '../../../lib/messaging/registry-api';
import { sampleRegistry } from '../../../lib/registry/sample';
import { ok } from '../../../lib/result';
import { fire, renderInto } from '../options/render-into';

const csat = {
  ...sampleRegistry().metrics.find((m) => m.id === 'csat')!,
  target: { op: '>=' as const, value: 90, unit: '%' },
};
const weekly = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29'].map(
  (day, i) => ({
    at: `${day}T10:00:00.000Z`,
    value: [84, 83, 85, 84, 86][i]!,
    unit: '%',
  }),
);

describe('baseline proposals in the popup', () => {
  it('offers the median of 4-6 weeks of readings as the baseline, in one click', async () => {
    const api = { history: vi.fn(async () => ok({ csat: weekly })) } as unknown as RegistryApi;
    const onUse = vi.fn();
    const { container } = await renderInto(
      <BaselineProposals api={api} metrics={[csat]} busy={false} onUse={onUse} />,
    );
    await act(() => new Promise((r) => setTimeout(r, 0)));
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('Use 84% as baseline');
    await fire(button, new MouseEvent('click', { bubbles: true }));
    expect(onUse).toHaveBeenCalledWith(csat, 84);
  });

  it('says nothing while there are too few readings, or when the target has a baseline', async () => {
    const api = {
      history: vi.fn(async () => ok({ csat: weekly.slice(0, 2) })),
    } as unknown as RegistryApi;
    const { container } = await renderInto(
      <BaselineProposals api={api} metrics={[csat]} busy={false} onUse={() => undefined} />,
    );
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(container.textContent).toBe('');
    const withBaseline = { ...csat, target: { ...csat.target, from: 80 } };
    const { container: c2 } = await renderInto(
      <BaselineProposals api={api} metrics={[withBaseline]} busy={false} onUse={() => undefined} />,
    );
    expect(c2.textContent).toBe('');
  });
});
