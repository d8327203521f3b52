import { describe, expect, it } from 'vitest';
import { isDarkColour, parseColour } from '../../../lib/overlay/page-theme';

describe('reading a page background', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgb(21 24 29 / 50%)', [21, 24, 29, 0.5]],
    ['transparent', null],
  ])('%s', (css, rgba) => {
    expect(parseColour(css)).toEqual(rgba);
  });

  it.each([
    [[255, 255, 255], false],
    [[241, 243, 244], false],
    [[128, 128, 128], false],
    [[21, 24, 29], true],
    [[32, 33, 36], true],
  ])('%o is dark: %s', (rgb, dark) => {
    expect(isDarkColour(rgb)).toBe(dark);
  });
});
