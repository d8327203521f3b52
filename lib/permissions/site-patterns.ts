/**
 * Turning what a person types ("metabase.acme.com", a pasted dashboard URL) into the match
 * patterns KPI Lens asks permission for, and telling the user's own sites from the built-in ones.
 */
import { err, ok, type Result } from '../result';

const HOST =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export interface SiteRequest {
  host: string;
  /** Origins to request, e.g. `https://metabase.acme.com/*`. */
  origins: string[];
}

export function siteRequestFromInput(input: string): Result<SiteRequest> {
  const text = input.trim().toLowerCase();
  if (!text) return err('Type the address of your analytics tool, such as metabase.acme.com.');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`);
  } catch {
    return err(
      `“${input.trim()}” is not a web address. Type a host name such as metabase.acme.com.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return err('Only web pages (http or https) can be added.');
  }
  const host = url.hostname;
  if (!HOST.test(host) || !host.includes('.')) {
    return err(
      `“${input.trim()}” is not a host name KPI Lens can use. Type one such as metabase.acme.com.`,
    );
  }
  // A pasted URL often carries a port or path: permission is per host, so both are dropped.
  return ok({ host, origins: [`${url.protocol}//${host}/*`] });
}

/** Host of a match pattern such as `https://*.mixpanel.com/*` -> `*.mixpanel.com`. */
export function patternHost(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');
}

/** Granted origins that are the user's own additions, not the built-in hosts or catch-alls. */
export function userSiteOrigins(granted: readonly string[], builtIn: readonly string[]): string[] {
  const known = new Set(builtIn);
  return granted.filter(
    (o) =>
      !known.has(o) && !/^(\*|https?):\/\/\*\/\*$/.test(o) && !o.startsWith('chrome-extension:'),
  );
}
