import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/adapters/known-hosts';
import { siteRequestFromInput, userSiteOrigins } from '../../lib/permissions/site-patterns';
import { DEFAULT_SETTINGS, isEnabledOn, readSettings } from '../../lib/settings/settings';

describe('adding a site of your own', () => {
  it.each([
    ['metabase.acme.com', 'https://metabase.acme.com/*'],
    ['  Metabase.ACME.com ', 'https://metabase.acme.com/*'],
    ['https://bi.acme.io:8443/dashboard/12?tab=1', 'https://bi.acme.io/*'],
    ['http://grafana.intra.acme.com/d/abc', 'http://grafana.intra.acme.com/*'],
  ])('%j asks for %s', (input, origin) => {
    const r = siteRequestFromInput(input);
    expect(r.ok && r.value.origins).toEqual([origin]);
  });

  it.each([
    ['', /Type the address/],
    ['not a host', /not a web address|not a host name/],
    ['ftp://files.acme.com', /Only web pages/],
    ['localhost', /not a host name/],
    ['acme..com', /not a web address|not a host name/],
  ])('%j is refused with a sentence', (input, message) => {
    const r = siteRequestFromInput(input);
    expect(!r.ok && r.error).toMatch(message);
  });

  it('tells the user’s own sites from the built-in ones', () => {
    const granted = [...CONTENT_SCRIPT_MATCHES, 'https://metabase.acme.com/*', 'https://*/*'];
    expect(userSiteOrigins(granted, CONTENT_SCRIPT_MATCHES)).toEqual([
      'https://metabase.acme.com/*',
    ]);
  });
});

describe('settings', () => {
  it('fall back to defaults when stored ones are unreadable', () => {
    expect(readSettings({ badgeMode: 'huge' })).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(undefined).badgeMode).toBe('full');
  });

  it('turning KPI Lens off on a host covers its subdomains', () => {
    const settings = readSettings({ disabledHosts: ['acme.com'] });
    expect(isEnabledOn(settings, 'metabase.acme.com')).toBe(false);
    expect(isEnabledOn(settings, 'notacme.com')).toBe(true);
  });
});
