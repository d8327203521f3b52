import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegistryJson } from '../../../lib/registry/parse-file';
import { parseRegistryFile } from '../../../lib/registry/parse-any-file';
import { sampleRegistry } from '../../../lib/registry/sample';
import { inIdOrder } from './helpers';

const FIXTURES = path.resolve('test/fixtures/registry');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const empty = { objectives: [], metrics: [] };

function fileWith(metrics: unknown[], objectives: unknown[] = []) {
  return JSON.stringify({
    format: 'kpi-lens.registry',
    version: 1,
    exportedAt: '2026-11-22T10:00:00.000Z',
    objectives,
    metrics,
  });
}

describe('golden registry files: every file ever written still imports', () => {
  const goldens = readdirSync(FIXTURES).filter((f) => /\.(json|csv)$/.test(f));
  it.each(goldens)('%s imports with no invalid record', (name) => {
    const parsed = parseRegistryFile(name, fixture(name), empty);
    expect(parsed.ok && parsed.value.invalid).toEqual([]);
    expect(parsed.ok && parsed.value.registry.metrics.length).toBeGreaterThan(0);
  });

  it('the example of the format document reads as documented', () => {
    const parsed = parseRegistryJson(fixture('format-doc-v1-example.json'));
    if (!parsed.ok) throw new Error(parsed.error);
    const [kpi, openRate, followers] = parsed.value.registry.metrics;
    expect(kpi).toMatchObject({
      id: 'trial-to-paid',
      role: 'kpi',
      target: { op: '>=', value: 25, unit: '%', from: 18, by: '2026-09-30' },
    });
    expect(kpi?.supports).toBeUndefined(); // null means absent
    expect(openRate).toMatchObject({
      role: 'supporting',
      supports: 'trial-to-paid',
      aliases: ['Email open rate'],
    });
    expect(followers).toMatchObject({ role: 'metric', vanity: true, aliases: [], sites: [] });
    expect(parsed.value.registry.objectives[0]).toMatchObject({
      id: 'grow-paid',
      perspective: 'customer',
    });
  });

  it('the exported sample equals the sample registry', () => {
    const parsed = parseRegistryJson(fixture('exported-0.1.0-sample.json'));
    expect(parsed.ok && inIdOrder(parsed.value.registry)).toEqual(inIdOrder(sampleRegistry()));
  });
});

describe('whole-file problems get one sentence that says what to do', () => {
  it.each([
    [
      'truncated JSON',
      fileWith([{ id: 'a', name: 'A' }]).slice(0, 60),
      /not valid JSON.*export it again/i,
    ],
    ['not an object', '[1, 2, 3]', /does not hold a KPI Lens registry/],
    [
      'another format',
      JSON.stringify({ format: 'acme.dashboards', metrics: [] }),
      /not a KPI Lens registry/,
    ],
    ['no metrics list', JSON.stringify({ hello: 'world' }), /no "metrics" list/],
    [
      'a newer format version',
      JSON.stringify({ format: 'kpi-lens.registry', version: 7, metrics: [] }),
      /newer KPI Lens.*Update the extension/,
    ],
    [
      'metrics not a list',
      JSON.stringify({ format: 'kpi-lens.registry', version: 1, metrics: { a: 1 } }),
      /metrics must be a list/,
    ],
  ])('%s', (_case, text, message) => {
    const parsed = parseRegistryJson(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(message);
  });

  it('a 20 MB file is refused before it is parsed', () => {
    const huge = fileWith([{ id: 'a', name: 'A', notes: 'x'.repeat(20 * 1024 * 1024) }]);
    const parsed = parseRegistryFile('big.json', huge, empty);
    expect(!parsed.ok && parsed.error).toMatch(/is 20\.0 MB; a registry file is at most 10 MB/);
  });

  it('an empty file says so', () => {
    const parsed = parseRegistryFile('team.json', '  \n', empty);
    expect(!parsed.ok && parsed.error).toMatch(/"team.json" is empty/);
  });
});

describe('a bad record is named, with its field, and costs no other record', () => {
  it.each([
    [
      { id: 'b', name: 'Bounce rate', target: { op: '>=', value: '40' } },
      "metric 3 'Bounce rate': target.value must be a number",
    ],
    [
      { id: 'b', name: 'Bounce rate', role: 'boss' },
      "metric 3 'Bounce rate': role must be one of kpi, supporting, diagnostic, metric",
    ],
    [
      { id: 'b', name: 'Bounce rate', target: { op: 'more', value: 4 } },
      "metric 3 'Bounce rate': target.op must be one of >=, <=, =",
    ],
    [
      { id: 'b', name: 'Bounce rate', target: { op: '>=', value: 4, by: 'soon' } },
      "metric 3 'Bounce rate': target.by must be a date such as 2026-09-30 or a period such as 2026-Q3",
    ],
    [
      { id: 'b', name: 'Bounce rate', aliases: 'BR' },
      "metric 3 'Bounce rate': aliases must be a list of text",
    ],
    [
      { id: 'b', name: 'Bounce rate', vanity: 'yes' },
      "metric 3 'Bounce rate': vanity must be true, false or absent",
    ],
    [
      { id: 'b', name: 'Bounce rate', cadence: 'hourly' },
      "metric 3 'Bounce rate': cadence must be one of daily, weekly, monthly, quarterly",
    ],
    [
      { id: 'b', name: 'Bounce rate', lastReviewed: 'last week' },
      "metric 3 'Bounce rate': lastReviewed must be a date such as 2026-11-17",
    ],
    [{ id: 'b' }, "metric 3 'b': name is required"],
    [{ name: '  ' }, 'metric 3: id is required; name must not be empty'],
    [{ id: 'b', name: 42 }, "metric 3 'b': name must be text"],
    ['just text', 'metric 3: must be an object with an id and a name'],
  ])('%j -> %s', (bad, sentence) => {
    const parsed = parseRegistryJson(
      fileWith([{ id: 'a', name: 'Sessions' }, { id: 'c', name: 'CSAT' }, bad]),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const [invalid] = parsed.value.invalid;
    expect(invalid && `${invalid.label}: ${invalid.reasons.join('; ')}`).toBe(sentence);
    expect(parsed.value.registry.metrics.map((m) => m.id)).toEqual(['a', 'c']);
  });

  it('a duplicate id keeps the first record and names the second', () => {
    const parsed = parseRegistryJson(
      fileWith([
        { id: 'a', name: 'Sessions' },
        { id: 'a', name: 'Visits' },
      ]),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.registry.metrics).toHaveLength(1);
    expect(parsed.value.invalid[0]?.reasons[0]).toBe(
      "id 'a' is already used by metric 1; ids must be unique",
    );
  });

  it('unknown fields are ignored, never an error', () => {
    const parsed = parseRegistryJson(
      JSON.stringify({
        format: 'kpi-lens.registry',
        version: 1,
        exportedAt: 'x',
        futureField: { a: 1 },
        metrics: [{ id: 'a', name: 'A', colour: 'red' }],
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.invalid).toEqual([]);
    expect(parsed.value.registry.metrics[0]).not.toHaveProperty('colour');
  });
});

describe('hostile keys', () => {
  it('__proto__ and constructor keys neither pollute Object.prototype nor reach the records', () => {
    const text =
      '{"format":"kpi-lens.registry","version":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
      '"metrics":[{"id":"a","name":"A","__proto__":{"role":"kpi","polluted":true},"constructor":{"x":1},"target":{"op":">=","value":1,"__proto__":{"polluted":true}}}]}';
    const parsed = parseRegistryJson(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const [metric] = parsed.value.registry.metrics;
    expect(metric?.role).toBe('metric');
    expect(Object.keys(metric ?? {})).not.toContain('__proto__');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
