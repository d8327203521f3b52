/** The few words a badge can spare for another metric ("supports Trial-to-paid"). */
import type { Metric } from '../registry/schema';

/** Longest label a badge quotes whole; anything longer is shortened. */
export const SHORT_NAME_MAX = 16;

const firstWord = (label: string) => label.split(/\s+/)[0] ?? label;
const isAcronym = (label: string) => /^[A-Z0-9]{2,6}$/.test(label);

/**
 * A metric's name as short as a badge needs it: the name when it fits; else the shortest alias
 * that keeps the name's first word ("Landing-page CR") or is an acronym ("CAC"); else the name
 * cut at a word boundary ("Trial-to-paid conversion rate" -> "Trial-to-paid"). The card and
 * the accessible name always carry the full name.
 */
export function shortName(metric: Pick<Metric, 'name' | 'aliases'>): string {
  const name = metric.name;
  if (name.length <= SHORT_NAME_MAX) return name;
  const head = firstWord(name).toLowerCase();
  const alias = metric.aliases
    .filter((a) => a.length <= SHORT_NAME_MAX)
    .filter((a) => isAcronym(a) || firstWord(a).toLowerCase() === head)
    .sort((a, b) => a.length - b.length)[0];
  if (alias !== undefined) return alias;
  let cut = '';
  for (const word of name.split(/\s+/)) {
    const next = cut === '' ? word : `${cut} ${word}`;
    if (next.length > SHORT_NAME_MAX) break;
    cut = next;
  }
  return cut === '' ? `${name.slice(0, SHORT_NAME_MAX - 1)}…` : cut;
}
