import type { z } from 'zod';

/** The label a person recognises a record by in an error: "metric 3 'Bounce rate'". */
export function recordLabel(kind: 'metric' | 'objective', index: number, raw: unknown): string {
  const name = isPlainObject(raw) && typeof raw.name === 'string' ? raw.name.trim() : '';
  const id = isPlainObject(raw) && typeof raw.id === 'string' ? raw.id.trim() : '';
  const shown = name || id;
  return shown ? `${kind} ${index + 1} '${truncate(shown, 60)}'` : `${kind} ${index + 1}`;
}

/** One zod issue as the end of a sentence: "target.value must be a number". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  return field ? `${field} ${issue.message}` : issue.message;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
