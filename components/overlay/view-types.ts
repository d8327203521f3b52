/** What the overlay draws, already measured and placed: the components only lay it out. */
import type { BadgeFace } from '../../lib/overlay/badge-face';

export interface BadgeView {
  /** Stable across passes while the label stays (metric + occurrence), so focus survives. */
  key: string;
  metricId: string;
  face: BadgeFace;
  /** What a screen reader says: role, full name, target, owner. */
  label: string;
  x: number;
  y: number;
  compact: boolean;
  /** The page behind the label is dark. */
  dark: boolean;
}

/** A drawn underline, where the browser has no CSS Custom Highlight API. */
export interface UnderlineView {
  key: string;
  x: number;
  y: number;
  width: number;
  colour: string;
}

export type DisplayMode = 'full' | 'compact' | 'off';
