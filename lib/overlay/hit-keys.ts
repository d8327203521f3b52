/**
 * Keys for badges that stay the same while a label stays: the metric and which of its
 * occurrences it is, in page order. A re-render that rebuilds the same labels keeps the same
 * keys, so a focused badge keeps focus and an open card stays open.
 */
export function hitKeys(metricIds: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return metricIds.map((id) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return `${id}#${n}`;
  });
}
