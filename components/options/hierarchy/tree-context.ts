import type { HTMLAttributes, TargetedDragEvent } from 'preact';
import type { Metric, Registry } from '../../../lib/registry/schema';

/** What every item of the hierarchy tree shares, passed down once instead of prop by prop. */
export interface TreeContext {
  registry: Registry;
  busy: boolean;
  collapsed: ReadonlySet<string>;
  /** The one item in the tab order (roving tabindex). */
  tabbableKey: string | undefined;
  /** The item a dragged metric would land under now. */
  dropKey: string | undefined;
  register: (key: string, el: HTMLLIElement | null) => void;
  setActive: (key: string) => void;
  toggle: (key: string) => void;
  open: (metricId: string) => void;
  move: (metric: Metric, parentId: string | undefined) => void;
  startDrag: (metric: Metric, event: TargetedDragEvent<HTMLElement>) => void;
  endDrag: () => void;
  dropHandlers: (target: Metric) => HTMLAttributes<HTMLDivElement>;
}
