/** `1 metric`, `3 objectives`: a count and its word, for English words that take an "s". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
