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
