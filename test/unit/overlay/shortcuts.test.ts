import { describe, expect, it } from 'vitest';
import { hitKeys } from '../../../lib/overlay/hit-keys';
import { shortcutFor } from '../../../lib/overlay/shortcuts';

const key = (code: string, mods: Partial<KeyboardEvent> = {}) => ({
  altKey: true,
  shiftKey: true,
  ctrlKey: false,
  metaKey: false,
  code,
  ...mods,
});

describe('page shortcuts', () => {
  it.each([
    [key('KeyB'), 'nextBadge'],
    [key('KeyM'), 'cycleMode'],
    [key('KeyB', { shiftKey: false }), null],
    [key('KeyB', { ctrlKey: true }), null],
    [key('KeyX'), null],
  ])('%o -> %s', (event, action) => {
    expect(shortcutFor(event)).toBe(action);
  });
});

describe('badge keys', () => {
  it('number each metric’s occurrences in page order', () => {
    expect(hitKeys(['a', 'b', 'a', 'a'])).toEqual(['a#0', 'b#0', 'a#1', 'a#2']);
  });
});
