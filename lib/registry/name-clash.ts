/**
 * Two metrics that answer to the same label would badge it twice on a dashboard, so the metric
 * form warns before saving a name or alias that another metric already uses. Labels are
 * compared the way the matcher compares them (case, spacing, dashes, diacritics, trailing units).
 */
import { normaliseLabel } from '../match/normalise-label';
import type { Metric, Registry } from './schema';

export interface NameClash {
  metricId: string;
  metricName: string;
  /** Whether `text` equals that metric's name or one of its aliases. */
  field: 'name' | 'alias';
}

/**
 * The other metrics whose name or alias reads the same as `text` (at most one entry per metric
 * and field). `exceptMetricId` is the metric being edited, which may keep its own labels.
 */
export function findNameClashes(
  registry: Registry,
  text: string,
  exceptMetricId?: string,
): NameClash[] {
  if (text.trim() === '') return [];
  const label = normaliseLabel(text);
  const clashes: NameClash[] = [];
  for (const m of registry.metrics) {
    if (m.id === exceptMetricId) continue;
    const clash = (field: NameClash['field']) =>
      clashes.push({ metricId: m.id, metricName: m.name, field });
    if (normaliseLabel(m.name) === label) clash('name');
    if (m.aliases.some((alias) => normaliseLabel(alias) === label)) clash('alias');
  }
  return clashes;
}

/**
 * Whether a label reads as a name or alias of one of `metrics`, compared as the matcher
 * compares labels; the labels are normalised once, for checking many (a page's candidates).
 */
export function registeredLabelTest(
  metrics: readonly Pick<Metric, 'name' | 'aliases'>[],
): (label: string) => boolean {
  const registered = new Set(metrics.flatMap((m) => [m.name, ...m.aliases]).map(normaliseLabel));
  return (label) => registered.has(normaliseLabel(label));
}
