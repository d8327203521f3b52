/**
 * Each registered label on the demo dashboard (public/demo) and the badge a marketer should see
 * beside it with the sample registry: what the Chromium journeys and the Firefox smoke expect.
 * Years are left open: the loaded sample moves its deadlines on by whole years as they come
 * due (see sampleRegistry; its unit tests pin the dates).
 */
export const DEMO_BADGES: readonly [metricId: string, text: string | RegExp][] = [
  ['weekly-active-teams', '★ north star'],
  ['trial-to-paid', /^KPI · ≥25% by Sep 30(, \d{4})? · Dana$/],
  ['csat', /^KPI · ≥90% by Mar 31(, \d{4})? · Sam$/],
  ['cac', /^KPI · ≤\$50 by Mar 31(, \d{4})? · Lee$/],
  ['on-time-delivery', /^KPI · ≥98% by \d{4}-Q2 · Priya$/],
  ['sessions', 'metric'],
  ['bounce-rate', 'diagnostic · Landing-page CR'],
  ['landing-page-cr', 'diagnostic · CAC'],
  ['activation-rate', 'supports Trial-to-paid'],
  ['paid-search-ctr', 'supports CAC'],
  ['email-open-rate', 'supports Trial-to-paid'],
  ['first-response-time', 'supports CSAT'],
  ['followers', 'vanity'],
  ['total-page-views', 'vanity'],
  ['app-downloads', 'vanity'],
  ['total-registered-users', 'vanity'],
  ['impressions', 'vanity?'],
  ['emails-sent', 'metric'],
];
