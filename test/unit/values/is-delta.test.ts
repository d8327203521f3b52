import { describe, expect, it } from 'vitest';
import { isDelta, type DeltaContext } from '../../../lib/values/is-delta';

describe('isDelta tells a change from the value', () => {
  it.each<[string, DeltaContext, boolean]>([
    // The text alone says "change".
    ['+1.1 pts', {}, true],
    ['-2 pts', {}, true],
    ['▲ 4.2%', {}, true],
    ['▼ 0.3%', {}, true],
    ['↑12', {}, true],
    ['±0', {}, true],
    ['+4.2%', {}, true],
    ['(+4.2%)', {}, true],
    ['+$3.10', {}, true],
    ['12% vs last week', {}, true],
    ['3.1% vs. previous period', {}, true],
    ['+3% WoW', {}, true],
    ['25 bps', {}, true],
    // Position: after the value, and a minus or smaller type.
    ['-$3.10', { followsValue: true }, true],
    ['−3.1%', { followsValue: true }, true],
    ['4.2%', { followsValue: true, smaller: true }, true],
    // Class names of change chips.
    ['4.2%', { hints: 'tile-delta up' }, true],
    ['4.2%', { hints: 'scorecard-comparison' }, true],
    // Values, including negative ones shown on their own.
    ['-3.1%', {}, false],
    ['-$3.10', {}, false],
    ['21.4%', {}, false],
    ['$58.20', { followsValue: false, smaller: true }, false],
    ['4.2%', { followsValue: true }, false],
    ['4.2%', { hints: 'tile-value' }, false],
  ])('%j %j -> %s', (text, context, expected) => {
    expect(isDelta(text, context)).toBe(expected);
  });
});
