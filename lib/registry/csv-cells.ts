/**
 * Cell-level rules of the CSV form: formula neutralisation (reversible, so that a round trip
 * gives back the same text) and reading typed values back from spreadsheet text.
 */

/** A cell a spreadsheet would run as a formula starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * Prefixes `'` to cells a spreadsheet would evaluate (and to cells already starting with `'`,
 * so that reading strips exactly one). Plain numbers such as `-3` are left alone.
 */
export function neutraliseFormula(cell: string): string {
  if (PLAIN_NUMBER.test(cell)) return cell;
  return FORMULA_START.test(cell) || cell.startsWith("'") ? `'${cell}` : cell;
}

/** Undoes `neutraliseFormula`. */
export function readNeutralised(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** A number cell: blank is absent; text that is no number stays text so validation names it. */
export function readNumber(cell: string): number | string | undefined {
  const trimmed = cell.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed.replace(/,/g, ''));
  return Number.isFinite(n) ? n : trimmed;
}

/** A yes/no cell: blank is absent (for `vanity`, "nobody has judged"). */
export function readBoolean(cell: string): boolean | string | undefined {
  const v = cell.trim().toLowerCase();
  if (v === '') return undefined;
  if (['true', 'yes', 'y', '1'].includes(v)) return true;
  if (['false', 'no', 'n', '0'].includes(v)) return false;
  return cell;
}

export function readList(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A readable, stable id from a name: "Trial-to-paid rate" -> "trial-to-paid-rate". */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'metric'
  );
}
