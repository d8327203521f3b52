/**
 * A metric's latest value judged against its target: met, on track, at risk or off track on a
 * straight line from the baseline (`target.from`, on `baselineAt`) to the target by the
 * deadline (`target.by`, the last day of a period such as `2027-Q3`). Pure: today is passed in.
 *
 * How far behind the line is measured as a share of the whole baseline-to-target distance
 * ("lag"), so that it means the same for a 2-point and a 200-point goal:
 * - on track: lag at most ON_TRACK_LAG (5%: noise between two readings of a dashboard);
 * - at risk: lag at most AT_RISK_LAG (25%: a quarter of the way behind, still recoverable);
 * - off track: further behind, or the deadline has passed without the target being met.
 * Met wins over everything: `>=` at or above, `<=` at or below, `=` within EQUAL_TOLERANCE
 * (1%) of the target value.
 */
import type { Target } from '../registry/schema';
import { formatValue } from '../values/format-value';
import { dayOf, deadlineEndDay, longDate } from './calendar-days';

export const ON_TRACK_LAG = 0.05;
export const AT_RISK_LAG = 0.25;
export const EQUAL_TOLERANCE = 0.01;

export type PaceStatus = 'on-track' | 'at-risk' | 'off-track' | 'met' | 'no-baseline' | 'no-target';

export interface PaceInput {
  /** The latest observed value, and its unit as the page printed it (`%`, `$`). */
  value: number;
  unit?: string | undefined;
  target: Target | undefined;
  /** The ISO date the baseline `from` held: the start of the line. */
  baselineAt?: string | undefined;
  /** Today as an ISO date: injected, so that tests and the e2e clock decide it. */
  today: string;
}

export interface Pace {
  status: PaceStatus;
  /** Where the line says the value should be today; null without a baseline and deadline. */
  expected: number | null;
  /** The share of the way from baseline to target covered, 0..1; null without a baseline. */
  progress: number | null;
  /**
   * `10.4% of 12% target, on pace`, `… at risk: expected 11.2% by now`; on the line's first day
   * `… 50% of the way from the 10% baseline`.
   */
  sentence: string;
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

function isMet(value: number, target: Target): boolean {
  if (target.op === '>=') return value >= target.value;
  if (target.op === '<=') return value <= target.value;
  return Math.abs(value - target.value) <= Math.max(Math.abs(target.value) * EQUAL_TOLERANCE, 1e-9);
}

/** Share of the way from `from` to the target, unclamped: negative when worse than baseline. */
function rawProgress(value: number, from: number, target: Target): number {
  if (target.value === from) return 0;
  if (target.op === '=') return 1 - Math.abs(value - target.value) / Math.abs(from - target.value);
  return (value - from) / (target.value - from);
}

export function judgePace(input: PaceInput): Pace {
  const { value, target } = input;
  const unit = input.unit ?? target?.unit;
  const shown = formatValue(value, unit, true);
  if (!target)
    return { status: 'no-target', expected: null, progress: null, sentence: `${shown}, no target` };
  if (input.unit && target.unit && input.unit !== target.unit) {
    const sentence = `${shown} shown, but the target is in ${target.unit}`;
    return { status: 'no-target', expected: null, progress: null, sentence };
  }
  const goal = formatValue(target.value, target.unit ?? unit);
  const head = `${shown} ${target.op === '>=' ? 'of' : 'vs'} ${goal} target`;
  const say = (
    status: PaceStatus,
    tail: string,
    expected: number | null,
    progress: number | null,
  ) => ({
    status,
    expected,
    progress,
    sentence: `${head}, ${tail}`,
  });
  const from = target.from;
  if (isMet(value, target)) return say('met', 'met', target.value, 1);
  if (from === undefined) return say('no-baseline', 'no baseline yet', null, null);

  const raw = rawProgress(value, from, target);
  const progress = clamp01(raw);
  const start = input.baselineAt === undefined ? null : dayOf(input.baselineAt);
  const end = target.by === undefined ? null : deadlineEndDay(target.by);
  const today = dayOf(input.today);
  if (start === null || today === null)
    return say('no-baseline', 'no baseline date yet', null, progress);
  if (end === null) {
    // No deadline, so no "by now": judge the direction only.
    if (raw >= 0) return say('on-track', 'no deadline set', null, progress);
    return say(
      'at-risk',
      `below the ${formatValue(from, unit)} baseline, no deadline set`,
      null,
      progress,
    );
  }
  if (today > end)
    return say('off-track', `off track: deadline ${longDate(end)} passed`, target.value, progress);

  if (today <= start && end > start) {
    // The line starts today: nothing is expected "by now" yet, and "on pace" would only say
    // that the first reading is the first reading. Say where it stands from the baseline.
    const base = formatValue(from, unit);
    if (raw < -ON_TRACK_LAG) return say('off-track', `below the ${base} baseline`, from, progress);
    const share = Math.round(progress * 100);
    const tail =
      share === 0 ? `at the ${base} baseline` : `${share}% of the way from the ${base} baseline`;
    return say('on-track', tail, from, progress);
  }
  const elapsed = end <= start ? 1 : clamp01((today - start) / (end - start));
  const expected = from + (target.value - from) * elapsed;
  const lag = elapsed - raw;
  const byNow = `expected ${formatValue(expected, unit)} by now`;
  if (lag <= ON_TRACK_LAG) return say('on-track', 'on pace', expected, progress);
  if (lag <= AT_RISK_LAG) return say('at-risk', `at risk: ${byNow}`, expected, progress);
  return say('off-track', `off track: ${byNow}`, expected, progress);
}
