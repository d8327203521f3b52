/** Short human forms of registry values, shared by badges, lists and cards. */
import { MONTHS } from '../progress/calendar-days';
import type { Target } from './schema';

const OP_SYMBOL = { '>=': '≥', '<=': '≤', '=': '=' } as const;

/** `2027-09-30` -> `Sep 30, 2027`; periods such as `2027-Q3` stay as they are. */
export function formatDeadline(by: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(by);
  if (!m) return by;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${Number(m[3])}, ${m[1]}`;
}

/** `≥25% by Sep 30, 2027`, `≤$50`, `≥1200 teams`. */
export function formatTarget(target: Target): string {
  const unit = target.unit ?? '';
  const prefixUnit = unit === '$' || unit === '€' || unit === '£';
  const spaced = unit.length > 1 ? ` ${unit}` : unit;
  const value = prefixUnit ? `${unit}${target.value}` : `${target.value}${spaced}`;
  const by = target.by ? ` by ${formatDeadline(target.by)}` : '';
  return `${OP_SYMBOL[target.op]}${value}${by}`;
}
