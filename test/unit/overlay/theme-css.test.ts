import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forcedThemeCss } from '../../../lib/overlay/theme-css';

const block = (css: string, name: string) =>
  new RegExp(`\\.${name} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';

describe('forcedThemeCss: the design tokens as classes a badge can force', () => {
  it('lifts the light and dark role colours from tokens.css', () => {
    const css = forcedThemeCss(readFileSync('components/design/tokens.css', 'utf8'));
    expect(block(css, 'kl-theme-light')).toMatch(/--kl-role-kpi: #1d4ed8;[^]*color-scheme: light/);
    expect(block(css, 'kl-theme-dark')).toMatch(/--kl-role-kpi: #8fb3ff;[^]*color-scheme: dark/);
    expect(block(css, 'kl-theme-dark')).toContain('--kl-font:');
  });

  it('reads the minified CSS the build inlines', () => {
    const minified =
      ':root,:host{--kl-bg:#fff;--kl-role-vanity-bg:#ffe4e8}' +
      ':root[data-theme=dark],:host([data-theme=dark]){--kl-bg:#15181d;--kl-role-vanity-bg:#4a1724}' +
      '@media (prefers-color-scheme:dark){:root:not([data-theme=light]),:host(:not([data-theme=light])){--kl-bg:#000}}';
    const css = forcedThemeCss(minified);
    expect(block(css, 'kl-theme-light')).toBe(
      '--kl-bg:#fff;--kl-role-vanity-bg:#ffe4e8; color-scheme: light; ',
    );
    expect(block(css, 'kl-theme-dark')).toContain(
      '--kl-bg:#15181d;--kl-role-vanity-bg:#4a1724; color-scheme: dark;',
    );
    expect(block(css, 'kl-theme-dark')).not.toContain('#000');
  });
});
