/**
 * The digits of one printed number -> a number, with grouping and decimal separators read the
 * way the page's locale writes them. Pure.
 */

/** Which character separates the decimals: from a locale hint, or guessed from the digits. */
export type DecimalMark = ',' | '.';

const decimalByLocale = new Map<string, DecimalMark>();

/** The decimal mark of a BCP 47 locale (`de-DE` -> `,`); undefined for an unknown locale. */
export function decimalMarkOf(locale: string | undefined): DecimalMark | undefined {
  if (!locale) return undefined;
  const cached = decimalByLocale.get(locale);
  if (cached) return cached;
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    const mark: DecimalMark = part?.value === ',' ? ',' : '.';
    decimalByLocale.set(locale, mark);
    return mark;
  } catch {
    return undefined;
  }
}

/** Grouping marks other than `.` and `,`: spaces of every width and the Swiss apostrophe. */
const OTHER_GROUP = /[ \u00a0\u202f\u2009'’]/;
const OTHER_GROUPS = new RegExp(OTHER_GROUP.source, 'g');

/**
 * Without a hint: when both marks appear, the last one is the decimal mark (`1.234,5`,
 * `1,234.5`). A lone `,` followed by exactly three digits groups thousands (`48,210`, as
 * English-language tools print), otherwise it is a decimal comma (`1,5`, `0,125`). A lone `.`
 * is a decimal point (`1.234` reads as one point two three four): English first, because a
 * locale that writes `1.234` for a thousand also groups with `.` in larger numbers, where the
 * repeated mark settles it (`1.234.567`). A space-grouped number (`1 234,5`) makes its single
 * mark the decimal one.
 */
function guessDecimalMark(digits: string): DecimalMark | undefined {
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? ',' : '.';
  const mark = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : undefined;
  if (mark === undefined) return undefined;
  if (digits.split(mark).length > 2) return undefined; // repeated: grouping only
  if (OTHER_GROUP.test(digits)) return mark;
  if (mark === '.') return '.';
  const [whole = '', fraction = ''] = digits.split(',');
  return fraction.length === 3 && whole !== '0' && !/^0\d/.test(whole) ? undefined : ',';
}

/**
 * Thousands groups: one to three digits, then groups of three; Indian grouping (`12,34,567`)
 * allows twos before the last three.
 */
function validGroups(whole: string, groupMark: string): boolean {
  const groups = whole.split(groupMark);
  if (groups.length === 1) return /^\d+$/.test(whole);
  const [first = '', ...rest] = groups;
  const last = rest.pop() ?? '';
  return (
    /^\d{1,3}$/.test(first) &&
    /^\d{3}$/.test(last) &&
    rest.every((g) => (groupMark === ',' ? /^\d{2,3}$/ : /^\d{3}$/).test(g))
  );
}

/**
 * `48,210` -> 48210, `1.234,5` -> 1234.5, `1 234,5` -> 1234.5; null when the separators do not
 * make one well-formed number (`10 20`, `1,2,3`, `22.11.2026`).
 */
export function parseDigits(raw: string, hint?: DecimalMark): number | null {
  const digits = raw.trim();
  if (!/^\d[\d.,'’ \u00a0\u202f\u2009]*$/.test(digits) || !/\d$/.test(digits)) return null;
  const decimal = hint ?? guessDecimalMark(digits);
  let whole = digits;
  let fraction = '';
  if (decimal !== undefined && digits.includes(decimal)) {
    const at = digits.lastIndexOf(decimal);
    whole = digits.slice(0, at);
    fraction = digits.slice(at + 1);
    if (!/^\d+$/.test(fraction)) return null;
  }
  const spaced = whole.replace(OTHER_GROUPS, ' ');
  const marks = new Set(spaced.replace(/\d/g, ''));
  if (marks.size > 1) return null;
  const groupMark = [...marks][0];
  if (groupMark !== undefined && (groupMark === decimal || !validGroups(spaced, groupMark)))
    return null;
  const value = Number(`${spaced.replace(/\D/g, '')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : null;
}
