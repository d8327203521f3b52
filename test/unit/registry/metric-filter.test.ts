import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUERY,
  filterMetrics,
  NONE,
  sortMetrics,
  type MetricQuery,
} from '../../../lib/registry/metric-filter';
import { sampleRegistry } from '../../../lib/registry/sample';

const metrics = sampleRegistry().metrics;
const problems = (id: string) => (id === 'qualified-demo-requests' ? 2 : 0);
const ids = (q: Partial<MetricQuery>) =>
  filterMetrics(metrics, { ...EMPTY_QUERY, ...q }, problems)
    .map((m) => m.id)
    .sort();

describe('the metric table filters', () => {
  it.each<[Partial<MetricQuery>, string[]]>([
    [{ search: 'conversion' }, ['landing-page-cr', 'trial-to-paid']],
    [{ search: 'visits' }, ['sessions']],
    [{ search: 'TRIAL paid' }, ['trial-to-paid']],
    [{ search: 'cac' }, ['cac']],
    [{ role: 'northStar' }, ['weekly-active-teams']],
    [{ role: 'diagnostic' }, ['bounce-rate', 'landing-page-cr', 'page-load-time']],
    [{ owner: 'Sam' }, ['csat', 'first-response-time']],
    [{ team: 'Marketing', role: 'kpi' }, ['cac']],
    [
      { objectiveId: 'grow-paid' },
      ['qualified-demo-requests', 'trial-to-paid', 'weekly-active-teams'],
    ],
    [{ role: 'kpi', owner: NONE }, ['qualified-demo-requests']],
    [{ health: 'problems' }, ['qualified-demo-requests']],
    [{ indicator: 'lagging', role: 'kpi' }, ['cac', 'csat', 'on-time-delivery', 'trial-to-paid']],
  ])('%j shows %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe('sorting', () => {
  it('by role puts the north star first, then KPIs, supporting, diagnostic, raw', () => {
    const roles = sortMetrics(metrics, { key: 'role', descending: false }).map((m) =>
      m.northStar ? 'star' : m.role,
    );
    expect(roles[0]).toBe('star');
    expect(roles.indexOf('supporting')).toBeGreaterThan(roles.lastIndexOf('kpi'));
    expect(roles.indexOf('metric')).toBeGreaterThan(roles.lastIndexOf('diagnostic'));
  });

  it('by owner puts metrics with no owner last, and reverses', () => {
    const owners = sortMetrics(metrics, { key: 'owner', descending: false }).map((m) => m.owner);
    expect(owners[0]).toBe('Alex');
    expect(owners.at(-1)).toBeUndefined();
    expect(sortMetrics(metrics, { key: 'owner', descending: true })[0]?.owner).toBeUndefined();
  });
});
