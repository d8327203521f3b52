import { foldString } from './fold-char';

/** GA's API names (`ga:bounceRate`, `ga4:sessions`) as they show in exports and query tools. */
const GA_PREFIX = /^\s*ga4?:\s*/i;
const CAMEL_HUMP = /(\p{Ll})(\p{Lu})|(\p{L})(\p{N})/gu;

const UNIT = String.raw`(?:%|[$€£¥₹#]|usd|eur|gbp|jpy|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|x|pp|bps|k|m|bn)`;
/**
 * Units and punctuation labels carry at their end ("Bounce rate (%)", "Bounce rate:",
 * "Revenue in USD", "Sessions*"): not part of the name. Only unit-like parentheses go, so
 * "Revenue (new users)" keeps its qualifier.
 */
const TRAILING_NOISE = new RegExp(
  String.raw`(?:\s*\(\s*(?:in\s+)?${UNIT}\s*\)|\s*\[\s*${UNIT}\s*\]|\s+in\s+${UNIT}|\s*[%$€£¥₹]|\s*[:;,.!?*…†‡]+)+$`,
  'u',
);
/**
 * Most names are plain ASCII words ("Bounce rate", "Sessions"): folding them is lower-casing,
 * and no decoration rule can apply unless a unit may follow " in ". A content script
 * normalises every name on every page load, before the JIT has warmed up: this path is a
 * fraction of the general one there.
 */
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
/** Bullets before a label, and quotes wrapping all of it. */
const LEADING_NOISE = /^(?:[•·▪◦]\s*)+/u;
const WRAPPING_QUOTES = /^(["'])(.+)\1$/u;

/**
 * What the matcher compares: a label folded the way page text is folded (NFKC, case,
 * diacritics, quotes, dashes, `&` -> `and`, white space) and stripped of the decoration around
 * a name (GA API prefixes, trailing units and punctuation, bullets). Registry names and aliases
 * go through this once at compile time; page text is folded character by character instead,
 * and its trailing units simply fall outside the whole-word match.
 */
export function normaliseLabel(text: string): string {
  if (PLAIN_WORDS.test(text)) {
    const lower = text.toLowerCase();
    if (!lower.includes(' in ')) return lower;
  }
  let label = text.normalize('NFKC');
  if (GA_PREFIX.test(label)) label = label.replace(GA_PREFIX, '').replace(CAMEL_HUMP, '$1$3 $2$4');
  const folded = foldString(label);
  const stripped = folded
    .replace(LEADING_NOISE, '')
    .replace(TRAILING_NOISE, '')
    .replace(WRAPPING_QUOTES, '$2')
    .trim();
  return stripped === '' ? folded : stripped;
}
