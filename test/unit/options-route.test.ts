import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../components/options/route';

describe('options page deep links', () => {
  it.each([
    ['', { tab: 'metrics' }],
    ['#metric=trial-to-paid', { tab: 'metrics', metricId: 'trial-to-paid' }],
    ['#metric=a%20b', { tab: 'metrics', metricId: 'a b' }],
    ['#metric=new&name=Bounce%20rate', { tab: 'metrics', metricId: 'new', newName: 'Bounce rate' }],
    ['#tab=health', { tab: 'health' }],
    ['#tab=nonsense', { tab: 'metrics' }],
  ])('%s opens %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(['#metric=trial-to-paid', '#tab=health', '#metric=new&name=Bounce%20rate'])(
    '%s round-trips',
    (hash) => {
      expect(routeHash(parseRoute(hash))).toBe(hash);
    },
  );
});
