import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  findMatches,
  packMatcher,
  unpackMatcher,
  type CompiledMatcher,
  type MatchTerm,
  type PackedMatcher,
} from '../../../lib/match';
import { base64ToBytes, bytesToBase64 } from '../../../lib/match/base64';

const terms: MatchTerm[] = [
  { metricId: 'sessions', text: 'Sessions' },
  { metricId: 'bounce', text: 'Bounce rate (%)' },
  { metricId: 'conversion', text: 'Conversion rate' },
  { metricId: 'trial-to-paid', text: 'Trial-to-paid conversion rate' },
  { metricId: 'smspend', text: 'Sales & marketing spend' },
  { metricId: 'engaged', text: '“Engaged” sessions' },
  { metricId: 'cafe', text: 'Café visits' },
  { metricId: 'kanji', text: '売上高' },
  { metricId: 'acme-leads', text: 'Leads', sites: ['acme.com'] },
  { metricId: 'leads', text: 'Leads' },
  { metricId: 'mql', text: 'MQLs', sites: ['https://www.acme.com/crm'] },
  { metricId: 'mql', text: 'Marketing qualified leads', sites: ['https://www.acme.com/crm'] },
];

/** What a content script gets: the packed matcher after the JSON of extension messaging. */
function overTheWire(matcher: CompiledMatcher): unknown {
  return JSON.parse(JSON.stringify(packMatcher(matcher)));
}

function packed(): PackedMatcher {
  return JSON.parse(JSON.stringify(packMatcher(compileMatcher(terms)))) as PackedMatcher;
}

const PAGE_TEXT =
  'Sessions 1,204 · Bounce rate (%) 41 · Trial-to-paid conversion rate 3.1% · Conversion rate ' +
  '· Sales and marketing spend · "Engaged" sessions · CAFE visits · 売上高 · Leads · MQLs · ' +
  'Marketing qualified leads · Sessionsxyz';

describe('packMatcher / unpackMatcher', () => {
  it('gives back the same tables and entries after a trip through JSON', () => {
    const compiled = compileMatcher(terms);
    const unpacked = unpackMatcher(overTheWire(compiled));
    expect(unpacked).not.toBeNull();
    expect(unpacked!.edges.keys).toEqual(compiled.edges.keys);
    expect(unpacked!.edges.children).toEqual(compiled.edges.children);
    expect({ ...unpacked!, edges: null }).toEqual({ ...compiled, edges: null });
  });

  it('finds what the compiled matcher finds, site scoping included', () => {
    const compiled = compileMatcher(terms);
    const unpacked = unpackMatcher(overTheWire(compiled))!;
    for (const host of ['analytics.google.com', 'app.acme.com', 'www.acme.com', undefined]) {
      const hits = findMatches(unpacked, PAGE_TEXT, host);
      expect(hits).toEqual(findMatches(compiled, PAGE_TEXT, host));
    }
    expect(findMatches(unpacked, PAGE_TEXT, 'app.acme.com').map((h) => h.metricId)).toEqual([
      'sessions',
      'bounce',
      'trial-to-paid',
      'conversion',
      'smspend',
      'engaged',
      'cafe',
      'kanji',
      'acme-leads', // the site's own "Leads"
      'mql',
      'mql',
    ]);
  });

  it('carries an empty registry (a site where KPI Lens is off)', () => {
    const unpacked = unpackMatcher(overTheWire(compileMatcher([])))!;
    expect(unpacked.termCount).toBe(0);
    expect(findMatches(unpacked, PAGE_TEXT)).toEqual([]);
  });

  it('sends each metric id and each list of sites once', () => {
    const message = packed();
    expect(message.metricIds.filter((id) => id === 'mql')).toHaveLength(1);
    // 'https://www.acme.com/crm' normalises to 'acme.com' as well.
    expect(message.siteLists).toEqual([['acme.com']]);
  });

  it.each<[string, (message: PackedMatcher) => unknown]>([
    ['another format', (m) => ({ ...m, format: 2 })],
    ['a missing field', ({ tables: _tables, ...rest }) => rest],
    ['tables that are not base64', (m) => ({ ...m, tables: '%%%not base64%%%' })],
    ['truncated tables', (m) => ({ ...m, tables: m.tables.slice(0, -8) })],
    ['a node count that does not fit the tables', (m) => ({ ...m, nodeCount: m.nodeCount + 1 })],
    ['an odd list of root pairs', (m) => ({ ...m, rootChildren: m.rootChildren.slice(1) })],
    ['a root child past the last node', (m) => ({ ...m, rootChildren: [65, m.nodeCount] })],
    ['a code past 0xffff', (m) => ({ ...m, alphabet: [0x10000, 1] })],
    ['a negative code', (m) => ({ ...m, alphabet: [-1, 1] })],
    ['a fractional code', (m) => ({ ...m, rootChildren: [65.5, 2] })],
    ['a fractional node count', (m) => ({ ...m, nodeCount: m.nodeCount + 0.5 })],
    ['an edge shift past 31', (m) => ({ ...m, edgeShift: 32 })],
    ['a metric id that is not a string', (m) => ({ ...m, metricIds: [...m.metricIds, 7] })],
    ['sites that are not strings', (m) => ({ ...m, siteLists: [[null]] })],
    ['tables that are not a string', (m) => ({ ...m, tables: [1, 2, 3] })],
    ['an entry naming a metric it does not list', (m) => ({ ...m, metricIds: [] })],
    ['an entry naming a list of sites it does not have', (m) => ({ ...m, siteLists: [] })],
    ['not an object at all', () => 'matcher'],
  ])('refuses %s (the content script compiles itself then)', (_case, tamper) => {
    expect(unpackMatcher(tamper(packed()))).toBeNull();
  });
});

describe('base64', () => {
  const bytes = new Uint8Array(70_000).map((_, i) => (i * 2654435761) >>> 24);

  it('encodes as Node does, in chunks past the argument limit', () => {
    expect(bytesToBase64(bytes, false)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('decodes what it encodes, every byte value', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(base64ToBytes(bytesToBase64(all, false), false)).toEqual(all);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('answers null for text that is not base64', () => {
    expect(base64ToBytes('***', false)).toBeNull();
  });
});
