import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuickTarget, parseQuickTarget } from '../../lib/registry/quick-target';
import type { Target } from '../../lib/registry/schema';

const TODAY = new Date(2026, 10, 23); // Mon 23 Nov 2026, local time

describe('parseQuickTarget: what the KPI gets when the user types a line', () => {
  it.each<[string, Target | undefined, string | undefined]>([
    ['≥ 12% by Q3 · Dana', { op: '>=', value: 12, unit: '%', by: '2027-Q3' }, 'Dana'],
    ['>=25% by 2027-09-30 Dana', { op: '>=', value: 25, unit: '%', by: '2027-09-30' }, 'Dana'],
    ['<= $50 by end of March', { op: '<=', value: 50, unit: '$', by: '2027-03-31' }, undefined],
    [
      'at least 90% by Sep 30 owner Sam',
      { op: '>=', value: 90, unit: '%', by: '2027-09-30' },
      'Sam',
    ],
    ['98%', { op: '>=', value: 98, unit: '%' }, undefined],
    ['CAC under 50 by Q1 2027', { op: '<=', value: 50, by: '2027-Q1' }, undefined],
    [
      '≥ 25% from 18% by 2027-Q3 · Dana',
      { op: '>=', value: 25, unit: '%', from: 18, by: '2027-Q3' },
      'Dana',
    ],
    [
      '≥ 1,200 teams by 2027-06-30 · Alex',
      { op: '>=', value: 1200, unit: 'teams', by: '2027-06-30' },
      'Alex',
    ],
    ['98% Dana', { op: '>=', value: 98, unit: '%' }, 'Dana'],
    ['≤ $50 Lee', { op: '<=', value: 50, unit: '$' }, 'Lee'],
    ['≥ 5 ms Dana Scully', { op: '>=', value: 5, unit: 'ms' }, 'Dana Scully'],
    ['≤ 2h by H1', { op: '<=', value: 2, unit: 'h', by: '2027-H1' }, undefined],
    [
      '50k users by end of year',
      { op: '>=', value: 50000, unit: 'users', by: '2026-12-31' },
      undefined,
    ],
    ['≤ €4.5M by EOQ', { op: '<=', value: 4500000, unit: '€', by: '2026-Q4' }, undefined],
    ['= 0 incidents by Dec', { op: '=', value: 0, unit: 'incidents', by: '2026-12-31' }, undefined],
    [
      '12,5 % by 30 September 2027, Dana',
      { op: '>=', value: 12.5, unit: '%', by: '2027-09-30' },
      'Dana',
    ],
    [
      'at least 90 percent by Sep 30th',
      { op: '>=', value: 90, unit: '%', by: '2027-09-30' },
      undefined,
    ],
    ['≥ 12% · by Q3 · Dana', { op: '>=', value: 12, unit: '%', by: '2027-Q3' }, 'Dana'],
    ['Dana · ≥ 12% by Q3', { op: '>=', value: 12, unit: '%', by: '2027-Q3' }, 'Dana'],
    ['≥ 12% · Sep 30 · Dana', { op: '>=', value: 12, unit: '%', by: '2027-09-30' }, 'Dana'],
    ["≥ 12% by Q3'27", { op: '>=', value: 12, unit: '%', by: '2027-Q3' }, undefined],
    ['≥ 12% by 2027', { op: '>=', value: 12, unit: '%', by: '2027' }, undefined],
    ['≥ 12% by 2027-03', { op: '>=', value: 12, unit: '%', by: '2027-03' }, undefined],
    [
      '≥ 12% due by end of Q2 · owned by Priya',
      { op: '>=', value: 12, unit: '%', by: '2027-Q2' },
      'Priya',
    ],
    ['≥ 12% by March @dana', { op: '>=', value: 12, unit: '%', by: '2027-03-31' }, 'dana'],
    ['Max response time under 2 s', { op: '<=', value: 2, unit: 's' }, undefined],
    ['Top 10 pages CTR ≥ 5%', { op: '>=', value: 5, unit: '%' }, undefined],
    ['≥ -5% by Q1', { op: '>=', value: -5, unit: '%', by: '2027-Q1' }, undefined],
    ['≥ 1200 Teams', { op: '>=', value: 1200, unit: 'Teams' }, undefined],
    ['> 3x', { op: '>=', value: 3, unit: 'x' }, undefined],
    ['Dana', undefined, 'Dana'],
  ])('%j sets the target %j and the owner %j', (text, target, owner) => {
    const read = parseQuickTarget(text, TODAY);
    expect(read.errors).toEqual([]);
    expect(read.target).toEqual(target);
    expect(read.owner).toBe(owner);
  });

  it.each([
    ['CAC under 50 by Q1 2027', 'CAC'],
    ['Max response time under 2 s', 'Max response time'],
    ['Activation rate: ≥ 45%', 'Activation rate'],
    ['≥ 45%', undefined],
  ])('%j names the metric %j before the target', (text, label) => {
    expect(parseQuickTarget(text, TODAY).label).toBe(label);
  });

  it.each([
    {
      today: new Date(2026, 7, 1),
      text: '≥ 12% by Q3',
      by: '2026-Q3',
      shown: 'in August, Q3 is this Q3',
    },
    {
      today: new Date(2026, 8, 30),
      text: '≥ 12% by Q3',
      by: '2026-Q3',
      shown: 'on its last day, still this Q3',
    },
    {
      today: new Date(2026, 9, 1),
      text: '≥ 12% by Q3',
      by: '2027-Q3',
      shown: 'in October, next year’s Q3',
    },
    {
      today: new Date(2026, 10, 23),
      text: '≥ 12% by Sep 30',
      by: '2027-09-30',
      shown: 'a past Sep 30 means next year’s',
    },
    {
      today: new Date(2026, 2, 1),
      text: '≥ 12% by Sep 30',
      by: '2026-09-30',
      shown: 'a coming Sep 30 means this year’s',
    },
    {
      today: new Date(2026, 10, 23),
      text: '≥ 12% by Feb 29',
      by: '2028-02-29',
      shown: 'Feb 29 waits for a leap year',
    },
    {
      today: new Date(2026, 10, 23),
      text: '≥ 12% by end of month',
      by: '2026-11-30',
      shown: 'end of month is this month',
    },
  ])('$shown ($text → $by)', ({ today, text, by }) => {
    expect(parseQuickTarget(text, today).target?.by).toBe(by);
  });
});

describe('parseQuickTarget: what the user is told when it cannot read the line', () => {
  it.each([
    [
      'twelve',
      "Could not find the target value in 'twelve': start with a number, as in ≥ 12% by Q3 · Dana.",
    ],
    [
      '≥ 12% by soon · Dana',
      "Could not read the deadline 'soon': write a date such as Sep 30 or 2027-09-30, or a quarter such as Q3.",
    ],
    ['≥ 12% by', "Write the deadline after 'by', such as Q3 or Sep 30."],
    ['≥ 12% by Feb 30', 'There is no Feb 30: check the day.'],
    ['≥ 12% by 2027-02-29', 'There is no Feb 29 in 2027: check the day.'],
    ['≥ 12% by 2027-13', 'There is no month 13: write 01 to 12.'],
    ['≥ 12% by H3', 'There is no H3: a year has two halves, H1 and H2.'],
    ['≥ 12% by 2025-01-01', 'The deadline 2025-01-01 has passed: choose one after today.'],
    ['≥ 12% by Q1 2026', 'The deadline 2026-Q1 has passed: choose one after today.'],
    [
      '≥ 12% by Q3 · Dana and Sam',
      "Name one owner: one person is accountable for a KPI, and 'Dana and Sam' names more than one.",
    ],
    [
      '≥ 12% by Q3 · Dana · Sam',
      "Name one owner: one person is accountable for a KPI, and 'Dana, Sam' names more than one.",
    ],
    [
      '98% Dana & Sam',
      "Name one owner: one person is accountable for a KPI, and 'Dana & Sam' names more than one.",
    ],
    [
      '≥ 12% Q3 Dana',
      "Could not read 'Q3': write the deadline after 'by' and the owner after '·', as in ≥ 12% by Q3 · Dana.",
    ],
    [
      '≥ 12% by Q3 Sam · Dana',
      "Could not read 'Sam': write the deadline after 'by' and the owner after '·', as in ≥ 12% by Q3 · Dana.",
    ],
    ['≥ 12% by Q3 by Q4', "Write one deadline: '2027-Q3' and '2026-Q4' were both found."],
    [
      '≥ 25% from 3 h',
      "The baseline is in 'h' but the target in '%': write both in the same unit.",
    ],
    [
      '≥ 25% from many',
      "Could not read the baseline after 'from': write a number, as in ≥ 25% from 18%.",
    ],
    ['≥ $50 USD', "Write one unit: '$' and 'USD' were both found."],
  ])('%j says: %s', (text, error) => {
    expect(parseQuickTarget(text, TODAY).errors).toEqual([error]);
  });

  it('keeps what it could read, so the field can show it beside the error', () => {
    expect(parseQuickTarget('≥ 12% by soon · Dana', TODAY)).toMatchObject({
      target: { op: '>=', value: 12, unit: '%' },
      owner: 'Dana',
    });
  });

  it('reads a passed deadline when asked to, as a file being imported needs', () => {
    const read = parseQuickTarget('≥ 12% by Q1 2026', TODAY, { acceptPastDeadlines: true });
    expect(read).toEqual({ target: { op: '>=', value: 12, unit: '%', by: '2026-Q1' }, errors: [] });
    expect(
      parseQuickTarget('≥ 12% by 2025-01-01', TODAY, { acceptPastDeadlines: true }).target?.by,
    ).toBe('2025-01-01');
    // A deadline written without its year is still the next one to come.
    expect(parseQuickTarget('≥ 12% by Q1', TODAY, { acceptPastDeadlines: true }).target?.by).toBe(
      '2027-Q1',
    );
  });

  it('an empty field is no target, no owner and no error', () => {
    expect(parseQuickTarget('   ', TODAY)).toEqual({ errors: [] });
  });
});

describe('formatQuickTarget: the canonical form, read back to the same values', () => {
  it.each<[Target | undefined, string | undefined, string]>([
    [
      { op: '>=', value: 25, unit: '%', from: 18, by: '2027-09-30' },
      'Dana',
      '≥ 25% from 18% by 2027-09-30 · Dana',
    ],
    [
      { op: '<=', value: 50, unit: '$', from: 64, by: '2027-Q1' },
      'Lee',
      '≤ $50 from $64 by 2027-Q1 · Lee',
    ],
    [
      { op: '>=', value: 1200, unit: 'teams', from: 950, by: '2027-06-30' },
      'Alex',
      '≥ 1200 teams from 950 teams by 2027-06-30 · Alex',
    ],
    [{ op: '<=', value: 2, unit: 'h', by: '2027-H1' }, 'Sam', '≤ 2h by 2027-H1 · Sam'],
    [{ op: '=', value: 0, unit: 'incidents' }, undefined, '= 0 incidents'],
    [{ op: '>=', value: 98, unit: '%' }, undefined, '≥ 98%'],
    [{ op: '>=', value: 4.5, unit: 'x', by: '2027' }, undefined, '≥ 4.5x by 2027'],
    [{ op: '>=', value: 40, unit: 'NPS', by: '2027-03' }, undefined, '≥ 40 NPS by 2027-03'],
    [{ op: '>=', value: 1200, unit: 'Teams' }, undefined, '≥ 1200 Teams'],
    [
      { op: '>=', value: 8, unit: 'story points' },
      'Mary-Jane Orr',
      '≥ 8 story points · Mary-Jane Orr',
    ],
    [{ op: '>=', value: -5, unit: '€' }, undefined, '≥ €-5'],
    [{ op: '>=', value: 0.07 }, 'Dana', '≥ 0.07 · Dana'],
    [undefined, 'Dana', 'Dana'],
    [undefined, undefined, ''],
  ])('%j owned by %j prints %j and reads back the same', (target, owner, text) => {
    expect(formatQuickTarget(target, owner)).toBe(text);
    const read = parseQuickTarget(text, TODAY);
    expect(read).toEqual({ errors: [], ...(target && { target }), ...(owner && { owner }) });
  });
});

describe('parseQuickTarget over any input', () => {
  it('never throws, whatever is typed or pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(Array.isArray(parseQuickTarget(text, TODAY).errors)).toBe(true);
      }),
    );
  });

  it('reads back every canonical form it prints', () => {
    const unit = fc.constantFrom(undefined, '%', '$', '€', 'x', 'h', 'ms', 'teams', 'NPS');
    const target = fc.record(
      {
        op: fc.constantFrom('>=', '<=', '=') as fc.Arbitrary<Target['op']>,
        value: fc.integer({ min: -1e6, max: 1e9 }).map((n) => n / 100),
        unit,
        from: fc.integer({ min: 0, max: 1e6 }).map((n) => n / 10),
        by: fc.constantFrom('2027-Q3', '2027-09-30', '2027-H1', '2028', '2027-03'),
      },
      { requiredKeys: ['op', 'value'] },
    );
    const owner = fc.constantFrom(undefined, 'Dana', 'Mary-Jane Orr');
    fc.assert(
      fc.property(target, owner, (t, o) => {
        const clean = Object.fromEntries(
          Object.entries(t).filter(([, v]) => v !== undefined),
        ) as Target;
        const read = parseQuickTarget(formatQuickTarget(clean, o), TODAY);
        expect(read).toEqual({ errors: [], target: clean, ...(o && { owner: o }) });
      }),
    );
  });
});
