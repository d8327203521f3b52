import { compileMatcher, type MatchTerm } from '../../../lib/match';

/** The registry the fixture pages' expected hits were written against. */
export const FIXTURE_TERMS: MatchTerm[] = [
  { metricId: 'sessions', text: 'Sessions' },
  { metricId: 'bounce-rate', text: 'Bounce rate (%)' },
  { metricId: 'engaged-sessions-per-user', text: 'Engaged sessions per user' },
  { metricId: 'users', text: 'Users' },
  { metricId: 'new-users', text: 'New users' },
  { metricId: 'avg-engagement-time', text: 'Average engagement time' },
  { metricId: 'trial-to-paid', text: 'Trial-to-paid conversion rate' },
  { metricId: 'conversion-rate', text: 'Conversion rate' },
  { metricId: 'revenue', text: 'Revenue' },
  { metricId: 'revenue', text: 'Total revenue' },
  { metricId: 'aov', text: 'Average order value' },
  { metricId: 'conversions', text: 'Conversions' },
  { metricId: 'sm-spend', text: 'Sales & marketing spend' },
  { metricId: 'wau', text: 'Weekly active users' },
  { metricId: 'event-count', text: 'Event count' },
  { metricId: 'orders', text: 'Orders' },
];

export const fixtureMatcher = compileMatcher(FIXTURE_TERMS);
