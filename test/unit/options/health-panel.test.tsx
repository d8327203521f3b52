// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { HealthPanel } from '../../../components/options/health/HealthPanel';
import { applyChangeSet, type ChangeSet } from '../../../lib/registry/change-set';
import { sampleRegistry } from '../../../lib/registry/sample';
import type { Registry } from '../../../lib/registry/schema';
import { GROW, goodKpi, registry } from '../doctrine/build-registry';
import { button, click, renderInto } from './render-into';

const TODAY = new Date(2026, 10, 23);

function panel(registry: Registry, busy = false) {
  const onApply = vi.fn<(reason: string, change: ChangeSet) => void>();
  const onOpenMetric = vi.fn<(id: string) => void>();
  const vnode = (r: Registry, b = busy) => (
    <HealthPanel
      registry={r}
      today={TODAY}
      busy={b}
      onApply={onApply}
      onOpenMetric={onOpenMetric}
    />
  );
  return { onApply, onOpenMetric, vnode };
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
const sectionTitles = (c: Element) => [...c.querySelectorAll('h3')].map(text);

describe('HealthPanel', () => {
  it('shows the score, its verdict and the findings grouped by severity with counts', async () => {
    const { vnode } = panel(sampleRegistry());
    const { container } = await renderInto(vnode(sampleRegistry()));
    expect(text(container.querySelector('[role=status]'))).toContain('68/100');
    expect(text(container.querySelector('[role=status]'))).toContain('Needs attention');
    expect(sectionTitles(container)).toEqual(['Errors 2', 'Warnings 1', 'Notes 9']);
    // Errors and warnings one row each; notes of one rule (5 teams, 3 objectives with few
    // KPIs) as a group showing one example each.
    expect(container.querySelectorAll('.kl-health-item')).toHaveLength(6);
    expect(
      [...container.querySelectorAll('.kl-health-many__what strong')].map((e) => text(e)),
    ).toEqual(['5 findings', '3 findings']);
  });

  it('applies a one-click fix as the change between the registry and the fixed one', async () => {
    const registry = sampleRegistry();
    const { vnode, onApply } = panel(registry);
    const { container } = await renderInto(vnode(registry));
    await click(button(container, 'Make it a plain metric'));
    expect(onApply).toHaveBeenCalledOnce();
    const [reason, change] = onApply.mock.calls[0]!;
    expect(reason).toBe('Fix: Make it a plain metric');
    expect(change.upsertMetrics.map((m) => [m.id, m.role])).toEqual([
      ['qualified-demo-requests', 'metric'],
    ]);
    expect(change.deleteMetricIds).toEqual([]);
  });

  it('updates live when re-rendered with the fixed registry', async () => {
    const registry = sampleRegistry();
    const { vnode, onApply } = panel(registry);
    const { container, rerender } = await renderInto(vnode(registry));
    await click(button(container, 'Mark it as vanity'));
    const [, change] = onApply.mock.calls[0]!;
    await rerender(vnode(applyChangeSet(registry, change, TODAY)));
    expect(text(container.querySelector('[role=status]'))).toContain('69/100');
    expect(container.querySelector('[data-rule-id=vanity-suspected]')).toBeNull();
  });

  it('opens the metric a finding is about', async () => {
    const { vnode, onOpenMetric } = panel(sampleRegistry());
    const { container } = await renderInto(vnode(sampleRegistry()));
    await click(button(container, 'Impressions'));
    expect(onOpenMetric).toHaveBeenCalledWith('impressions');
  });

  it('filters by severity', async () => {
    const { vnode } = panel(sampleRegistry());
    const { container } = await renderInto(vnode(sampleRegistry()));
    const errors = container.querySelector<HTMLButtonElement>(
      '[aria-label="Show findings"] button:nth-child(2)',
    )!;
    await click(errors);
    expect(errors.getAttribute('aria-pressed')).toBe('true');
    expect(sectionTitles(container)).toEqual(['Errors 2']);
  });

  it('explains each rule on demand, once per rule', async () => {
    const { vnode } = panel(sampleRegistry());
    const { container } = await renderInto(vnode(sampleRegistry()));
    // A group says its rule once, at its head; a single finding has it on demand.
    const group = container.querySelector('.kl-health-many[data-rule-id=team-few-kpis]')!;
    expect(text(group.querySelector('.kl-health-many__what'))).toMatch(/^5 findings · ./);
    expect(group.querySelectorAll('details')).toHaveLength(0);
    await click(button(group, 'Show all 5 (4 more)'));
    expect(group.querySelectorAll('.kl-health-item')).toHaveLength(5);
    expect(
      container.querySelector('.kl-health-item[data-rule-id=vanity-suspected] details'),
    ).not.toBeNull();
    expect(container.querySelectorAll('details[open]')).toHaveLength(0);
  });

  it('disables the fixes while a write is under way', async () => {
    const { vnode } = panel(sampleRegistry(), true);
    const { container } = await renderInto(vnode(sampleRegistry()));
    const fixes = [...container.querySelectorAll<HTMLButtonElement>('.kl-health-fix')];
    expect(fixes.length).toBeGreaterThan(0);
    expect(fixes.every((b) => b.disabled)).toBe(true);
  });

  it('says so when the registry follows the doctrine', async () => {
    // An empty registry is no example: with nothing to review it gets no score at all.
    const clean = registry(
      [
        goodKpi({ id: 'paid', indicator: 'lagging' }),
        goodKpi({ id: 'wat', indicator: 'leading' }),
        goodKpi({ id: 'act', indicator: 'leading' }),
      ],
      [GROW],
    );
    const { vnode } = panel(clean);
    const { container } = await renderInto(vnode(clean));
    expect(text(container.querySelector('[data-testid=health-empty]'))).toBe(
      'No problems found: this registry follows the doctrine.',
    );
    expect(text(container.querySelector('[role=status]'))).toContain('100/100');
    expect(container.querySelector('[aria-label="Show findings"]')).toBeNull();
  });

  it('lists many findings of one rule as a group: a preview, show all, and one fix for all', async () => {
    const sample = sampleRegistry();
    const rows = Array.from({ length: 40 }, (_, i) => ({
      id: `row-${i}`,
      name: `Row ${i}`,
      aliases: [],
      role: 'kpi' as const,
      sites: [],
      owner: 'Dana',
    }));
    const registry: Registry = { ...sample, metrics: [...sample.metrics, ...rows] };
    const { vnode, onApply } = panel(registry);
    const { container } = await renderInto(vnode(registry));
    const group = container.querySelector('.kl-health-many[data-rule-id=kpi-without-target]')!;
    expect(text(group.querySelector('.kl-health-many__what'))).toMatch(
      /^41 findings · A KPI without a target/,
    );
    expect(group.querySelectorAll('.kl-health-item')).toHaveLength(3);
    await click(button(group, 'Show all 41 (38 more)'));
    expect(group.querySelectorAll('.kl-health-item')).toHaveLength(41);
    await click(button(group, 'Show fewer'));
    expect(group.querySelectorAll('.kl-health-item')).toHaveLength(3);

    await click(button(group, 'Make it a plain metric: all 41'));
    expect(onApply).toHaveBeenCalledOnce();
    const [reason, change] = onApply.mock.calls[0]!;
    expect(reason).toBe('Fix: Make it a plain metric: all 41');
    expect(change.upsertMetrics).toHaveLength(41);
    expect(change.upsertMetrics.every((m) => m.role === 'metric')).toBe(true);
  });
});
