import Mark from 'mark.js';
import { escapeRegExp } from './regex-per-term';

/**
 * mark.js 8 as highlighter extensions use it: `mark(terms)` with whole phrases, diacritics
 * and whole-word accuracy (its per-term regexes are what overflows the stack near a thousand
 * terms), and its fastest mode, `markRegExp` with one alternation across elements. Both wrap
 * every match in `<mark>`: the DOM writes are part of what a mark.js user pays.
 */
export function markTerms(root: HTMLElement, terms: readonly string[]): number {
  let found = 0;
  new Mark(root).mark([...terms], {
    separateWordSearch: false,
    diacritics: true,
    accuracy: 'exactly',
    caseSensitive: false,
    each: () => void found++,
  });
  return found;
}

export function markRegExpAcross(root: HTMLElement, terms: readonly string[]): number {
  let found = 0;
  const regex = new RegExp(`\\b(?:${terms.map(escapeRegExp).join('|')})\\b`, 'gi');
  new Mark(root).markRegExp(regex, { acrossElements: true, each: () => void found++ });
  return found;
}
