/** Keyboard travel between badges, in reading order (the order they are drawn in). */

/**
 * Focuses the badge with `key`, or the one `step` away from the focused badge (wrapping; the
 * first when none has focus). Returns false when no badge is on screen.
 */
export function focusBadge(container: HTMLElement, step: number, key?: string): boolean {
  const badges = [...container.querySelectorAll<HTMLElement>('.kl-badge')];
  if (badges.length === 0) return false;
  if (key !== undefined) {
    const badge = badges.find((b) => b.dataset.key === key);
    badge?.focus();
    return badge !== undefined;
  }
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  const at = badges.findIndex((b) => b === active);
  const next = at < 0 ? 0 : (at + step + badges.length) % badges.length;
  badges[next]!.focus();
  return true;
}
