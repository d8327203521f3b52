// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { HierarchyTree } from '../../../components/options/hierarchy/HierarchyTree';
import type { ChangeSet } from '../../../lib/registry/change-set';
import { sampleRegistry } from '../../../lib/registry/sample';
import type { Registry } from '../../../lib/registry/schema';
import { button, click, fire, key, renderInto } from './render-into';

async function tree(registry: Registry = sampleRegistry(), busy = false) {
  const onApply = vi.fn<(reason: string, change: ChangeSet) => void>();
  const onOpenMetric = vi.fn<(id: string) => void>();
  const { container } = await renderInto(
    <HierarchyTree registry={registry} busy={busy} onApply={onApply} onOpenMetric={onOpenMetric} />,
  );
  const item = (k: string) => {
    const el = container.querySelector<HTMLLIElement>(`[role=treeitem][data-key="${k}"]`);
    if (!el) throw new Error(`No item ${k}`);
    return el;
  };
  const row = (k: string) => item(k).querySelector(':scope > .kl-tree-row')!;
  /** The item's "Move under…" select, with its options built (they are built on first focus). */
  const moveSelect = async (k: string) => {
    const select = row(k).querySelector('select')!;
    await fire(select, new FocusEvent('focus'));
    return select;
  };
  return { container, onApply, onOpenMetric, item, row, moveSelect };
}

const optionValues = (select: HTMLSelectElement) => [...select.options].map((o) => o.value);

async function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  await fire(select, new Event('change', { bubbles: true }));
}

describe('HierarchyTree', () => {
  it('is an ARIA tree of objectives, KPIs and what explains them, with the north star marked', async () => {
    const { container, item } = await tree();
    expect(container.querySelector('[role=tree]')?.getAttribute('aria-label')).toBe(
      'Metric hierarchy',
    );
    expect(container.querySelectorAll('[role=treeitem]')).toHaveLength(
      4 + 1 + sampleRegistry().metrics.length,
    );
    expect(item('m:page-load-time').getAttribute('aria-level')).toBe('5');
    expect(item('m:page-load-time').parentElement?.getAttribute('role')).toBe('group');
    expect(item('m:weekly-active-teams').getAttribute('aria-label')).toBe(
      'Weekly active teams, north star KPI',
    );
    expect(item('m:weekly-active-teams').textContent).toContain('★');
    expect(item('unassigned').querySelectorAll('[role=treeitem]')).toHaveLength(8);
  });

  it('offers as parents neither the metric itself nor its descendants', async () => {
    const { moveSelect } = await tree();
    const offered = optionValues(await moveSelect('m:landing-page-cr'));
    for (const id of ['landing-page-cr', 'bounce-rate', 'page-load-time', 'cac'])
      expect(offered).not.toContain(`m:${id}`); // cac: already its parent
    expect(offered).toContain('m:trial-to-paid');
    expect(offered).toContain('none');
  });

  it('moves under the chosen parent once Move is pressed', async () => {
    const { container, onApply, moveSelect } = await tree();
    const select = await moveSelect('m:bounce-rate');
    await choose(select, 'm:cac');
    expect(onApply).not.toHaveBeenCalled();
    await click(button(container, 'Move'));
    expect(onApply).toHaveBeenCalledOnce();
    const [reason, change] = onApply.mock.calls[0]!;
    expect(reason).toBe("Move 'Bounce rate' under 'Customer acquisition cost'");
    expect(change.upsertMetrics).toMatchObject([{ id: 'bounce-rate', supports: 'cac' }]);
    expect(change).toMatchObject({
      deleteMetricIds: [],
      upsertObjectives: [],
      deleteObjectiveIds: [],
    });
  });

  it('moves to no parent', async () => {
    const { container, onApply, moveSelect } = await tree();
    await choose(await moveSelect('m:bounce-rate'), 'none');
    await click(button(container, 'Move'));
    const [, change] = onApply.mock.calls[0]!;
    expect(change.upsertMetrics[0]?.id).toBe('bounce-rate');
    expect(change.upsertMetrics[0]?.supports).toBeUndefined();
  });

  it('moves by keyboard through the items and opens a metric with Enter', async () => {
    const { item, onOpenMetric } = await tree();
    const first = item('o:grow-paid');
    expect(first.tabIndex).toBe(0);
    first.focus();
    await key(first, 'ArrowDown');
    expect(document.activeElement).toBe(item('m:weekly-active-teams'));
    expect(item('m:weekly-active-teams').tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
    await key(document.activeElement!, 'Enter');
    expect(onOpenMetric).toHaveBeenCalledWith('weekly-active-teams');
    await key(document.activeElement!, 'ArrowLeft');
    expect(document.activeElement).toBe(first);
  });

  it('collapses and expands with the arrow keys', async () => {
    const { item } = await tree();
    const cac = item('m:cac');
    cac.focus();
    await key(cac, 'ArrowLeft');
    expect(item('m:cac').getAttribute('aria-expanded')).toBe('false');
    expect(item('m:cac').querySelector('[role=group]')).toBeNull();
    await key(item('m:cac'), 'ArrowRight');
    expect(item('m:cac').getAttribute('aria-expanded')).toBe('true');
    expect(item('m:cac').querySelectorAll('[role=treeitem]')).toHaveLength(4);
  });

  it('leaves the arrow keys of a row’s Move select to the select', async () => {
    const { item, row } = await tree();
    item('m:cac').focus();
    await key(row('m:cac').querySelector('select')!, 'ArrowDown');
    expect(document.activeElement).toBe(item('m:cac'));
  });

  it('moves by drag and drop onto a legal parent only', async () => {
    const { row, onApply } = await tree();
    const drag = (type: string, target: Element) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      return fire(target, event).then(() => event);
    };
    await drag('dragstart', row('m:landing-page-cr').querySelector('.kl-tree-handle')!);
    expect((await drag('dragover', row('m:page-load-time'))).defaultPrevented).toBe(false);
    expect((await drag('dragover', row('m:trial-to-paid'))).defaultPrevented).toBe(true);
    expect(row('m:trial-to-paid').classList).toContain('kl-tree-row--drop');
    await drag('drop', row('m:trial-to-paid'));
    expect(onApply).toHaveBeenCalledWith(
      "Move 'Landing-page conversion rate' under 'Trial-to-paid conversion rate'",
      expect.objectContaining({
        upsertMetrics: [
          expect.objectContaining({ id: 'landing-page-cr', supports: 'trial-to-paid' }),
        ],
      }),
    );
  });

  it('turns the move controls off while a write is under way', async () => {
    const { container, row } = await tree(sampleRegistry(), true);
    expect([...container.querySelectorAll('select')].every((s) => s.disabled)).toBe(true);
    expect(row('m:cac').querySelector('.kl-tree-handle')?.getAttribute('draggable')).toBe('false');
  });
});
