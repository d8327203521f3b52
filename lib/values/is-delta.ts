/**
 * Whether a number shown in a KPI tile is a change (`+1.1 pts`, `▲ 4.2%`, `-$3.10 vs last
 * week`) rather than the metric's value. Pure: the DOM facts arrive in `context`.
 */

export interface DeltaContext {
  /** Another value came before this one in the same tile (deltas follow the main number). */
  followsValue?: boolean;
  /** The text is set smaller than that value (computed font size, where the page has one). */
  smaller?: boolean;
  /** Class names and labels of the element and its ancestors inside the tile. */
  hints?: string;
}

/** Text that says "change" by itself: arrows, ±, percentage points, comparisons. */
const DELTA_TEXT =
  /[▲△↑⬆▴⇧▼▽↓⬇▾⇩±]|\b(pts?|pp|p\.p\.|bps|points?)\b|\b(vs\.?|versus|compared|prev(ious)?|last (week|month|year|period)|from last)\b|\b(WoW|MoM|QoQ|YoY|DoD)\b/i;
/** Class names tools give their change chips: `tile-delta`, `trend-up`, `scorecard-comparison`. */
const DELTA_HINT = /delta|change|diff|trend|compar|variance|increase|decrease/i;

/**
 * True for a change. An explicit `+` always marks one (tools never print a value with a plus);
 * a `-` only together with position, because a value itself may be negative (`-3.1%` growth).
 * Position alone (after the value and smaller) is enough: that is how every tile lays a change.
 */
export function isDelta(text: string, context: DeltaContext = {}): boolean {
  const t = text.replace(/\u2212/g, '-').trim();
  if (DELTA_TEXT.test(t)) return true;
  if (/^\(?\s*\+/.test(t)) return true;
  if (context.hints && DELTA_HINT.test(context.hints)) return true;
  if (!context.followsValue) return false;
  return context.smaller === true || /^\(?\s*-/.test(t);
}
