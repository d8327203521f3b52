/**
 * The popup's quick KPI field (issue 5): one line such as "≥ 12% by Q3 · Dana" read into a
 * target and an owner, and the canonical form that prints them back and reads the same.
 * Pure; `today` decides which Q3 or Sep 30 is meant (the next one not yet past).
 */
import { ownerNames } from './doctrine';
import type { Target, TargetOp } from './schema';

export interface QuickTarget {
  /** What could be read; a deadline or unit that could not be read is left out. */
  target?: Target;
  owner?: string;
  /** Words before the comparison ("CAC" in "CAC under 50"): the metric, as the user named it. */
  label?: string;
  /** One sentence per thing not understood; save only when empty. */
  errors: string[];
}

const EXAMPLE = '≥ 12% by Q3 · Dana';
const LAYOUT = `write the deadline after 'by' and the owner after '·', as in ${EXAMPLE}`;

const OPS: Record<string, TargetOp> = {
  '≥': '>=', '>=': '>=', '=>': '>=', '⩾': '>=', '>': '>=', 'at least': '>=', 'no less than': '>=',
  'not less than': '>=', minimum: '>=', min: '>=', above: '>=', over: '>=', 'more than': '>=',
  'greater than': '>=', '≤': '<=', '<=': '<=', '=<': '<=', '⩽': '<=', '<': '<=', 'at most': '<=',
  'no more than': '<=', 'not more than': '<=', maximum: '<=', max: '<=', under: '<=',
  below: '<=', 'less than': '<=', 'up to': '<=', within: '<=', '==': '=', '=': '=',
  exactly: '=', 'equal to': '=', equals: '=',
}; // prettier-ignore
const OP_SYMBOL: Record<TargetOp, string> = { '>=': '≥', '<=': '≤', '=': '=' };

/** A comparison written on its own ("≥", ">=", "at least"), as a target op; else undefined. */
export function readTargetOp(text: string): TargetOp | undefined {
  const key = text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return Object.hasOwn(OPS, key) ? OPS[key] : undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so "<=" wins over "<"; words only as whole words ("over" is not in "Turnover"). */
const OP = Object.keys(OPS)
  .sort((a, b) => b.length - a.length)
  .map((p) => (/\p{L}/u.test(p) ? `(?<!\\p{L})${escape(p)}(?!\\p{L})` : escape(p)))
  .join('|');
const CURRENCY = '[$€£¥₹]';
/** "1,200" is a thousand separator, "12,5" a decimal comma. */
const NUMBER = String.raw`[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;
const MULTIPLIERS: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, bn: 1e9 };
const VALUE = String.raw`(${CURRENCY})?\s*(?<![\p{L}\p{N}.,])(${NUMBER})(?:(k|K|M|bn)(?!\p{L}))?`;
const WITH_OP = new RegExp(String.raw`(${OP})\.?\s*${VALUE}`, 'iu');
const WITHOUT_OP = new RegExp(VALUE, 'u');
/** What starts the baseline or the deadline; "end of March" needs no "by". */
const KEYWORD =
  /(?<!\p{L})(from|by|before|until|till|due(?:\s+by)?)(?!\p{L})|(?<!\p{L})(?=(?:the\s+)?end\s+of\s|eo[ymq](?!\p{L}))/iu;
const PART_SEPARATOR = /\s*[·•|;]\s*|\s+[—–-]\s+|,\s*(?=\p{L})/u;
const OWNER_MARKER = /(?:^|\s)(?:owner\s*:?|owned\s+by)\s+(\S.*)$|(?:^|\s)@(\S.*)$/iu;
const NAME = /^\p{L}[\p{L}\p{M}.'’\- ]*$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** Words of an owner written after the unit, joiners included so that two owners are caught. */
const OWNER_TOKEN = /^(?:\p{Lu}\p{Ll}.*|and|or|&|\+|\/)$/u;
const PERCENT_WORDS = /^(?:percent|per\s*cent|pct)$/i;

export interface QuickTargetOptions {
  /**
   * Read a deadline whose written year has passed instead of refusing it: a spreadsheet being
   * imported records targets that were set, and last year's is history, not a typo.
   */
  acceptPastDeadlines?: boolean;
}

/** Reads the quick KPI field: "≥ 12% by Q3 · Dana", ">=25% by 2027-09-30 Dana", "98%". */
export function parseQuickTarget(
  text: string,
  today: Date,
  options: QuickTargetOptions = {},
): QuickTarget {
  const errors: string[] = [];
  const owners: string[] = [];
  const targetParts: string[] = [];
  for (const part of text.normalize('NFKC').replace(/\s+/g, ' ').trim().split(PART_SEPARATOR)) {
    if (!part) continue;
    const marked = OWNER_MARKER.exec(part);
    if (marked) {
      owners.push((marked[1] ?? marked[2] ?? '').trim());
      if (part.slice(0, marked.index).trim()) targetParts.push(part.slice(0, marked.index));
    } else if (NAME.test(part) && CAPITALISED.test(part)) {
      // A capitalised word on its own is a name: "· June" is an owner; "by June" a deadline.
      owners.push(part);
    } else {
      // A part that is only a deadline ("· Sep 30", "· end of March") reads as one.
      const deadlineOnly =
        /\p{L}|^\d{4}-/u.test(part) && readDeadline(part, today, options)?.rest === '';
      targetParts.push(deadlineOnly ? `by ${part}` : part);
    }
  }
  const result: QuickTarget = { errors };
  const targetText = targetParts.join(' ').trim();
  if (targetText) {
    const read = readTarget(targetText, today, errors, owners.length === 0, options);
    if (read.target) result.target = read.target;
    if (read.label) result.label = read.label;
    owners.push(...read.owners);
  }
  if (owners.length > 1 || ownerNames(owners[0]).length > 1) {
    errors.push(
      `Name one owner: one person is accountable for a KPI, and '${owners.join(', ')}' names more than one.`,
    );
  } else if (owners[0] !== undefined) {
    if (NAME.test(owners[0])) result.owner = owners[0];
    else
      errors.push(`Could not read the owner '${owners[0]}': write a person's name, such as Dana.`);
  }
  return result;
}

function readTarget(
  text: string,
  today: Date,
  errors: string[],
  ownerMayTrail: boolean,
  options: QuickTargetOptions,
) {
  const owners: string[] = [];
  // A comparison anywhere wins ("Top 10 pages ≥ 5%"); else the first number before a keyword.
  const withOp = WITH_OP.exec(text);
  const match = withOp ?? WITHOUT_OP.exec(text.split(KEYWORD)[0] ?? '');
  if (!match) {
    errors.push(
      `Could not find the target value in '${text}': start with a number, as in ${EXAMPLE}.`,
    );
    return { owners };
  }
  const [opText, currency, number, multiplier] = withOp
    ? match.slice(1)
    : [undefined, ...match.slice(1)];
  const value = readNumber(number ?? '', multiplier);
  const label =
    text
      .slice(0, match.index)
      .replace(/[\s:–-]+$/u, '')
      .trim() || undefined;
  let rest = text.slice(match.index + match[0].length);

  const unitPart = readUnit(rest.split(KEYWORD)[0] ?? '', currency, ownerMayTrail, errors);
  owners.push(...unitPart.owners);
  const target: Target = { op: opText ? (OPS[opText.toLowerCase()] ?? '>=') : '>=', value };
  if (unitPart.unit) target.unit = unitPart.unit;
  rest = rest.slice((rest.split(KEYWORD)[0] ?? '').length);

  for (let kw = KEYWORD.exec(rest); kw && rest.trim(); kw = KEYWORD.exec(rest)) {
    const body = rest.slice(kw.index + kw[0].length).trimStart();
    const keyword = (kw[1] ?? '').toLowerCase();
    if (keyword === 'from') {
      const from = WITHOUT_OP.exec(body);
      if (!from || from.index !== 0) {
        errors.push(
          `Could not read the baseline after 'from': write a number, as in ≥ 25% from 18%.`,
        );
        break;
      }
      target.from = readNumber(from[2] ?? '', from[3]);
      const after = body.slice(from[0].length);
      const fromUnit = readUnit(after.split(KEYWORD)[0] ?? '', from[1], ownerMayTrail, errors);
      owners.push(...fromUnit.owners);
      if (fromUnit.unit && fromUnit.unit !== target.unit) {
        errors.push(
          `The baseline is in '${fromUnit.unit}' but the target in '${target.unit ?? 'no unit'}': write both in the same unit.`,
        );
      }
      rest = after.slice((after.split(KEYWORD)[0] ?? '').length);
      continue;
    }
    const deadline = readDeadline(body, today, options);
    if (!deadline) {
      const said = body.split(KEYWORD)[0]?.trim();
      errors.push(
        said
          ? `Could not read the deadline '${said}': write a date such as Sep 30 or 2027-09-30, or a quarter such as Q3.`
          : `Write the deadline after '${keyword}', such as Q3 or Sep 30.`,
      );
      break;
    }
    if (deadline.error) errors.push(deadline.error);
    else if (target.by)
      errors.push(`Write one deadline: '${target.by}' and '${deadline.by}' were both found.`);
    else target.by = deadline.by;
    const trailing = deadline.rest.split(KEYWORD)[0] ?? '';
    if (trailing.trim()) {
      if (ownerMayTrail && NAME.test(trailing.trim())) owners.push(trailing.trim());
      else errors.push(`Could not read '${trailing.trim()}': ${LAYOUT}.`);
    }
    rest = deadline.rest.slice(trailing.length);
  }
  return { target, owners, label };
}

function readNumber(text: string, multiplier: string | undefined): number {
  const plain = /^[-−]?\d{1,3}(?:,\d{3})+/.test(text)
    ? text.replace(/,/g, '')
    : text.replace(',', '.');
  const n = Number(plain.replace('−', '-')) * (MULTIPLIERS[multiplier ?? ''] ?? 1);
  // 0.07 × 1000 is 70.00000000000001 in floating point.
  return Number(n.toPrecision(15));
}

/**
 * The unit is what follows the number up to the next keyword: "%", "teams", "ms". Without an
 * explicit owner, capitalised words after a unit are the owner ("98% Dana", "5 ms Sam", "$50
 * Lee"); capitalised words with no unit before them stay the unit ("1200 Teams").
 */
function readUnit(
  text: string,
  currency: string | undefined,
  ownerMayTrail: boolean,
  errors: string[],
) {
  const tokens = text.trim().split(' ').filter(Boolean);
  let ownerStart = tokens.length;
  if (ownerMayTrail) {
    while (ownerStart > 0 && OWNER_TOKEN.test(tokens[ownerStart - 1] ?? '')) ownerStart--;
    while (ownerStart < tokens.length && !CAPITALISED.test(tokens[ownerStart] ?? '')) ownerStart++;
    // Capitalised words alone are a unit ("1200 Active Teams"), unless a currency is the unit.
    if (ownerStart === 0 && !currency) ownerStart = tokens.length;
  }
  const owners = ownerStart < tokens.length ? [tokens.slice(ownerStart).join(' ')] : [];
  const unitTokens = tokens.slice(0, ownerStart);
  // A number here is a deadline or a second value written without its keyword ("12% Q3").
  const unreadable = unitTokens.filter((token) => /\d/.test(token));
  if (unreadable.length) errors.push(`Could not read '${unreadable.join(' ')}': ${LAYOUT}.`);
  let unit =
    unitTokens
      .filter((token) => !/\d/.test(token))
      .join(' ')
      .replace(/^×$/, 'x') || undefined;
  if (unit && PERCENT_WORDS.test(unit)) unit = '%';
  if (currency && unit) {
    errors.push(`Write one unit: '${currency}' and '${unit}' were both found.`);
    return { unit: currency, owners };
  }
  return { unit: currency ?? unit, owners };
}

interface Deadline {
  by?: string;
  error?: string;
  /** The text after the deadline: an owner, or more of the target. */
  rest: string;
}
type Resolved = Omit<Deadline, 'rest'>;

interface Day {
  y: number;
  m: number;
  d: number;
}
/** Today, and whether a deadline already past may be read (see QuickTargetOptions). */
interface Today extends Day {
  pastAccepted: boolean;
}

const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']; // prettier-ignore
const END = String.raw`(?![\p{L}\p{N}])`;
const form = (source: string) => new RegExp(`^(?:${source})${END}`, 'iu');

const monthNumber = (name: string) =>
  MONTH_NAMES.findIndex((n) => n.toLowerCase() === name.slice(0, 3).toLowerCase()) + 1;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const order = ({ y, m, d }: Day) => y * 10000 + m * 100 + d;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = ({ y, m, d }: Day) => `${y}-${pad(m)}-${pad(d)}`;
const year = (text: string | undefined) =>
  text === undefined ? undefined : text.length === 2 ? 2000 + Number(text) : Number(text);

/**
 * A deadline whose year was not written is the next one not yet past; one whose year was
 * written and has passed is an error (a typo, most likely, in a field about the future).
 */
function resolve(
  today: Today,
  y: number | undefined,
  endOf: (y: number) => Day,
  by: (y: number) => string,
): Resolved {
  let at = y ?? today.y;
  if (y === undefined && order(endOf(at)) < order(today)) at += 1;
  if (!today.pastAccepted && order(endOf(at)) < order(today))
    return { error: `The deadline ${by(at)} has passed: choose one after today.` };
  return { by: by(at) };
}

function onDay(today: Today, y: number | undefined, m: number, d: number): Resolved {
  if (m < 1 || m > 12) return { error: `There is no month ${m}: write 01 to 12.` };
  const name = MONTH_NAMES[m - 1] ?? '';
  if (y !== undefined) {
    if (d < 1 || d > daysIn(y, m))
      return { error: `There is no ${name} ${d} in ${y}: check the day.` };
    return resolve(
      today,
      y,
      () => ({ y, m, d }),
      () => isoDate({ y, m, d }),
    );
  }
  // Without a year, the next such day not yet past; Feb 29 waits for a leap year.
  for (let at = today.y; at <= today.y + 8; at++) {
    const day = { y: at, m, d };
    if (d >= 1 && d <= daysIn(at, m) && order(day) >= order(today)) return { by: isoDate(day) };
  }
  return { error: `There is no ${name} ${d}: check the day.` };
}

const monthEnd = (today: Today, y: number | undefined, m: number) =>
  resolve(
    today,
    y,
    (at) => ({ y: at, m, d: daysIn(at, m) }),
    (at) => isoDate({ y: at, m, d: daysIn(at, m) }),
  );

function period(today: Today, y: number | undefined, kind: string, n: number): Resolved {
  const half = kind.toUpperCase() === 'H';
  if (half && n > 2) return { error: `There is no H${n}: a year has two halves, H1 and H2.` };
  const lastMonth = n * (half ? 6 : 3);
  return resolve(
    today,
    y,
    (at) => ({ y: at, m: lastMonth, d: daysIn(at, lastMonth) }),
    (at) => `${at}-${half ? 'H' : 'Q'}${n}`,
  );
}

/** `2027-03` stays a month period, as the file format allows. */
const resolveMonth = (today: Today, y: number | undefined, m: number) =>
  resolve(
    today,
    y,
    (at) => ({ y: at, m, d: daysIn(at, m) }),
    (at) => `${at}-${pad(m)}`,
  );

/** The written forms of a deadline, most specific first. */
const DEADLINE_FORMS: [RegExp, (m: string[], today: Today) => Resolved][] = [
  [
    form(String.raw`(\d{4})-(\d{2})-(\d{2})`),
    ([, y, m, d], t) => onDay(t, year(y), Number(m), Number(d)),
  ],
  [
    form(String.raw`(\d{4})[-\s]?([qh])([1-4])`),
    ([, y, k, n], t) => period(t, year(y), k ?? 'Q', Number(n)),
  ],
  [
    form(String.raw`(\d{4})-(\d{2})`),
    ([, y, m], t) =>
      Number(m) >= 1 && Number(m) <= 12
        ? resolveMonth(t, year(y), Number(m))
        : { error: `There is no month ${m}: write 01 to 12.` },
  ],
  [
    form(String.raw`([qh])([1-4])(?:[\s/-]+(\d{4})|\s*'(\d{2}))?`),
    ([, k, n, y, yy], t) => period(t, year(y ?? yy), k ?? 'Q', Number(n)),
  ],
  [
    form(String.raw`(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`),
    ([, m, d, y], t) => onDay(t, year(y), monthNumber(m ?? ''), Number(d)),
  ],
  [
    form(String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})\.?(?:,?\s+(\d{4}))?`),
    ([, d, m, y], t) => onDay(t, year(y), monthNumber(m ?? ''), Number(d)),
  ],
  [
    form(String.raw`(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|eoy|year[-\s]end`),
    (_, t) => monthEnd(t, t.y, 12),
  ],
  [
    form(String.raw`(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?quarter|eoq`),
    (_, t) => period(t, t.y, 'Q', Math.ceil(t.m / 3)),
  ],
  [
    form(String.raw`(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|eom`),
    (_, t) => monthEnd(t, t.y, t.m),
  ],
  [
    form(String.raw`(${MONTH})\.?(?:,?\s+(\d{4}))?`),
    ([, m, y], t) => monthEnd(t, year(y), monthNumber(m ?? '')),
  ],
  [
    form(String.raw`(\d{4})`),
    ([, y], t) => resolve(t, year(y), (at) => ({ y: at, m: 12, d: 31 }), String),
  ],
];

const END_OF_PERIOD = new RegExp(
  String.raw`^(?:the\s+)?end\s+of\s+(?=(?:q[1-4]|h[12]|\d{4}|${MONTH})${END})`,
  'iu',
);

/** The deadline at the start of `text`, or null when it does not start with one. */
function readDeadline(text: string, todayDate: Date, options: QuickTargetOptions): Deadline | null {
  const today: Today = {
    y: todayDate.getFullYear(),
    m: todayDate.getMonth() + 1,
    d: todayDate.getDate(),
    pastAccepted: options.acceptPastDeadlines === true,
  };
  // "end of March", "end of Q3", "end of 2027": the end of a month, quarter or year is its deadline.
  const body = text.trim().replace(END_OF_PERIOD, '');
  for (const [pattern, read] of DEADLINE_FORMS) {
    const m = pattern.exec(body);
    if (m) return { ...read([...m], today), rest: body.slice(m[0].length) };
  }
  return null;
}

/**
 * The canonical form of a target and owner, which `parseQuickTarget` reads back to the same
 * values: "≥ 25% from 18% by 2027-09-30 · Dana", "≤ $50 by 2027-Q1", "≥ 1200 teams".
 */
export function formatQuickTarget(target: Target | undefined, owner?: string): string {
  const parts: string[] = [];
  if (target) {
    const from = target.from === undefined ? '' : ` from ${withUnit(target.from, target.unit)}`;
    const by = target.by ? ` by ${target.by}` : '';
    parts.push(`${OP_SYMBOL[target.op]} ${withUnit(target.value, target.unit)}${from}${by}`);
  }
  if (owner) parts.push(owner);
  return parts.join(' · ');
}

/** `$50`, `25%`, `2h`, `1200 teams`: the way formatTarget writes them on badges. */
function withUnit(value: number, unit: string | undefined): string {
  if (!unit) return String(value);
  if (new RegExp(`^${CURRENCY}$`, 'u').test(unit)) return `${unit}${value}`;
  return unit.length === 1 ? `${value}${unit}` : `${value} ${unit}`;
}
