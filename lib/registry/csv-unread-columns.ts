/**
 * The sentences the import preview shows about columns of a CSV file that KPI Lens leaves
 * out, so that no cell a marketer typed is dropped without a word.
 */
import type { UnreadColumn } from './csv-columns';

const named = (c: UnreadColumn) => `“${c.header}”`;

function list(columns: readonly UnreadColumn[]): string {
  const names = columns.map(named).join(', ');
  return columns.length === 1 ? `the column ${names}` : `the columns ${names}`;
}

const leftOut = (columns: readonly UnreadColumn[]) =>
  columns.length === 1 ? 'Its cells are left out.' : 'Their cells are left out.';

export function describeUnreadColumns(unread: readonly UnreadColumn[]): string[] {
  const sentences: string[] = [];
  const unknown = unread.filter((c) => c.why === 'unknown' && c.header !== '');
  if (unknown.length > 0)
    sentences.push(`Not read: ${list(unknown)} (KPI Lens has no such field). ${leftOut(unknown)}`);
  for (const c of unread.filter((u) => u.why === 'unknown' && u.header === ''))
    sentences.push(
      `Not read: column ${c.position + 1}, which has no title. Its cells are left out.`,
    );
  for (const c of unread.filter((u) => u.why === 'duplicate'))
    sentences.push(
      `Not read: the column ${named(c)}, because the column “${c.readInstead ?? ''}” gives the same field. Its cells are left out.`,
    );
  for (const c of unread.filter((u) => u.why === 'not-names'))
    sentences.push(
      `Not read: the column ${named(c)} (its cells are yes/no flags or numbers, not metric names). Its cells are left out.`,
    );
  return sentences;
}
