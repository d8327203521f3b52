/**
 * Keeps the longest of overlapping candidates ("Trial-to-paid conversion rate" over the
 * "conversion rate" inside it), then the leftmost among equals; the rest are dropped.
 * Candidates are held in parallel arrays (`starts[i]`, `ends[i]`, `metrics[i]` for the first
 * `count`), at most one per start position, in any order. Rewrites the arrays in place to the
 * kept hits in text order and returns how many there are: no object per candidate, since
 * every run of a page with several names in it comes through here.
 */
export function resolveOverlaps(
  starts: number[],
  ends: number[],
  metrics: string[],
  count: number,
): number {
  if (count < 2) return count;
  sortByStart(starts, ends, metrics, count);
  let kept = 0;
  let i = 0;
  while (i < count) {
    // A chain of overlapping candidates: [i, j).
    let chainEnd = ends[i]!;
    let j = i + 1;
    for (; j < count && starts[j]! < chainEnd; j++) chainEnd = Math.max(chainEnd, ends[j]!);
    if (j - i === 1) move(starts, ends, metrics, i, kept++);
    else kept = keepLongest(starts, ends, metrics, i, j, kept);
    i = j;
  }
  return kept;
}

/** Insertion sort of the parallel arrays by start: a run holds a handful of candidates. */
function sortByStart(starts: number[], ends: number[], metrics: string[], count: number): void {
  for (let i = 1; i < count; i++) {
    const start = starts[i]!;
    if (start >= starts[i - 1]!) continue;
    const end = ends[i]!;
    const metric = metrics[i]!;
    let j = i;
    for (; j > 0 && starts[j - 1]! > start; j--) move(starts, ends, metrics, j - 1, j);
    starts[j] = start;
    ends[j] = end;
    metrics[j] = metric;
  }
}

const CHOSEN = 1;
const DROPPED = 2;
/** Per chain member: undecided (0), CHOSEN or DROPPED; grown as chains need. */
let verdicts = new Uint8Array(16);

/**
 * Greedy longest-first (then leftmost) inside one chain [from, to), moving the chosen ones to
 * `kept` onwards in text order; returns the next free place. `kept <= from`: moves only go
 * left, over places already read.
 */
function keepLongest(
  starts: number[],
  ends: number[],
  metrics: string[],
  from: number,
  to: number,
  kept: number,
): number {
  const size = to - from;
  if (verdicts.length < size) verdicts = new Uint8Array(size * 2);
  verdicts.fill(0, 0, size);
  for (;;) {
    let best = -1;
    for (let k = 0; k < size; k++) {
      if (verdicts[k] !== 0) continue;
      const length = ends[from + k]! - starts[from + k]!;
      // Strictly longer: among equals the first, the leftmost (the chain is in text order).
      if (best < 0 || length > ends[from + best]! - starts[from + best]!) best = k;
    }
    if (best < 0) break;
    let clear = true;
    for (let k = 0; k < size && clear; k++) {
      if (verdicts[k] !== CHOSEN) continue;
      clear = ends[from + best]! <= starts[from + k]! || starts[from + best]! >= ends[from + k]!;
    }
    verdicts[best] = clear ? CHOSEN : DROPPED;
  }
  for (let k = 0; k < size; k++)
    if (verdicts[k] === CHOSEN) move(starts, ends, metrics, from + k, kept++);
  return kept;
}

function move(starts: number[], ends: number[], metrics: string[], from: number, to: number): void {
  starts[to] = starts[from]!;
  ends[to] = ends[from]!;
  metrics[to] = metrics[from]!;
}
