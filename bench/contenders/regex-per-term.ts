/**
 * The naive approach: one case-insensitive whole-word regex per term, tried on every text node
 * (what a small highlighter script does). Cost grows with terms x nodes.
 */
export function compileRegexPerTerm(terms: readonly string[]): RegExp[] {
  return terms.map((t) => new RegExp(`\\b${escapeRegExp(t)}\\b`, 'i'));
}

export function scanRegexPerTerm(root: Node, regexes: readonly RegExp[]): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (const regex of regexes) if (regex.test(data)) found++;
  }
  return found;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
