/**
 * Whether a badge says "vanity" (the team marked it) or "vanity?" (its name suggests it, or
 * its values only ever rise: a running total). The team's `vanity: false` overrules both.
 */
import { suspectVanity } from '../registry/doctrine';
import type { RunningTotalSuspicion } from '../progress/monotonic';
import type { Metric } from '../registry/schema';

export type VanityState = 'marked' | 'suspected' | null;

export function vanityState(
  metric: Pick<Metric, 'name' | 'aliases' | 'vanity'>,
  runningTotal?: RunningTotalSuspicion | null,
): VanityState {
  if (metric.vanity === true) return 'marked';
  if (metric.vanity === false) return null;
  return suspectVanity(metric) === null && !runningTotal ? null : 'suspected';
}
