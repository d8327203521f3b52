import { describe, expect, it } from 'vitest';
import { parseRegistryCsv } from '../../../lib/registry/csv';
import { importCountsText } from '../../../lib/registry/import-preview-copy';
import { planImport } from '../../../lib/registry/import-plan';
import { parseRegistryJson } from '../../../lib/registry/parse-file';
import type { Registry } from '../../../lib/registry/schema';
import { metric } from './helpers';

const current: Registry = {
  objectives: [],
  metrics: [
    metric('trial-to-paid', { name: 'Trial-to-paid', role: 'kpi' }),
    metric('bounce-rate', { name: 'Bounce rate', role: 'diagnostic' }),
  ],
};

function previewCsv(csv: string) {
  const parsed = parseRegistryCsv(csv, []);
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = planImport(current, parsed.value, 'merge');
  return { counts: importCountsText(plan), warnings: plan.warnings };
}

function previewJson(metrics: unknown[]) {
  const text = JSON.stringify({ format: 'kpi-lens.registry', version: 1, metrics });
  const parsed = parseRegistryJson(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = planImport(current, parsed.value, 'merge');
  return { counts: importCountsText(plan), warnings: plan.warnings };
}

describe('import preview: supporting and diagnostic metrics that explain nothing', () => {
  it.each([
    [
      'a file without a supports column',
      'Metric,Role\nSignups,Supporting KPI\n',
      '“Signups” is supporting but names no metric it supports: write that metric’s name in a supports column of the file, or set it after importing.',
    ],
    [
      'an empty cell of its supports column',
      'name,role,Supports\nSignups,supporting,\n',
      '“Signups” is supporting but names no metric it supports: write that metric’s name in the file’s Supports column, or set it after importing.',
    ],
    [
      'a diagnostic',
      'name,role,supports\nPage errors,Diagnostic,\n',
      '“Page errors” is diagnostic but names no metric it explains: write that metric’s name in the file’s supports column, or set it after importing.',
    ],
  ])('warns of %s, and still imports the record', (_, csv, warning) => {
    expect(previewCsv(csv)).toEqual({ counts: '1 metric added', warnings: [warning] });
  });

  it('warns of a JSON record too, in the words of a JSON file', () => {
    expect(previewJson([{ id: 'signups', name: 'Signups', role: 'supporting' }])).toEqual({
      counts: '1 metric added',
      warnings: [
        '“Signups” is supporting but names no metric it supports: give it the id of that metric as “supports” in the file, or set it after importing.',
      ],
    });
  });

  it('says nothing of a record that names what it explains, a plain metric, or one already in the registry', () => {
    const { warnings } = previewCsv(
      'name,role,supports\nSignups,supporting,trial-to-paid\nSessions,metric,\nBounce rate,diagnostic,\n',
    );
    expect(warnings).toEqual([]);
  });

  it('comes after the columns left out', () => {
    expect(previewCsv('name,role,Budget\nSignups,supporting,100\n').warnings).toEqual([
      'Not read: the column “Budget” (KPI Lens has no such field). Its cells are left out.',
      '“Signups” is supporting but names no metric it supports: write that metric’s name in a supports column of the file, or set it after importing.',
    ]);
  });
});
