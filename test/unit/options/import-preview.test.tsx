// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ImportPreview } from '../../../components/options/ImportPreview';
import { parseRegistryCsv } from '../../../lib/registry/csv';
import { planImport } from '../../../lib/registry/import-plan';
import type { Registry } from '../../../lib/registry/schema';
import { renderInto } from './render-into';

const EMPTY: Registry = { objectives: [], metrics: [] };

/** The preview of importing `csv` into `current`, as the options page shows it. */
async function previewOf(csv: string, current: Registry = EMPTY) {
  const parsed = parseRegistryCsv(csv, current.objectives, new Date(2026, 10, 23));
  if (!parsed.ok) throw new Error(parsed.error);
  const noop = () => {};
  const { container } = await renderInto(
    <ImportPreview
      fileName="team.csv"
      plan={planImport(current, parsed.value, 'merge')}
      choices={{}}
      busy={false}
      onMode={noop}
      onChoose={noop}
      onConfirm={noop}
      onCancel={noop}
    />,
  );
  const testId = (id: string) => container.querySelector(`[data-testid="${id}"]`);
  return { container, testId };
}

describe('ImportPreview', () => {
  it('names the columns of the file it leaves out, before anything is imported', async () => {
    const { testId } = await previewOf('name,Budget,Notes 2\nSessions,100,x\n');
    expect(
      [...(testId('import-warnings')?.querySelectorAll('li') ?? [])].map((li) => li.textContent),
    ).toEqual([
      'Not read: the columns “Budget”, “Notes 2” (KPI Lens has no such field). Their cells are left out.',
    ]);
  });

  it('shows no warning when every column is read', async () => {
    const { testId } = await previewOf(
      'name,Owner(s),Team name,Target\nSessions,Dana,Growth,≥ 5%\n',
    );
    expect(testId('import-warnings')).toBeNull();
  });

  it('a file whose every record has a problem says so, lists them, and offers no Import', async () => {
    const { container, testId } = await previewOf(
      'name,role,target_op,target_value\nCAC,Important,<=,50\nCSAT,kpi,>=,lots\n',
    );
    expect(testId('import-counts')?.textContent).toBe('2 metrics invalid (skipped)');
    expect(testId('import-nothing')?.textContent).toBe(
      'Nothing can be imported: every record in this file has a problem (listed below).',
    );
    expect(testId('import-invalid')?.textContent).toContain(
      "row 3 'CSAT': target_value must be a number, such as 25 or 12.5",
    );
    const buttons = [...container.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Cancel']);
  });

  it('a file whose every record has a problem says so above the list, and asks no Merge or Replace', async () => {
    const { container, testId } = await previewOf('name,target_value\nCAC,fifty\nCSAT,lots\n');
    const nothing = testId('import-nothing');
    const list = testId('import-invalid');
    if (!nothing || !list) throw new Error('the reason and the list are both shown');
    // "listed below" is true only when the sentence comes before the list, as read.
    expect(nothing.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelectorAll('input[name="import-mode"]')).toHaveLength(0);
    expect(container.textContent).not.toContain('Merge into my registry');
  });

  it('a file with something to import still asks Merge or Replace', async () => {
    const { container } = await previewOf('name,target_value\nCAC,\nCSAT,lots\n');
    expect(
      [...container.querySelectorAll('input[name="import-mode"]')].map(
        (input) => input.parentElement?.textContent,
      ),
    ).toEqual([' Merge into my registry', ' Replace my registry with this file']);
  });

  it('counts metrics and objectives apart', async () => {
    const current: Registry = {
      objectives: [{ id: 'grow', name: 'Grow' }],
      metrics: [{ id: 'sessions', name: 'Sessions', aliases: [], role: 'metric', sites: [] }],
    };
    const { testId } = await previewOf(
      'id,name,objective\nsessions,Sessions,\ncac,CAC,Grow\nnps,NPS,Grow\n',
      current,
    );
    expect(testId('import-counts')?.textContent).toBe(
      '2 metrics added · 1 metric unchanged · 1 objective unchanged',
    );
  });
});
