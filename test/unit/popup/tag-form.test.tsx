// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { TagForm } from '../../../components/popup/TagForm';
import { sampleRegistry } from '../../../lib/registry/sample';
import { renderInto } from '../options/render-into';

function form(existingId: string | undefined, label: string) {
  return (
    <TagForm
      registry={sampleRegistry()}
      label={label}
      existingId={existingId}
      busy={false}
      error={null}
      onEdit={vi.fn()}
      onSave={vi.fn()}
      onCancel={vi.fn()}
    />
  );
}

const checkedRole = (c: Element) =>
  c.querySelector<HTMLInputElement>('input[name=tag-role]:checked')?.parentElement?.textContent;

describe('TagForm', () => {
  it('re-tagging starts from the metric as it is: its role and its target line', async () => {
    const { container } = await renderInto(form('csat', 'CSAT'));
    expect(checkedRole(container)).toBe('KPI');
    const line = container.querySelector<HTMLInputElement>('input[placeholder^="≥ 12%"]');
    expect(line?.value).toBe('≥90% from 84% by 2027-03-31 · Sam');
  });

  it('a vanity metric re-tags as Vanity; a new label starts with no role', async () => {
    const users = sampleRegistry().metrics.find((m) => m.vanity === true && m.role === 'metric')!;
    const { container } = await renderInto(form(users.id, users.name));
    expect(checkedRole(container)).toBe('Vanity');
    const fresh = await renderInto(form(undefined, 'Revenue per user'));
    expect(checkedRole(fresh.container)).toBeUndefined();
  });
});
