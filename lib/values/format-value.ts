/** A number with its unit as KPI Lens writes it in sentences and labels: `10.4%`, `$58.20`. */

const PREFIX_UNITS = new Set(['$', '€', '£', '¥', '₹', 'US$']);

/**
 * Computed numbers (an expected value) get up to two decimals below 10, one below 100, none
 * above: enough to tell values apart. Numbers read from a page keep up to two decimals, as
 * printed: `10.95%` stays `10.95%`.
 */
function digits(value: number, unit: string | undefined, asRead: boolean): string {
  const abs = Math.abs(value);
  const currency = unit !== undefined && PREFIX_UNITS.has(unit);
  const max = asRead || (currency && abs < 1000) ? 2 : abs < 10 ? 2 : abs < 100 ? 1 : 0;
  const min = currency && (abs < 1000 || asRead) && !Number.isInteger(value) ? 2 : 0;
  return new Intl.NumberFormat('en-US', {
    minimumFractionDigits: min,
    maximumFractionDigits: max,
  }).format(abs);
}

/** `1h 02m`-style seconds, as tools print durations. */
function formatSeconds(total: number): string {
  const s = Math.round(Math.abs(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(sec).padStart(2, '0')}s`;
  return `${sec}s`;
}

/**
 * `formatValue(10.4, '%')` -> `10.4%`, `(58.2, '$')` -> `$58.20`, `(155, 's')` -> `2m 35s`,
 * `(1200, 'teams')` -> `1,200 teams`, `(-3.1, '$')` -> `-$3.10`. `asRead` for values read from
 * a page, whose printed precision is kept.
 */
export function formatValue(value: number, unit?: string, asRead = false): string {
  const sign = value < 0 ? '-' : '';
  if (unit === 's') return `${sign}${formatSeconds(value)}`;
  const number = digits(value, unit, asRead);
  if (unit === undefined || unit === '') return `${sign}${number}`;
  if (PREFIX_UNITS.has(unit)) return `${sign}${unit}${number}`;
  if (unit === '%' || unit === 'x') return `${sign}${number}${unit}`;
  return `${sign}${number} ${unit}`;
}
