/**
 * The sample registry offered on first run ("Try with the sample registry"), built from the
 * doctrine's own examples. Embedded in the build, and kept in public/ as a file to look at.
 */
import sampleFile from '../../public/sample-registry.json';
import { dayOf, deadlineEndDay, isoOfDay, localDay } from '../progress/calendar-days';
import { parseRegistryJson } from './parse-file';
import type { Registry } from './schema';

/**
 * The sample as written, or, given `today`, moved along so that it still shows the health
 * review and the progress it was written to show:
 * - review dates forward by the days since it was written (weeks later, every weekly review
 *   would read as overdue);
 * - deadlines and objective periods forward by whole years, as many as keep every deadline
 *   ahead (within months its targets would lapse one by one). Month, day and quarter stay:
 *   "by Sep 30".
 */
export function sampleRegistry(today?: Date): Registry {
  const parsed = parseRegistryJson(JSON.stringify(sampleFile));
  // A unit test proves the sample parses whole; failing loudly here beats an empty sample.
  if (!parsed.ok || parsed.value.invalid.length > 0)
    throw new Error('The bundled sample registry is invalid');
  const registry = parsed.value.registry;
  if (today === undefined) return registry;
  // Whole calendar days, today read in the user's calendar (as the review rule reads it).
  const todayDay = localDay(today);
  const days = todayDay - dayOf(sampleFile.exportedAt)!;
  if (days <= 0) return registry;
  const years = yearsToKeepAhead(registry, todayDay);
  return {
    ...registry,
    objectives: registry.objectives.map((objective) =>
      objective.period === undefined
        ? objective
        : { ...objective, period: yearsLater(objective.period, years) },
    ),
    metrics: registry.metrics.map((metric) => {
      const reviewed = metric.lastReviewed === undefined ? null : dayOf(metric.lastReviewed);
      const target = metric.target;
      return {
        ...metric,
        ...(reviewed === null ? {} : { lastReviewed: isoOfDay(reviewed + days) }),
        ...(target?.by === undefined
          ? {}
          : { target: { ...target, by: yearsLater(target.by, years) } }),
      };
    }),
  };
}

/** The fewest whole years that put every deadline of a registry on or after a day. */
function yearsToKeepAhead(registry: Registry, day: number): number {
  let years = 0;
  for (const metric of registry.metrics) {
    const by = metric.target?.by;
    if (by === undefined || deadlineEndDay(by) === null) continue;
    while (deadlineEndDay(yearsLater(by, years))! < day) years++;
  }
  return years;
}

/** A date or period that starts with its year (`2027-03-31`, `2026-Q4`), `years` later. */
function yearsLater(text: string, years: number): string {
  const match = /^(\d{4})(-.*)?$/.exec(text);
  if (years <= 0 || match === null) return text;
  const moved = `${Number(match[1]) + years}${match[2] ?? ''}`;
  // Feb 29 in a year without one: the 28th.
  return /^\d{4}-02-29$/.test(moved) && dayOf(moved) === null ? moved.replace(/29$/, '28') : moved;
}
