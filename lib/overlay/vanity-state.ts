/** Whether a badge says "vanity" (the team marked it) or "vanity?" (its name suggests it). */
import { suspectVanity } from '../registry/doctrine';
import type { Metric } from '../registry/schema';

export type VanityState = 'marked' | 'suspected' | null;

export function vanityState(metric: Pick<Metric, 'name' | 'aliases' | 'vanity'>): VanityState {
  if (metric.vanity === true) return 'marked';
  return suspectVanity(metric) === null ? null : 'suspected';
}
