// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { ObjectivesPanel } from '../../../components/options/objectives/ObjectivesPanel';
import type { ChangeSet } from '../../../lib/registry/change-set';
import { sampleRegistry } from '../../../lib/registry/sample';
import { button, click, fire, renderInto } from './render-into';

async function panel() {
  const onApply = vi.fn<(reason: string, change: ChangeSet) => void>();
  const { container } = await renderInto(
    <ObjectivesPanel
      registry={sampleRegistry()}
      busy={false}
      onApply={onApply}
      onOpenMetric={() => {}}
    />,
  );
  const nameInput = () => container.querySelector<HTMLInputElement>('#objective-name')!;
  const typeName = async (text: string) => {
    const input = nameInput();
    input.value = text;
    await fire(input, new Event('input', { bubbles: true }));
  };
  const submit = () =>
    fire(
      container.querySelector('form')!,
      new Event('submit', { bubbles: true, cancelable: true }),
    );
  const error = () => container.querySelector('#objective-name-error')?.textContent;
  return { container, onApply, nameInput, typeName, submit, error };
}

describe('ObjectivesPanel: objective names', () => {
  it('refuses a new objective named like an existing one, ignoring case and spacing', async () => {
    const { container, onApply, nameInput, typeName, submit, error } = await panel();
    await click(button(container, 'New objective'));
    await typeName('  grow PAID   conversions ');
    expect(error()).toBe(
      '“Grow paid conversions” already exists: choose another name, or cancel and edit that objective.',
    );
    expect(nameInput().getAttribute('aria-invalid')).toBe('true');
    await submit();
    expect(onApply).not.toHaveBeenCalled();

    await typeName('Grow paid conversions in EMEA');
    expect(error()).toBeUndefined();
    await submit();
    expect(onApply).toHaveBeenCalledWith(
      "New objective 'Grow paid conversions in EMEA'",
      expect.objectContaining({
        upsertObjectives: [expect.objectContaining({ id: 'grow-paid-conversions-in-emea' })],
      }),
    );
  });

  it('lets an objective be saved under its own name, and refuses another one’s', async () => {
    const { container, onApply, typeName, submit, error } = await panel();
    const grow = container.querySelector('article[aria-label="Grow paid conversions"]')!;
    await click(button(grow, 'Edit'));
    await typeName('Grow Paid Conversions');
    expect(error()).toBeUndefined();
    await typeName('Delight customers');
    expect(error()).toContain('“Delight customers” already exists');
    await submit();
    expect(onApply).not.toHaveBeenCalled();
    await typeName('Grow paid conversions');
    await submit();
    expect(onApply).toHaveBeenCalledWith(
      "Edit of objective 'Grow paid conversions'",
      expect.objectContaining({
        upsertObjectives: [expect.objectContaining({ id: 'grow-paid' })],
      }),
    );
  });
});
