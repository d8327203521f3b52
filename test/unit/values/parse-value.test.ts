import { describe, expect, it } from 'vitest';
import { parseValue, type ParsedValue } from '../../../lib/values/parse-value';

const pct = (value: number): ParsedValue => ({ value, unit: '%', kind: 'percent' });
const pts = (value: number): ParsedValue => ({ value, unit: 'pts', kind: 'percent' });
const money = (value: number, unit: string): ParsedValue => ({ value, unit, kind: 'currency' });
const count = (value: number, unit?: string): ParsedValue => ({ value, unit, kind: 'count' });
const secs = (value: number): ParsedValue => ({ value, unit: 's', kind: 'duration' });
const ratio = (value: number): ParsedValue => ({ value, unit: 'x', kind: 'ratio' });

describe('parseValue reads what analytics tools print', () => {
  it.each([
    ['12.4%', pct(12.4)],
    ['12.4 %', pct(12.4)],
    ['87%', pct(87)],
    ['-3.1%', pct(-3.1)],
    ['−3.1%', pct(-3.1)], // U+2212, the typographic minus
    ['%12,4', pct(12.4)], // Turkish order
    ['+1.1 pts', pts(1.1)],
    ['-2 pts', pts(-2)],
    ['0.5pp', pts(0.5)],
    ['25 bps', pts(0.25)],
    ['$1,234.50', money(1234.5, '$')],
    ['$58.20', money(58.2, '$')],
    ['-$3.10', money(-3.1, '$')],
    ['$-3.10', money(-3.1, '$')],
    ['($3.10)', money(-3.1, '$')],
    ['€1.2K', money(1200, '€')],
    ['£48', money(48, '£')],
    ['US$12', money(12, 'US$')],
    ['USD 1,200', money(1200, 'USD')],
    ['12 USD', money(12, 'USD')],
    ['1.234,50 €', money(1234.5, '€')],
    ['1 234,50 €', money(1234.5, '€')],
    ['3.4M', count(3400000)],
    ['1.2M', count(1200000)],
    ['48K', count(48000)],
    ['1.1K', count(1100)],
    ['12.5k', count(12500)],
    ['2.3B', count(2300000000)],
    ['1.5bn', count(1500000000)],
    ['48,210', count(48210)],
    ['182,000', count(182000)],
    ['1,234,567', count(1234567)],
    ['12,34,567', count(1234567)], // Indian grouping
    ['1 234,5', count(1234.5)],
    ['1 234,5', count(1234.5)], // narrow no-break space, as fr-FR prints
    ['1.234,5', count(1234.5)],
    ['1.234.567', count(1234567)],
    ["1'234.5", count(1234.5)], // Swiss
    ['1,5', count(1.5)],
    ['0,125', count(0.125)],
    ['1.234', count(1.234)], // a lone point is a decimal point without a locale
    ['1,084 teams', count(1084, 'teams')],
    ['0', count(0)],
    ['2.5x', ratio(2.5)],
    ['4.7 ×', ratio(4.7)],
    ['2m 35s', secs(155)],
    ['1m48s', secs(108)],
    ['1h 02m', secs(3720)],
    ['45s', secs(45)],
    ['350ms', secs(0.35)],
    ['3d 4h', secs(3 * 86400 + 4 * 3600)],
    ['2 min 35 sec', secs(155)],
    ['00:02:35', secs(155)],
    ['-2m 10s', secs(-130)],
    ['▲ 4.2%', pct(4.2)],
    ['▼ 4.2%', pct(-4.2)],
    ['↓12', count(-12)],
    ['  21.4%\n', pct(21.4)],
  ])('%j -> %j', (text, expected) => {
    expect(parseValue(text)).toEqual(expected);
  });
});

describe('parseValue with a locale hint', () => {
  it.each([
    ['1.234', 'de-DE', count(1234)],
    ['1.234', 'en-US', count(1.234)],
    ['48,210', 'de', count(48.21)],
    ['48,210', 'en', count(48210)],
    ['1 234,5', 'fr-FR', count(1234.5)],
    ['12,5 %', 'de-DE', pct(12.5)],
    ['1.234,50 €', 'de-DE', money(1234.5, '€')],
    ['3,4K', 'de-DE', count(3400)],
    ['$1,234.50', 'en-US', money(1234.5, '$')],
    ['1.234', 'not a locale', count(1.234)],
  ])('%j in %s -> %j', (text, locale, expected) => {
    expect(parseValue(text, locale)).toEqual(expected);
  });

  it.each([
    ['1,5', 'en-US'], // a comma is never a decimal mark in English
    ['1.234,5', 'en-US'],
    ['1,234.5', 'de-DE'],
  ])('%j in %s is refused: the separators contradict the locale', (text, locale) => {
    expect(parseValue(text, locale)).toBeNull();
  });
});

describe('parseValue refuses what is not one value', () => {
  it.each([
    '',
    '   ',
    '—',
    '–',
    '-',
    '--',
    'n/a',
    '(not set)',
    '±0',
    '10–20',
    '10-20',
    '10 - 20',
    '10 to 20',
    '$10–$20',
    '10%–20%',
    '10 20',
    '2026-11-22',
    '11/22/2026',
    '22.11.2026',
    'Nov 22',
    '22 Nov 2026',
    '22 nov',
    'Q3 2026',
    'Oct 26 – Nov 22, 2026',
    '12:30',
    '2:35',
    '3 days ago',
    'Last 28 days',
    'Sessions',
    'Top 10 pages',
    'v2.1.0',
    '1,2,3',
    '1.2.3,4.5',
    '$12%',
    '$12 USD',
    '%12%',
    '+-3',
    '12 of 40',
    '35s 2m',
    '1e6',
    'NaN',
    'Infinity',
  ])('%j', (text) => {
    expect(parseValue(text)).toBeNull();
  });
});
