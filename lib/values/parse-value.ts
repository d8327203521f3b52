/**
 * What analytics tools print -> a number with its unit and kind: `12.4%`, `$1,234.50`,
 * `€1.2K`, `3.4M`, `1 234,5`, `2m 35s`, `-3.1%`. Pure. Anything that is not exactly one
 * number with its affixes is null: "—", ranges (`10–20`), dates, times of day, prose.
 */
import { decimalMarkOf, parseDigits } from './parse-number';
import { parseDuration } from './parse-duration';

export type ValueKind = 'percent' | 'currency' | 'count' | 'duration' | 'ratio';

export interface ParsedValue {
  value: number;
  /** `%`, `pts`, a currency symbol or code (`$`, `EUR`), `s` for durations, `x`, or a word. */
  unit: string | undefined;
  kind: ValueKind;
}

const ARROWS_UP = '▲△↑⬆▴⇧';
const ARROWS_DOWN = '▼▽↓⬇▾⇩';
const CURRENCY_CODES = 'USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|INR|CNY|SEK|NOK|DKK|PLN|CZK|BRL|MXN|ZAR';
const MAGNITUDE_EXPONENT: Record<string, number> = { K: 3, k: 3, M: 6, B: 9, bn: 9, T: 12 };
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
/** Lower-case words after a number that make it prose, not a unit (`3 of`, `10 to 20`). */
const NOT_UNITS = new Set(['to', 'of', 'and', 'or', 'vs', 'ago', 'left', 'am', 'pm', 'st', 'nd']);

const NUMBER_GRAMMAR = new RegExp(
  '^' +
    `(?<pre>US\\$|[$€£¥₹]|(?:${CURRENCY_CODES}) ?)?` +
    '(?<prePercent>% ?)?' +
    '(?<sign>[+-])?' +
    "(?<digits>\\d[\\d.,'’ ]*?)" +
    ' ?(?<magnitude>bn|[KkMBT])?' +
    ` ?(?<post>%|pts?|pp|p\\.p\\.|bps|x|×|[$€£¥₹]|${CURRENCY_CODES}|[a-z][a-z-]{0,15})?$`,
);

/** One kind of space, one minus sign, no surrounding white space. */
function normalise(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009\u2007\s]+/g, ' ')
    .replace(/\u2212/g, '-')
    .trim();
}

function kindOf(pre: string | undefined, post: string | undefined): ParsedValue | null {
  const currency = pre?.trim() || (post && /^[$€£¥₹]|^[A-Z]{3}$/.test(post) ? post : undefined);
  if (pre && post) return null; // `$12%`, `$12 USD`: not one unit
  if (currency) return { value: 0, unit: currency, kind: 'currency' };
  if (post === '%') return { value: 0, unit: '%', kind: 'percent' };
  if (post && /^(pts?|pp|p\.p\.)$/.test(post)) return { value: 0, unit: 'pts', kind: 'percent' };
  if (post === 'bps') return { value: 0, unit: 'bps', kind: 'percent' };
  if (post === 'x' || post === '×') return { value: 0, unit: 'x', kind: 'ratio' };
  if (post && (MONTHS.test(post) || NOT_UNITS.has(post))) return null;
  return { value: 0, unit: post, kind: 'count' };
}

function parseNumber(text: string, locale: string | undefined): ParsedValue | null {
  const m = NUMBER_GRAMMAR.exec(text);
  const groups = m?.groups;
  if (!groups?.digits) return null;
  if (groups.prePercent && groups.post) return null;
  // `%12,4`: Turkish and some others put the percent sign first.
  const shape = kindOf(groups.pre, groups.prePercent ? '%' : groups.post);
  const digits = parseDigits(groups.digits, decimalMarkOf(locale));
  if (!shape || digits === null) return null;
  const exponent = groups.magnitude ? (MAGNITUDE_EXPONENT[groups.magnitude] ?? 0) : 0;
  const scaled = Number(`${digits}e${exponent}`);
  const value = shape.unit === 'bps' ? scaled / 100 : scaled;
  const unit = shape.unit === 'bps' ? 'pts' : shape.unit;
  return { value: groups.sign === '-' ? -value : value, unit, kind: shape.kind };
}

/**
 * Parses one printed value. `locale` (a BCP 47 tag such as `de-DE`, from the page's `lang`)
 * settles whether `1.234` is a thousand; without it the digits decide (see parse-number.ts).
 * Signs, a leading trend arrow (▼ makes it negative) and accounting parentheses `($3.10)` are
 * read; whether such a number is a change rather than the value is `isDelta`'s question.
 */
export function parseValue(text: string, locale?: string): ParsedValue | null {
  let rest = normalise(text);
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(rest);
  if (parenthesised) {
    rest = (parenthesised[1] ?? '').trim();
    negative = true;
  }
  const arrow = rest.charAt(0);
  if (ARROWS_UP.includes(arrow) || ARROWS_DOWN.includes(arrow)) {
    rest = rest.slice(1).trim();
    if (ARROWS_DOWN.includes(arrow) && !/^[+-]/.test(rest)) negative = !negative;
  }
  const sign = /^([+-]) ?/.exec(rest);
  if (sign) {
    rest = rest.slice(sign[0].length);
    if (sign[1] === '-') negative = !negative;
  }
  if (/^[+-]/.test(rest)) return null; // `--3`, `+-3`
  const seconds = parseDuration(rest);
  const parsed: ParsedValue | null =
    seconds !== null ? { value: seconds, unit: 's', kind: 'duration' } : parseNumber(rest, locale);
  if (!parsed) return null;
  return negative && parsed.value !== 0 ? { ...parsed, value: -parsed.value } : parsed;
}
