/**
 * The floor: one TreeWalker pass that only reads every text node's value. Nothing that finds
 * names in page text can be cheaper; every other figure is reported as a multiple of it.
 */
export function walkFloor(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    chars += (node as Text).data.length;
  }
  return chars;
}
