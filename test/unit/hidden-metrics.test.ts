import { describe, expect, it } from 'vitest';
import {
  hiddenMetricsByHost,
  hiddenMetricsOn,
  showMetricAgain,
} from '../../lib/settings/hidden-metrics';
import { readSettings, suppressedOn } from '../../lib/settings/settings';

const metrics = [
  { id: 'csat', name: 'CSAT' },
  { id: 'sessions', name: 'Sessions' },
  { id: 'bounce-rate', name: 'Bounce rate' },
];
const settings = readSettings({
  suppressedOnHosts: {
    localhost: ['sessions', 'csat'],
    'analytics.google.com': ['bounce-rate', 'deleted-long-ago'],
    'lookerstudio.google.com': ['deleted-long-ago'],
  },
});

describe('hidden metrics', () => {
  it('lists each site with the registry metrics hidden there, by name', () => {
    expect(hiddenMetricsByHost(settings, metrics)).toEqual([
      { host: 'analytics.google.com', metrics: [{ id: 'bounce-rate', name: 'Bounce rate' }] },
      {
        host: 'localhost',
        metrics: [
          { id: 'csat', name: 'CSAT' },
          { id: 'sessions', name: 'Sessions' },
        ],
      },
    ]);
  });

  it('lists one site, whatever the case of its host', () => {
    expect(hiddenMetricsOn(settings, 'LocalHost', metrics).map((m) => m.name)).toEqual([
      'CSAT',
      'Sessions',
    ]);
    expect(hiddenMetricsOn(settings, 'mixpanel.com', metrics)).toEqual([]);
  });

  it('shows a metric again on one site only, and drops a site left with none', () => {
    const once = showMetricAgain(settings, 'localhost', 'csat');
    expect([...suppressedOn(once, 'localhost')]).toEqual(['sessions']);
    expect([...suppressedOn(once, 'analytics.google.com')]).toContain('bounce-rate');
    const twice = showMetricAgain(once, 'localhost', 'sessions');
    expect(Object.keys(twice.suppressedOnHosts)).not.toContain('localhost');
    // The settings it came from are left as they were.
    expect([...suppressedOn(settings, 'localhost')]).toEqual(['sessions', 'csat']);
  });
});
