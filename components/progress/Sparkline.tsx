/**
 * A tiny trend line for the detail card: the history as a line, the target as a dashed rule,
 * the latest reading as a dot. Drawn here (no chart library in the overlay); its accessible
 * name says the trend in words, so the picture itself is decorative to a screen reader.
 */
import type { SeriesPoint } from '../../lib/progress/series';
import { sparklineGeometry } from './sparkline-geometry';

export interface SparklineProps {
  points: readonly SeriesPoint[];
  /** The target value, drawn as a dashed rule. */
  target?: number | undefined;
  /** The values' unit, for the accessible name: `%`, `$`. */
  unit?: string | undefined;
  width?: number;
  height?: number;
}

export function Sparkline({ points, target, unit, width = 96, height = 24 }: SparklineProps) {
  const g = sparklineGeometry(points, { width, height }, target, unit);
  return (
    <svg
      class="kl-sparkline"
      role="img"
      aria-label={g.label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ display: 'inline-block', verticalAlign: 'middle', overflow: 'visible' }}
    >
      <title>{g.label}</title>
      {g.targetY !== null && (
        <line
          class="kl-sparkline-target"
          x1={0}
          x2={width}
          y1={g.targetY}
          y2={g.targetY}
          style={{ stroke: 'var(--kl-text-muted)', strokeWidth: 1, strokeDasharray: '2 2' }}
        />
      )}
      {points.length > 1 && (
        <polyline
          class="kl-sparkline-line"
          points={g.points}
          fill="none"
          style={{ stroke: 'var(--kl-accent)', strokeWidth: 1.5, strokeLinejoin: 'round' }}
        />
      )}
      {g.last && (
        <circle
          class="kl-sparkline-last"
          cx={g.last.x}
          cy={g.last.y}
          r={2}
          style={{ fill: 'var(--kl-accent)' }}
        />
      )}
    </svg>
  );
}
