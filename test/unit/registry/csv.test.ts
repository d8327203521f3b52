import { describe, expect, it } from 'vitest';
import { exportRegistryCsv, parseRegistryCsv } from '../../../lib/registry/csv';
import { neutraliseFormula, readNeutralised } from '../../../lib/registry/csv-cells';
import { sampleRegistry } from '../../../lib/registry/sample';
import type { Registry, Target } from '../../../lib/registry/schema';
import { inIdOrder } from './helpers';

const HEADER = 'id,name,role,objective,target_op,target_value,target_unit,owner,aliases';

describe('CSV export', () => {
  it('has the format document columns, in order, one row per metric', () => {
    const csv = exportRegistryCsv(sampleRegistry());
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toBe(
      'id,name,aliases,role,northStar,definition,objective,supports,target_op,target_value,target_unit,target_from,target_by,owner,team,cadence,lastReviewed,indicator,vanity,sites,notes,updatedAt',
    );
    expect(rows).toHaveLength(sampleRegistry().metrics.length);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ["'quoted", "''quoted"],
    ['-3', '-3'],
    ['Dana', 'Dana'],
  ])('neutralises %j as %j, and reads it back', (cell, written) => {
    expect(neutraliseFormula(cell)).toBe(written);
    expect(readNeutralised(neutraliseFormula(cell))).toBe(cell);
  });

  it('writes no cell a spreadsheet would run as a formula', () => {
    const registry: Registry = {
      objectives: [{ id: 'o', name: '=cmd|" /C calc"!A0' }],
      metrics: [
        {
          id: '=1+1',
          name: '@evil',
          aliases: ['+x'],
          role: 'kpi',
          sites: [],
          owner: '-Dana',
          objectiveId: 'o',
        },
      ],
    };
    const csv = exportRegistryCsv(registry);
    const parsed = parseRegistryCsv(csv, []);
    for (const line of csv.split('\r\n').slice(1)) {
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+\-@]/);
    }
    expect(parsed.ok && parsed.value.registry.metrics[0]).toMatchObject({
      id: '=1+1',
      name: '@evil',
      aliases: ['+x'],
      owner: '-Dana',
    });
    expect(parsed.ok && parsed.value.registry.objectives[0]?.name).toBe('=cmd|" /C calc"!A0');
  });
});

describe('CSV import', () => {
  it('round trip: export then import gives back the same metrics and objectives', () => {
    const sample = sampleRegistry();
    const parsed = parseRegistryCsv(exportRegistryCsv(sample), sample.objectives);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.invalid).toEqual([]);
    expect(inIdOrder({ ...parsed.value.registry, name: sample.name })).toEqual(inIdOrder(sample));
  });

  it('reads a hand-made spreadsheet: any column order and case, blank ids, new objectives by name', () => {
    const csv = `${HEADER.toUpperCase()}\n,Trial-to-paid conversion rate,KPI,Grow paid,>=,25,%,Dana,Trial conversion|Trial → paid\n,Open rate,supporting,,,,,,\n`;
    const parsed = parseRegistryCsv(csv, []);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.invalid).toEqual([]);
    const [kpi, openRate] = parsed.value.registry.metrics;
    expect(kpi).toMatchObject({
      id: 'trial-to-paid-conversion-rate',
      role: 'kpi',
      objectiveId: 'grow-paid',
      target: { op: '>=', value: 25, unit: '%' },
      aliases: ['Trial conversion', 'Trial → paid'],
    });
    expect(openRate).toMatchObject({ id: 'open-rate', role: 'supporting' });
    expect(parsed.value.registry.objectives).toEqual([{ id: 'grow-paid', name: 'Grow paid' }]);
  });

  it('matches objective names to the registry it imports into', () => {
    const parsed = parseRegistryCsv(`${HEADER}\nx,X,kpi,grow paid conversions,,,,,\n`, [
      { id: 'grow-paid', name: 'Grow paid conversions' },
    ]);
    expect(parsed.ok && parsed.value.registry.metrics[0]?.objectiveId).toBe('grow-paid');
  });

  it('names the row and column of a bad cell, and what to write there', () => {
    const parsed = parseRegistryCsv(`${HEADER}\nb,Bounce rate,kpi,,>=,forty,%,,\n`, []);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.invalid.map((r) => `${r.label}: ${r.reasons.join('; ')}`)).toEqual([
      "row 2 'Bounce rate': target_value must be a number, such as 25 or 12.5",
    ]);
  });

  it.each([
    ['gt,25', 'target_op must be ≥, ≤ or = (or >=, <=, =)'],
    [',25', 'target_op is empty: write ≥, ≤ or = (or >=, <=, =)'],
    ['>=,', 'target_value is empty: write a number, such as 25 or 12.5'],
    ['above,', 'target_value is empty: write a number, such as 25 or 12.5'],
  ])('a target of %j is told in CSV columns: %s', (opAndValue, reason) => {
    const parsed = parseRegistryCsv(`name,target_op,target_value\nCAC,${opAndValue}\n`, []);
    expect(parsed.ok && parsed.value.invalid.map((r) => r.reasons.join('; '))).toEqual([reason]);
  });

  it.each([
    ['a file without an id column', 'Metric,Owner(s)\nCAC,Dana\n,Robin\n'],
    ['a blank id cell', 'id,Metric,Owner(s)\ncac,CAC,Dana\n,,Robin\n'],
  ])(
    'a row with no name, in %s, is told only that the name is missing, in its column',
    (_, csv) => {
      // The id is made from the name when its cell is blank: the name is the one thing to write.
      const parsed = parseRegistryCsv(csv, []);
      expect(
        parsed.ok && parsed.value.invalid.map((r) => `${r.label}: ${r.reasons.join('; ')}`),
      ).toEqual(['row 3: Metric is empty: write the metric’s name as your dashboards show it']);
    },
  );

  it('names the header the file uses, not the field inside KPI Lens', () => {
    const csv =
      'Metric name,Target_Op,Target value,Deadline,Review cadence\nCAC,<=,50,soon,fortnightly\n';
    const parsed = parseRegistryCsv(csv, []);
    expect(parsed.ok && parsed.value.invalid.map((r) => r.reasons)).toEqual([
      [
        'Deadline must be a date such as 2026-09-30 or a period such as 2026-Q3',
        'Review cadence must be daily, weekly, monthly or quarterly, or empty',
      ],
    ]);
  });

  it.each([
    ['≥', '>='],
    ['≤', '<='],
    ['=>', '>='],
    ['at most', '<='],
    ['=', '='],
  ])('reads a target_op cell of %j as %j', (op, expected) => {
    const parsed = parseRegistryCsv(`name,target_op,target_value\nCAC,${op},50\n`, []);
    expect(parsed.ok && parsed.value.registry.metrics[0]?.target?.op).toBe(expected);
  });

  it.each([
    [
      'broken quoting',
      `${HEADER}\nb,"Bounce rate,kpi,,,,,,\nc,CSAT,kpi,,,,,,\n`,
      /broken quoting.*export it as CSV again/,
    ],
    ['no name column', 'KPI,value\nSessions,12\n', /no "name" column/],
    ['nothing at all', '\n\n', /empty/],
  ])('%s gets a clear message', (_case, csv, message) => {
    const parsed = parseRegistryCsv(csv, []);
    expect(!parsed.ok && parsed.error).toMatch(message);
  });

  it('reads headers as people write them in their own spreadsheets', () => {
    const csv =
      'Metric Name,Role,Owner,Target value,Target_Op,Deadline,Review cadence,Last reviewed\n' +
      'Trial-to-paid rate,kpi,Dana,25,>=,2027-Q3,monthly,2026-11-02\n';
    const parsed = parseRegistryCsv(csv, []);
    expect(parsed.ok && parsed.value.invalid).toEqual([]);
    expect(parsed.ok && parsed.value.registry.metrics[0]).toMatchObject({
      name: 'Trial-to-paid rate',
      role: 'kpi',
      owner: 'Dana',
      target: { op: '>=', value: 25, by: '2027-Q3' },
      cadence: 'monthly',
      lastReviewed: '2026-11-02',
    });
  });

  it.each([
    ['Vanity', { role: 'metric', vanity: true }],
    ['vanity metric', { role: 'metric', vanity: true }],
    ['VANITY', { role: 'metric', vanity: true }],
    ['Supporting KPI', { role: 'supporting' }],
    ['supporting', { role: 'supporting' }],
    ['Diagnostic', { role: 'diagnostic' }],
    ['Headline KPI', { role: 'kpi' }],
    ['KPI', { role: 'kpi' }],
    ['North star KPI', { role: 'kpi', northStar: true }],
    ['Metric', { role: 'metric' }],
    ['', { role: 'metric' }],
  ])('reads a Role cell of %j as the role the UI shows by that name', (role, expected) => {
    const parsed = parseRegistryCsv(`name,role\nFollowers,${role}\n`, []);
    expect(parsed.ok && parsed.value.invalid).toEqual([]);
    expect(parsed.ok && parsed.value.registry.metrics[0]).toMatchObject(expected);
  });

  it('a vanity column that has judged wins over nothing, and a contradiction is refused', () => {
    const parsed = parseRegistryCsv(
      'name,role,vanity\nFollowers,Vanity,yes\nLikes,Vanity,\nViews,Vanity,no\n',
      [],
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.registry.metrics.map((m) => [m.name, m.vanity])).toEqual([
      ['Followers', true],
      ['Likes', true],
    ]);
    expect(parsed.value.invalid.map((r) => `${r.label}: ${r.reasons.join('; ')}`)).toEqual([
      "row 4 'Views': role says vanity but vanity says no: leave vanity empty, or give another role",
    ]);
  });

  it('a Role cell naming no role says which ones to write', () => {
    const parsed = parseRegistryCsv('name,Role\nFollowers,Important\n', []);
    expect(parsed.ok && parsed.value.invalid.map((r) => r.reasons)).toEqual([
      ['Role must be KPI, Supporting, Diagnostic, Metric or Vanity (empty means Metric)'],
    ]);
  });

  it('an exact column name wins over a synonym of it', () => {
    const parsed = parseRegistryCsv('Metric name,name\nFrom the synonym,From the column\n', []);
    expect(parsed.ok && parsed.value.registry.metrics[0]?.name).toBe('From the column');
  });

  it('a __proto__ column neither pollutes nor breaks the rows', () => {
    const parsed = parseRegistryCsv('id,name,__proto__,constructor\na,A,{"polluted":true},x\n', []);
    expect(parsed.ok && parsed.value.registry.metrics[0]).toMatchObject({ id: 'a', name: 'A' });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('CSV import: columns of spreadsheets kept by hand', () => {
  const TODAY = new Date(2026, 10, 23);
  const read = (csv: string) => {
    const parsed = parseRegistryCsv(csv, [], TODAY);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  };

  it('reads Owner(s), Team name and a Target column, and leaves nothing unsaid', () => {
    const file = read(
      'Metric name,Owner(s),Target,Team name\nTrial-to-paid,Dana,≥25%,Growth\nCAC,Sam,<= $50,Finance\n',
    );
    expect(file.invalid).toEqual([]);
    expect(file.warnings).toEqual([]);
    expect(file.registry.metrics).toMatchObject([
      {
        name: 'Trial-to-paid',
        owner: 'Dana',
        team: 'Growth',
        target: { op: '>=', value: 25, unit: '%' },
      },
      { name: 'CAC', owner: 'Sam', team: 'Finance', target: { op: '<=', value: 50, unit: '$' } },
    ]);
  });

  it.each<[string, Target]>([
    ['≥25%', { op: '>=', value: 25, unit: '%' }],
    ['>= 25 %', { op: '>=', value: 25, unit: '%' }],
    ['<= $50', { op: '<=', value: 50, unit: '$' }],
    ['= 3x', { op: '=', value: 3, unit: 'x' }],
    ['≥ 25% from 18% by Q3', { op: '>=', value: 25, unit: '%', from: 18, by: '2027-Q3' }],
    // Last year's target is history in a file being imported, not a typo.
    ['≥ 20% by 2025-09-30', { op: '>=', value: 20, unit: '%', by: '2025-09-30' }],
  ])('reads a Target cell of %j as the popup reads it', (cell, target) => {
    const file = read(`name,Target\nTrial-to-paid,${cell}\n`);
    expect(file.invalid).toEqual([]);
    expect(file.registry.metrics[0]?.target).toEqual(target);
  });

  it('takes an owner written in the Target cell when the row has none', () => {
    const file = read('name,Owners,Target\nA,,≥ 25% · Dana\nB,Sam,≥ 25% · Dana\n');
    expect(file.registry.metrics.map((m) => m.owner)).toEqual(['Dana', 'Sam']);
  });

  it('a Target cell it cannot read refuses the row and names the column', () => {
    const file = read('name,Target\nA,lots\n');
    expect(file.invalid.map((r) => r.reasons)).toEqual([
      [
        "Target: Could not find the target value in 'lots': start with a number, as in ≥ 12% by Q3 · Dana.",
      ],
    ]);
  });

  it('the exact target columns win over a Target column, which is then named as not read', () => {
    const file = read('name,Target,target_op,target_value,Deadline\nA,≥ 99%,<=,5,2027-Q1\n');
    expect(file.registry.metrics[0]?.target).toEqual({ op: '<=', value: 5, by: '2027-Q1' });
    expect(file.warnings).toEqual([
      'Not read: the column “Target”, because the column “target_value” gives the same field. Its cells are left out.',
    ]);
  });

  it('a Deadline column gives the deadline of a Target column', () => {
    const file = read('name,Target,Deadline\nA,≥ 25%,2027-Q3\n');
    expect(file.registry.metrics[0]?.target).toEqual({
      op: '>=',
      value: 25,
      unit: '%',
      by: '2027-Q3',
    });
  });

  it('names every column it does not read, in the words of the preview', () => {
    const file = read('name,Budget,owner,Notes 2,Metric name\nA,100,Dana,x,B\n');
    expect(file.registry.metrics[0]).toMatchObject({ name: 'A', owner: 'Dana' });
    expect(file.warnings).toEqual([
      'Not read: the columns “Budget”, “Notes 2” (KPI Lens has no such field). Their cells are left out.',
      'Not read: the column “Metric name”, because the column “name” gives the same field. Its cells are left out.',
    ]);
    expect(read('name,Budget\nA,100\n').warnings).toEqual([
      'Not read: the column “Budget” (KPI Lens has no such field). Its cells are left out.',
    ]);
  });

  it('says nothing of an untitled empty column, and names an untitled one with cells', () => {
    expect(read('name,owner,\nA,Dana,\n').warnings).toEqual([]);
    expect(read('name,,owner\nA,42,Dana\n').warnings).toEqual([
      'Not read: column 2, which has no title. Its cells are left out.',
    ]);
  });

  it('our own export imports with no warning', () => {
    expect(read(exportRegistryCsv(sampleRegistry())).warnings).toEqual([]);
  });

  it('takes a Metric column as the name when the file has no name column and its cells are names', () => {
    const file = read('Metric,Owner\nSessions,Dana\nBounce rate,Sam\n');
    expect(file.registry.metrics.map((m) => [m.name, m.owner])).toEqual([
      ['Sessions', 'Dana'],
      ['Bounce rate', 'Sam'],
    ]);
    expect(file.warnings).toEqual([]);
  });

  it.each([
    ['yes/no', 'Metric,Owner\nyes,Dana\nno,Sam\n'],
    ['true/false', 'Metric,Owner\nTRUE,Dana\nFALSE,Sam\n'],
    ['1/0', 'Metric,Owner\n1,Dana\n0,Sam\n,Lee\n'],
  ])('refuses a Metric column of %s flags as the name, and says why', (_flags, csv) => {
    const parsed = parseRegistryCsv(csv, [], TODAY);
    expect(!parsed.ok && parsed.error).toMatch(
      /no "name" column \(its “Metric” column holds yes\/no flags or numbers, not metric names\)/,
    );
  });

  it('still refuses a bare KPI column as the name, and a name column wins over Metric', () => {
    expect(parseRegistryCsv('KPI,Owner\nSessions,Dana\n', [], TODAY).ok).toBe(false);
    const file = read('name,Metric\nSessions,yes\n');
    expect(file.registry.metrics[0]?.name).toBe('Sessions');
    expect(file.warnings).toEqual([
      'Not read: the column “Metric” (KPI Lens has no such field). Its cells are left out.',
    ]);
  });
});
