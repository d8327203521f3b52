// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Sparkline } from '../../../components/progress/Sparkline';
import { sparklineGeometry, trendLabel } from '../../../components/progress/sparkline-geometry';
import { renderInto } from '../options/render-into';
import { series } from './weekly-points';

// Weekly readings from Jan 5 to Feb 16: six weeks.
const HISTORY = series([9.8, 10.1, 9.9, 10.2, 10.3, 10.35, 10.4]);

describe('Sparkline', () => {
  it('says the trend in words as its accessible name', async () => {
    const { container } = await renderInto(<Sparkline points={HISTORY} target={12} unit="%" />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Trend over 6 weeks: from 9.8% to 10.4%');
    expect(svg.querySelector('title')?.textContent).toBe('Trend over 6 weeks: from 9.8% to 10.4%');
  });

  it('draws the line, the target rule and the latest dot with the design tokens', async () => {
    const { container } = await renderInto(
      <Sparkline points={HISTORY} target={12} unit="%" width={100} height={20} />,
    );
    const line = container.querySelector('polyline')!;
    expect(line.getAttribute('points')!.split(' ')).toHaveLength(7);
    expect(line.getAttribute('style')).toContain('var(--kl-accent)');
    const rule = container.querySelector('line.kl-sparkline-target')!;
    expect(rule.getAttribute('style')).toContain('var(--kl-text-muted)');
    // The target is above every reading: the rule is at the top of the scale, the latest
    // reading (10.4 on a 9.8-12 scale) in its lower part, at the right end.
    expect(Number(rule.getAttribute('y1'))).toBe(2);
    const dot = container.querySelector('circle')!;
    expect([dot.getAttribute('cx'), dot.getAttribute('cy')]).toEqual(['98', '13.6']);
  });

  it('draws a single reading as a dot, and nothing to draw as an empty picture', async () => {
    const one = await renderInto(<Sparkline points={[{ at: '2026-01-05', value: 87 }]} unit="%" />);
    expect(one.container.querySelector('polyline')).toBeNull();
    expect(one.container.querySelector('circle')).not.toBeNull();
    expect(one.container.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'One reading so far: 87%',
    );
    const none = await renderInto(<Sparkline points={[]} />);
    expect(none.container.querySelector('svg')!.getAttribute('aria-label')).toBe('No trend yet');
    expect(none.container.querySelector('circle, polyline, line')).toBeNull();
  });
});

describe('sparkline geometry', () => {
  it('places points by date, so a missed week leaves a gap', () => {
    const g = sparklineGeometry(
      [
        { at: '2026-01-05', value: 1 },
        { at: '2026-01-12', value: 2 },
        { at: '2026-02-02', value: 3 },
      ],
      { width: 32, height: 10 },
    );
    expect(g.points).toBe('2,8 9,5 30,2');
  });

  it('puts a flat series in the middle', () => {
    expect(sparklineGeometry(series([5, 5, 5]), { width: 20, height: 10 }).points).toBe(
      '2,5 10,5 18,5',
    );
  });

  it.each([
    [series([1, 2], 3), undefined, 'Trend over 3 days: from 1 to 2'],
    [series([58.2, 54], 7), '$', 'Trend over 7 days: from $58.20 to $54'],
    [series([100, 160, 155], 14), 's', 'Trend over 4 weeks: from 1m 40s to 2m 35s'],
  ])('%j -> %s', (points, unit, label) => {
    expect(trendLabel(points, unit)).toBe(label);
  });
});
