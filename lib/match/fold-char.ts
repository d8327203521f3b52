/**
 * Per-code-unit folding shared by labels and page text, so that a term normalised once at
 * compile time and page text folded on the fly produce the same sequence of codes.
 *
 * Folding: NFKD then case-fold then drop combining marks (so NFKC + case + diacritics), every
 * dash, hyphen, underscore and white space becomes one space, curly quotes become straight
 * ones, `&` becomes ` and `, zero-width characters and soft hyphens vanish.
 *
 * The tables are filled lazily: ASCII at load, anything else the first time it is seen, so the
 * hot loop is one typed-array read per character.
 */

/** The code every separator folds to; runs of it collapse into one. */
export const SPACE = 32;

/** Table value of a code unit that folds to nothing (zero-width, combining mark). */
export const DROP = -1;

/**
 * FOLD[c]: 0 = not computed yet; > 0 = the single folded code + 1; DROP; <= -2 = index
 * (-2 - value) into EXPANSIONS for code units that fold to several codes (`&`, ligatures).
 */
export const FOLD = new Int32Array(65536);
export const EXPANSIONS: number[][] = [];
/** WORD[c] for a folded code: 0 = not computed yet, 1 = letter or digit, 2 = not a word char. */
const WORD = new Uint8Array(65536);

/**
 * The hot loop's single read per code unit: the folded code (low 16 bits) with flags, or 0
 * when not computed yet. SLOW marks units that fold to nothing or to several codes.
 */
export const CHAR_INFO = new Int32Array(65536);
export const INFO_KNOWN = 1 << 16;
export const INFO_WORD_BIT = 17;
export const INFO_SPACE_BIT = 18;
export const INFO_WORD = 1 << INFO_WORD_BIT;
export const INFO_SPACE = 1 << INFO_SPACE_BIT;
export const INFO_SLOW = 1 << 19;

/** CHAR_INFO for a code unit, computing it on first sight. */
export function charInfo(unit: number): number {
  const known = CHAR_INFO[unit]!;
  if (known !== 0) return known;
  const value = foldValue(unit);
  let info = INFO_KNOWN;
  if (value <= 0) info |= INFO_SLOW;
  else {
    const code = value - 1;
    info |= code;
    if (code === SPACE) info |= INFO_SPACE;
    else if (isWordCode(code)) info |= INFO_WORD;
  }
  CHAR_INFO[unit] = info;
  return info;
}

const SEPARATORS = /[\s\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d_-]/u;
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/u;
const DOUBLE_QUOTES = /[\u201c-\u201f\u2033\u00ab\u00bb]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/gu;

/** Folds one character (already free of compatibility forms) to the codes the matcher sees. */
function foldSimple(ch: string): number[] {
  if (SEPARATORS.test(ch)) return [SPACE];
  if (ZERO_WIDTH.test(ch)) return [];
  if (SINGLE_QUOTES.test(ch)) return [39];
  if (DOUBLE_QUOTES.test(ch)) return [34];
  if (ch === '&') return [SPACE, 97, 110, 100, SPACE];
  const code = ch.charCodeAt(0);
  // Lone surrogates (astral characters) and control characters pass through untouched.
  if (ch.length !== 1 || code < 32) return code < 32 ? [SPACE] : [code];
  return [code];
}

function computeFold(code: number): number {
  const ch = String.fromCharCode(code);
  let codes: number[];
  if (code < 128 || (code >= 0xd800 && code <= 0xdfff) || ZERO_WIDTH.test(ch)) {
    codes = foldSimple(ch.toLowerCase());
  } else if (SEPARATORS.test(ch) || SINGLE_QUOTES.test(ch) || DOUBLE_QUOTES.test(ch)) {
    codes = foldSimple(ch);
  } else {
    const decomposed = ch
      .normalize('NFKD')
      .toLowerCase()
      .normalize('NFKD')
      .replace(COMBINING_MARK, '')
      .replace(/ß/g, 'ss')
      .replace(/ς/g, 'σ');
    codes = [];
    for (const part of decomposed) codes.push(...foldSimple(part));
  }
  let value: number;
  if (codes.length === 0) value = DROP;
  else if (codes.length === 1) value = codes[0]! + 1;
  else {
    EXPANSIONS.push(codes);
    value = -1 - EXPANSIONS.length;
  }
  FOLD[code] = value;
  return value;
}

/** The FOLD table value of a code unit, computing it on first sight. */
export function foldValue(code: number): number {
  const value = FOLD[code]!;
  return value === 0 ? computeFold(code) : value;
}

/** Whether a folded code is a letter or digit (the unit of "whole word"). */
export function isWordCode(code: number): boolean {
  let w = WORD[code]!;
  if (w === 0) {
    w = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    WORD[code] = w;
  }
  return w === 1;
}

for (let c = 0; c < 128; c++) charInfo(c);

/** Folds a whole string: separators collapsed to single spaces, trimmed. */
export function foldString(text: string): string {
  const out: number[] = [];
  let lastSpace = true;
  const push = (code: number): void => {
    if (code === SPACE) {
      if (lastSpace) return;
      lastSpace = true;
    } else lastSpace = false;
    out.push(code);
  };
  for (let i = 0; i < text.length; i++) {
    const value = foldValue(text.charCodeAt(i));
    if (value > 0) push(value - 1);
    else if (value !== DROP) for (const code of EXPANSIONS[-2 - value]!) push(code);
  }
  if (out[out.length - 1] === SPACE) out.pop();
  let result = '';
  for (let i = 0; i < out.length; i += 4096) {
    result += String.fromCharCode(...out.slice(i, i + 4096));
  }
  return result;
}
