import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches, type MatchTerm } from '../../../lib/match';

const terms: MatchTerm[] = [
  { metricId: 'sessions', text: 'Sessions' },
  { metricId: 'bounce', text: 'Bounce rate (%)' },
  { metricId: 'bounce', text: 'Bounces' },
  { metricId: 'conversion', text: 'Conversion rate' },
  { metricId: 'trial-to-paid', text: 'Trial-to-paid conversion rate' },
  { metricId: 'smspend', text: 'Sales & marketing spend' },
  { metricId: 'ltv', text: 'Customer lifetime value' },
  { metricId: 'ltv', text: 'LTV' },
  { metricId: 'engaged', text: '“Engaged” sessions' },
  { metricId: 'cafe', text: 'Café visits' },
  { metricId: 'acme-leads', text: 'Leads', sites: ['acme.com'] },
  { metricId: 'leads', text: 'Leads' },
  { metricId: 'mql', text: 'MQLs', sites: ['https://www.acme.com/crm'] },
];
const matcher = compileMatcher(terms);

/** The matched substrings with their metric, as a user would read them. */
function found(text: string, host = 'analytics.google.com'): string[] {
  return findMatches(matcher, text, host).map((h) => `${h.metricId}=${text.slice(h.start, h.end)}`);
}

describe('findMatches: whole words, longest first, by host', () => {
  it.each([
    ['Sessions', ['sessions=Sessions']],
    ['SESSIONS: 12,345', ['sessions=SESSIONS']],
    ['Sessionsxyz', []],
    ['xSessions', []],
    ['Sessions12', []],
    ['Sessions/user', ['sessions=Sessions']],
    ['bounce rater', []],
    ['bounce rate', ['bounce=bounce rate']],
    ['Bounce rate (%)', ['bounce=Bounce rate']],
    ['BOUNCE RATE:', ['bounce=BOUNCE RATE']],
    ['Bounce  \n rate', ['bounce=Bounce  \n rate']],
    ['Bounces', ['bounce=Bounces']],
    ['Conversion rate', ['conversion=Conversion rate']],
    ['Trial-to-paid conversion rate', ['trial-to-paid=Trial-to-paid conversion rate']],
    ['Trial–to–paid Conversion Rate', ['trial-to-paid=Trial–to–paid Conversion Rate']],
    ['Paid conversion rate', ['conversion=conversion rate']],
    ['Sales and marketing spend', ['smspend=Sales and marketing spend']],
    ['Sales & Marketing spend', ['smspend=Sales & Marketing spend']],
    ['Sales&marketing spend', ['smspend=Sales&marketing spend']],
    ['LTV by cohort', ['ltv=LTV']],
    ['Customer lifetime value (LTV)', ['ltv=Customer lifetime value', 'ltv=LTV']],
    ['"Engaged" sessions', ['engaged="Engaged" sessions']],
    ['‘Engaged’ sessions', ['sessions=sessions']],
    ['CAFÉ VISITS', ['cafe=CAFÉ VISITS']],
    ['Cafe visits', ['cafe=Cafe visits']],
    ['Sessions, Bounce rate and LTV', ['sessions=Sessions', 'bounce=Bounce rate', 'ltv=LTV']],
    ['MQLs', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports offsets into the original string, even past folded characters', () => {
    const text = 'ﬁrst: Sales & marketing spend';
    const [hit] = findMatches(matcher, text, 'x.com');
    expect(hit).toEqual({ metricId: 'smspend', start: 6, end: text.length });
  });

  it('prefers the site-scoped term on its site and its sub-domains', () => {
    expect(found('Leads', 'acme.com')).toEqual(['acme-leads=Leads']);
    expect(found('Leads', 'app.acme.com')).toEqual(['acme-leads=Leads']);
    expect(found('Leads', 'notacme.com')).toEqual(['leads=Leads']);
  });

  it('matches a scoped-only term on its site only, never without a host', () => {
    expect(found('MQLs', 'crm.acme.com')).toEqual(['mql=MQLs']);
    expect(findMatches(matcher, 'MQLs')).toEqual([]);
  });

  it('drops terms that normalise to nothing and counts the rest', () => {
    const m = compileMatcher([...terms, { metricId: 'blank', text: '  ' }]);
    expect(m.termCount).toBe(terms.length);
  });

  it('costs the same to build for thousands of terms (no alternation regex)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      metricId: `m${i}`,
      text: `Metric number ${i} rate`,
    }));
    const big = compileMatcher(many);
    expect(findMatches(big, 'The metric number 4321 rate went up')).toEqual([
      { metricId: 'm4321', start: 4, end: 27 },
    ]);
    // Every one of them, from the edge table fitted to the edges the names share.
    for (const [i, term] of many.entries()) {
      expect(findMatches(big, term.text)).toEqual([
        { metricId: `m${i}`, start: 0, end: term.text.length },
      ]);
    }
    expect(big.edges.keys.length).toBeLessThanOrEqual(4 * big.nodeCount);
  });
});
