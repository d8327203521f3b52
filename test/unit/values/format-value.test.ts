import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../lib/values/format-value';

describe('formatValue writes a value as KPI Lens shows it', () => {
  it.each<[number, string | undefined, string]>([
    [10.4, '%', '10.4%'],
    [11.2345, '%', '11.2%'],
    [0.125, '%', '0.13%'],
    [58.2, '$', '$58.20'],
    [-3.1, '$', '-$3.10'],
    [1234.5, '€', '€1,235'],
    [48210, undefined, '48,210'],
    [1200, 'teams', '1,200 teams'],
    [155, 's', '2m 35s'],
    [3720, 's', '1h 02m'],
    [45, 's', '45s'],
    [2.5, 'x', '2.5x'],
    [1.1, 'pts', '1.1 pts'],
    [12, '%', '12%'],
  ])('%d %s -> %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe('formatValue for values read from a page', () => {
  it.each<[number, string | undefined, string]>([
    [10.95, '%', '10.95%'],
    [48210, undefined, '48,210'],
    [1234.5, '€', '€1,234.50'],
  ])('%d %s -> %s', (value, unit, expected) => {
    expect(formatValue(value, unit, true)).toBe(expected);
  });
});
