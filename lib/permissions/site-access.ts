/**
 * Which sites KPI Lens may run on, as the extension's pages show and change it. Adding a
 * site asks the browser for that one host's permission, so it must run from a click.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_MATCHES } from '../adapters/known-hosts';
import { err, ok, type Result } from '../result';
import { patternHost, siteRequestFromInput, userSiteOrigins } from './site-patterns';

export interface SiteList {
  builtIn: { pattern: string; host: string; granted: boolean }[];
  custom: { origin: string; host: string }[];
}

export interface SiteAccessApi {
  list(): Promise<SiteList>;
  /** Asks permission for the host the person typed; resolves with the host added. */
  add(input: string): Promise<Result<string>>;
  remove(origin: string): Promise<Result<string>>;
}

export function createSiteAccessApi(): SiteAccessApi {
  return {
    async list() {
      const { origins = [] } = await browser.permissions.getAll();
      const granted = new Set(origins);
      return {
        builtIn: CONTENT_SCRIPT_MATCHES.map((pattern) => ({
          pattern,
          host: patternHost(pattern),
          granted: granted.has(pattern),
        })),
        custom: userSiteOrigins(origins, CONTENT_SCRIPT_MATCHES).map((origin) => ({
          origin,
          host: patternHost(origin),
        })),
      };
    },
    async add(input) {
      const request = siteRequestFromInput(input);
      if (!request.ok) return request;
      try {
        const granted = await browser.permissions.request({ origins: request.value.origins });
        return granted
          ? ok(request.value.host)
          : err(
              `Permission for ${request.value.host} was not given, so KPI Lens stays off there. Try again and choose Allow.`,
            );
      } catch (e) {
        return err(
          `The browser refused to ask for ${request.value.host} (${e instanceof Error ? e.message : String(e)}).`,
        );
      }
    },
    async remove(origin) {
      const removed = await browser.permissions.remove({ origins: [origin] });
      return removed
        ? ok(patternHost(origin))
        : err(
            `KPI Lens could not give up access to ${patternHost(origin)}. Remove it from the browser's extension settings.`,
          );
    },
  };
}
