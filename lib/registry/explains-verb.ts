/**
 * How a metric that explains another is said to relate to it: a diagnostic metric diagnoses,
 * any other supports. The popup's tag form, the metrics table, the card and the screen-reader
 * name of a badge all say it the same way.
 */
import type { Role } from './schema';

export function explainsVerb(role: Role): 'supports' | 'diagnoses' {
  return role === 'diagnostic' ? 'diagnoses' : 'supports';
}
