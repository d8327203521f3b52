import { describe, expect, it } from 'vitest';
import { activityKpi, isActivityMetric } from '../../../lib/registry/doctrine/activity-metric';
import { GROW, TODAY, goodKpi, registry } from './build-registry';

describe('isActivityMetric: inputs the team does, not outcomes', () => {
  it.each([
    'Calls made',
    'Sales calls made',
    'Emails sent',
    'E-mails sent',
    'Posts published',
    'Blog posts published',
    'Published articles',
    'Meetings held',
    'Demos given',
    'Tickets closed',
    'Features shipped',
    'Number of calls',
    '# of emails',
    'Outbound calls',
    'Call volume',
  ])('%j is an activity', (name) => {
    expect(isActivityMetric({ name, aliases: [] })).toBe(true);
  });

  it.each([
    'Email open rate',
    'Email reply rate',
    'Meetings booked',
    'Qualified demo requests',
    'Deals won',
    'Revenue',
    'Deployment frequency',
    'Calls made to email conversion rate',
  ])('%j is not an activity', (name) => {
    expect(isActivityMetric({ name, aliases: [] })).toBe(false);
  });

  it('reads aliases too', () => {
    expect(isActivityMetric({ name: 'Outreach', aliases: ['Emails sent'] })).toBe(true);
  });
});

describe('activity-kpi', () => {
  it.each([
    {
      shown: 'one click makes it a plain metric',
      supports: undefined,
      fix: 'Make it a plain metric',
      role: 'metric',
    },
    {
      shown: 'one click makes it a supporting metric of the KPI it drives',
      supports: 'paid',
      fix: "Make it a supporting metric of 'Trial-to-paid'",
      role: 'supporting',
    },
  ])('an activity set as a KPI is a warning; $shown', ({ supports, fix, role }) => {
    const reg = registry(
      [
        goodKpi({ id: 'paid', name: 'Trial-to-paid' }),
        goodKpi({ id: 'sent', name: 'Emails sent', supports }),
      ],
      [GROW],
    );
    const [finding, ...others] = activityKpi.check(reg, TODAY);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'warning',
      metricId: 'sent',
      message:
        "'Emails sent' is an activity set as a KPI: count activities, target outcomes. Make the outcome it drives the KPI, and this a supporting metric.",
    });
    expect(finding?.fix?.label).toBe(fix);
    expect(finding?.fix?.apply(reg, TODAY).metrics[1]?.role).toBe(role);
  });
});
