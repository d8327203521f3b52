import { describe, expect, it } from 'vitest';
import { planImport, summariseImport, type ImportMode } from '../../../lib/registry/import-plan';
import {
  importCountsText,
  importedText,
  importOffer,
} from '../../../lib/registry/import-preview-copy';
import type { InvalidRecord } from '../../../lib/registry/parse-file';
import type { Registry } from '../../../lib/registry/schema';
import { metric } from './helpers';

const bad = (index: number): InvalidRecord => ({
  kind: 'metric',
  index,
  label: `row ${index + 2}`,
  reasons: ['target_value must be a number, such as 25 or 12.5'],
});

const current: Registry = {
  objectives: [{ id: 'grow', name: 'Grow' }],
  metrics: [metric('a'), metric('b')],
};

function preview(incoming: Registry, invalid: InvalidRecord[] = [], mode: ImportMode = 'merge') {
  const plan = planImport(current, { registry: incoming, invalid, warnings: [] }, mode);
  return { counts: importCountsText(plan), offer: importOffer(plan) };
}

describe('import preview copy', () => {
  it('counts metrics and objectives apart, each labelled', () => {
    const { counts } = preview({
      objectives: [{ id: 'grow', name: 'Grow' }],
      metrics: [metric('a'), metric('new-1'), metric('new-2')],
    });
    expect(counts).toBe('2 metrics added · 1 metric unchanged · 1 objective unchanged');
  });

  it('re-importing our own registry counts its metrics as metrics', () => {
    const { counts, offer } = preview(current);
    expect(counts).toBe('2 metrics unchanged · 1 objective unchanged');
    expect(offer).toEqual({
      offered: true,
      changes: false,
      reason: 'Nothing to import: your registry already has all of it.',
    });
  });

  it('when every record has a problem, says so and offers no Import, even to replace', () => {
    for (const mode of ['merge', 'replace'] as const) {
      const { counts, offer } = preview({ objectives: [], metrics: [] }, [bad(0), bad(1)], mode);
      expect(counts).toContain('2 metrics invalid (skipped)');
      expect(offer).toEqual({
        offered: false,
        changes: false,
        reason: 'Nothing can be imported: every record in this file has a problem (listed below).',
      });
    }
  });

  it('when the readable records are all there already, does not claim the file is', () => {
    const { counts, offer } = preview({ objectives: [], metrics: [metric('a')] }, [bad(1)]);
    expect(counts).toBe('1 metric unchanged · 1 metric invalid (skipped)');
    expect(offer.changes).toBe(false);
    expect(offer.reason).toMatch(/^Nothing new to import: .*the others have a problem/);
  });

  it('offers the import when something would change', () => {
    expect(preview({ objectives: [], metrics: [metric('c')] }, [bad(1)]).offer).toEqual({
      offered: true,
      changes: true,
    });
    expect(preview({ objectives: [], metrics: [metric('a')] }, [], 'replace')).toEqual({
      counts: '1 metric unchanged · 1 metric removed · 1 objective removed',
      offer: { offered: true, changes: true },
    });
  });

  it('an empty file is said to be empty', () => {
    expect(preview({ objectives: [], metrics: [] })).toEqual({
      counts: 'This file has no metrics or objectives.',
      offer: { offered: false, changes: false, reason: 'Nothing to import: this file is empty.' },
    });
  });
});

describe('the message after an import', () => {
  it('counts metrics and objectives apart, as the person chose, zeros left out', () => {
    const incoming: Registry = {
      objectives: [
        { id: 'grow', name: 'Grow faster' },
        { id: 'keep', name: 'Keep customers' },
      ],
      metrics: [{ ...metric('a'), name: 'A renamed' }, metric('c')],
    };
    const plan = planImport(current, { registry: incoming, invalid: [], warnings: [] }, 'merge');
    // Theirs for the metric, mine for the objective.
    const choices = Object.fromEntries(
      plan.changes
        .filter((c) => c.status === 'updated' || c.status === 'conflict')
        .map((c) => [`${c.kind}:${c.id}`, c.kind === 'metric' ? 'incoming' : 'current'] as const),
    );
    expect(importedText('team.json', summariseImport(plan, choices), 3)).toBe(
      'Imported “team.json”: 1 metric added, 1 metric updated · 1 objective added, 1 objective kept as you had them. The registry now has 3 metrics.',
    );
  });

  it('says when nothing changed', () => {
    const plan = planImport(current, { registry: current, invalid: [], warnings: [] }, 'merge');
    expect(importedText('same.json', summariseImport(plan, {}), 1)).toBe(
      'Imported “same.json”: nothing changed. The registry now has 1 metric.',
    );
  });
});
