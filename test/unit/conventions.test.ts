/**
 * Conventions that keep per-tool knowledge, its proof and the manifest in step: each adapter
 * names the fixture page that proves it, and the content script and the manifest draw on the
 * one list of known hosts. And one that no type check catches: inline style lengths carry
 * their unit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES, KNOWN_ANALYTICS_HOSTS } from '../../lib/adapters/known-hosts';

const ADAPTERS = path.resolve('lib/adapters');

/** Every .tsx file under a folder. */
function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? tsxFiles(path.join(dir, d.name))
      : d.name.endsWith('.tsx')
        ? [path.join(dir, d.name)]
        : [],
  );
}

/** A length property set to a bare non-zero number in an inline style object. */
const UNITLESS_LENGTH =
  /\b(width|height|top|left|right|bottom|inset|gap|rowGap|columnGap|fontSize|letterSpacing|borderRadius|borderWidth|flexBasis|(?:min|max)(?:Width|Height)|(?:margin|padding)(?:Top|Right|Bottom|Left)?)\s*:\s*-?(?:[1-9]\d*(?:\.\d+)?|0?\.\d+)\s*(?:[,}]|$)/;
const adapterFiles = readdirSync(ADAPTERS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(path.join(ADAPTERS, d.name)).map((f) => path.join(d.name, f)));

describe('conventions', () => {
  it.each(adapterFiles)('adapter %s names an existing fixture that proves it', (file) => {
    const source = readFileSync(path.join(ADAPTERS, file), 'utf8');
    const fixtures = [...source.matchAll(/test\/fixtures\/[\w/.-]+\.html/g)].map((m) => m[0]);
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) expect(existsSync(fixture), fixture).toBe(true);
  });

  it('the manifest and the content script use the one list of hosts', () => {
    expect(readFileSync('wxt.config.ts', 'utf8')).toMatch(
      /host_permissions: \[\.\.\.KNOWN_ANALYTICS_HOSTS, \.\.\.SELF_HOSTED_DEV_HOSTS\]/,
    );
    expect(readFileSync('entrypoints/analytics.content/index.ts', 'utf8')).toMatch(
      /matches: CONTENT_SCRIPT_MATCHES/,
    );
  });

  it('every known host is an https match pattern, and none is a catch-all', () => {
    for (const pattern of KNOWN_ANALYTICS_HOSTS)
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/\*$/);
    expect(CONTENT_SCRIPT_MATCHES).not.toContain('<all_urls>');
  });

  // Preact 11 sets style properties as given: `width: 380` is an invalid value the browser
  // drops without a word (Preact 10 added "px"). The popup once lost its width this way.
  it.each([...tsxFiles('components'), ...tsxFiles('entrypoints')])(
    '%s gives inline style lengths a unit',
    (file) => {
      const source = readFileSync(file, 'utf8');
      const styles = [...source.matchAll(/style=\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!);
      expect(styles.filter((style) => UNITLESS_LENGTH.test(style))).toEqual([]);
    },
  );
});
