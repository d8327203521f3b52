/**
 * Analytics and BI hosts KPI Lens runs on without asking: listed in `host_permissions`,
 * and the content script is registered on them in all frames. Any other domain is added
 * by the user from a click (optional host permission).
 */
export const KNOWN_ANALYTICS_HOSTS = [
  'https://analytics.google.com/*',
  'https://lookerstudio.google.com/*',
  'https://datastudio.google.com/*',
  'https://mixpanel.com/*',
  'https://*.mixpanel.com/*',
  'https://app.amplitude.com/*',
  'https://analytics.amplitude.com/*',
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://*.looker.com/*',
  'https://*.cloud.looker.com/*',
  'https://*.tableau.com/*',
  'https://app.powerbi.com/*',
  'https://*.metabaseapp.com/*',
] as const;

/** Self-hosted tools under evaluation, and the bundled demo dashboard (any port). */
export const SELF_HOSTED_DEV_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

/** Every match pattern the content script is declared for. */
export const CONTENT_SCRIPT_MATCHES: string[] = [
  ...KNOWN_ANALYTICS_HOSTS,
  ...SELF_HOSTED_DEV_HOSTS,
];

type BuiltInPattern =
  (typeof KNOWN_ANALYTICS_HOSTS)[number] | (typeof SELF_HOSTED_DEV_HOSTS)[number];

/** The tool a built-in pattern is for, as the Sites tab names it; undefined for others. */
export function toolOfPattern(pattern: string): string | undefined {
  return (TOOL_OF_PATTERN as Readonly<Record<string, string>>)[pattern];
}

/** In the words of the people who use them; the type makes a new pattern come with a name. */
const TOOL_OF_PATTERN: Readonly<Record<BuiltInPattern, string>> = {
  'https://analytics.google.com/*': 'Google Analytics 4',
  'https://lookerstudio.google.com/*': 'Looker Studio',
  'https://datastudio.google.com/*': 'Looker Studio (its old address)',
  'https://mixpanel.com/*': 'Mixpanel',
  'https://*.mixpanel.com/*': 'Mixpanel (EU and other regions)',
  'https://app.amplitude.com/*': 'Amplitude',
  'https://analytics.amplitude.com/*': 'Amplitude (classic)',
  'https://app.hubspot.com/*': 'HubSpot',
  'https://app-eu1.hubspot.com/*': 'HubSpot (EU)',
  'https://*.looker.com/*': 'Looker',
  'https://*.cloud.looker.com/*': 'Looker (Google Cloud)',
  'https://*.tableau.com/*': 'Tableau Cloud and Tableau Public',
  'https://app.powerbi.com/*': 'Power BI',
  'https://*.metabaseapp.com/*': 'Metabase Cloud',
  'http://localhost/*': 'This computer: self-hosted tools, the demo',
  'http://127.0.0.1/*': 'This computer: self-hosted tools, the demo',
};
