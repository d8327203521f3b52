import { describe, expect, it } from 'vitest';
import { lowerFirstLetter } from '../../../lib/text/lower-first-letter';

describe('lowerFirstLetter: a sentence continued inside another, names kept as written', () => {
  it.each([
    ["Edit of 'CSAT'", "edit of 'CSAT'"],
    ["New metric 'Trial-to-paid conversion rate'", "new metric 'Trial-to-paid conversion rate'"],
    ['Loading the sample registry', 'loading the sample registry'],
    ['Make it a plain metric', 'make it a plain metric'],
    ['Édition de « CSAT »', 'édition de « CSAT »'],
    // A first word in capitals is an acronym or a name.
    ['CSV import of team.csv', 'CSV import of team.csv'],
    ['KPI target of CSAT', 'KPI target of CSAT'],
    ['already lower', 'already lower'],
    ["'CSAT' deleted", "'CSAT' deleted"],
    ['A', 'a'],
    ['', ''],
  ])('%j reads %j', (sentence, continued) => {
    expect(lowerFirstLetter(sentence)).toBe(continued);
  });
});
