/**
 * A registry `sites` entry or a page host reduced to a bare lower-case host name, so that
 * `https://www.Acme.com/path`, `*.acme.com` and `acme.com:443` all compare as `acme.com`.
 */
export function normaliseSite(site: string): string {
  return site
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^\*\./, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/** Whether a page host is one of the sites, a site also covering its sub-domains. */
export function hostMatchesSites(host: string, sites: readonly string[]): boolean {
  for (const site of sites) {
    if (host === site || host.endsWith(`.${site}`)) return true;
  }
  return false;
}
