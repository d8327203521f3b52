/**
 * The design tokens as two themes a single badge can take. tokens.css themes `:root`/`:host`
 * (by `data-theme` or `prefers-color-scheme`), but the overlay host must carry no attribute,
 * and a badge over a dark page in a light-scheme browser (or the reverse) needs the other set.
 * So the light and dark declarations are lifted from tokens.css by selector, not copied.
 */

/** Every innermost rule (`selector { declarations }`), media blocks included. */
function rules(css: string): { selector: string; body: string }[] {
  const bare = css.replace(/\/\*[^]*?\*\//g, '');
  return [...bare.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selector: m[1]!.replace(/\s+/g, ''),
    body: m[2]!.trim().replace(/;?$/, ';'),
  }));
}

/** `.kl-theme-light` and `.kl-theme-dark` classes carrying the full token sets. */
export function forcedThemeCss(tokensCss: string): string {
  const all = rules(tokensCss);
  const base = all.find((r) => r.selector === ':root,:host')?.body ?? '';
  // The unconditional dark rule (`:root[data-theme='dark'], :host([data-theme='dark'])`).
  const dark = all
    .filter((r) => /data-theme=['"]?dark/.test(r.selector) && !r.selector.includes(':not('))
    .map((r) => r.body)
    .join('');
  return (
    `.kl-theme-light {${base} color-scheme: light; }\n` +
    `.kl-theme-dark {${base}${dark} color-scheme: dark; }\n`
  );
}
