/**
 * Page-wide shortcuts, matched on the physical key (`event.code`) because Alt+Shift+letter
 * types a different character on macOS and many layouts: Alt+Shift+B jumps to the next badge
 * (with the badge focused, arrows move and Escape goes back), Alt+Shift+M cycles the display
 * mode (full, dots, off).
 */
export type ShortcutAction = 'nextBadge' | 'cycleMode';

export function shortcutFor(
  event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>,
): ShortcutAction | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.code === 'KeyB') return 'nextBadge';
  if (event.code === 'KeyM') return 'cycleMode';
  return null;
}

export const NEXT_MODE = { full: 'compact', compact: 'off', off: 'full' } as const;
