/**
 * The sample registry offered on first run ("Try with the sample registry"), built from the
 * doctrine's own examples. Embedded in the build, and kept in public/ as a file to look at.
 */
import sampleFile from '../../public/sample-registry.json';
import { dayOf, isoOfDay } from '../progress/calendar-days';
import { localIsoDate } from './doctrine/review-overdue';
import { parseRegistryJson } from './parse-file';
import type { Registry } from './schema';

/**
 * The sample as written, or, given `today`, with its review dates moved forward by the days
 * since it was written: the sample shows the health review it was written to show (a few
 * findings to fix), where weeks later every weekly review would read as overdue.
 */
export function sampleRegistry(today?: Date): Registry {
  const parsed = parseRegistryJson(JSON.stringify(sampleFile));
  // A unit test proves the sample parses whole; failing loudly here beats an empty sample.
  if (!parsed.ok || parsed.value.invalid.length > 0)
    throw new Error('The bundled sample registry is invalid');
  const registry = parsed.value.registry;
  if (today === undefined) return registry;
  // Whole calendar days, today read in the user's calendar (as the review rule reads it).
  const days = dayOf(localIsoDate(today))! - dayOf(sampleFile.exportedAt)!;
  if (days <= 0) return registry;
  return {
    ...registry,
    metrics: registry.metrics.map((metric) => {
      const reviewed = metric.lastReviewed === undefined ? null : dayOf(metric.lastReviewed);
      return reviewed === null ? metric : { ...metric, lastReviewed: isoOfDay(reviewed + days) };
    }),
  };
}
