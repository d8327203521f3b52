/** What a label's text says about it: a value, a date, or navigation noise rather than a metric name. */

/** `12.4%`, `$1,234.50`, `€1.2K`, `3.4M`, `-3.1 pts`, `2m 35s`, `—`, `48,210`. */
const VALUE =
  /^[+\-−±]?\s*[$€£¥]?\s*(\d[\d,.\s']*\d|\d)\s*(%|pts?|[kmbKMB]|x|ms|s|h)?(\s*\d+\s*[sm])?$|^[—–-]$|^±0$/;
const DURATION = /^(\d+\s*[hms]\s*)+$/i;
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;
const DATE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}[/.]\d{1,2}([/.]\d{2,4})?$/;

export function isValueText(text: string): boolean {
  const t = text.trim();
  return t !== '' && (VALUE.test(t) || DURATION.test(t));
}

export function isDateLike(text: string): boolean {
  const t = text.trim();
  return (
    DATE.test(t) ||
    (MONTH.test(t) && /\d/.test(t)) ||
    /^(last|past|next)\s+\d+\s+(days?|weeks?|months?)/i.test(t)
  );
}

/** Words that name screens and actions in analytics tools, not metrics. */
const NOISE = new Set([
  'home',
  'reports',
  'report',
  'dashboard',
  'dashboards',
  'explore',
  'explorations',
  'settings',
  'admin',
  'help',
  'share',
  'export',
  'download',
  'filter',
  'filters',
  'add filter',
  'compare',
  'search',
  'save',
  'cancel',
  'edit',
  'view',
  'more',
  'less',
  'show more',
  'see all',
  'apply',
  'reset',
  'close',
  'open',
  'new',
  'create',
  'delete',
  'overview',
  'summary',
  'total',
  'totals',
  'date',
  'today',
  'yesterday',
  'channel',
  'source',
  'medium',
  'campaign',
  'page',
  'page title',
  'country',
  'city',
  'device',
  'device category',
  'browser',
  'name',
  'value',
  'trend',
  'chart',
  'table',
  'rows',
  'row',
  'columns',
  'users and sessions',
  'acquisition',
  'engagement',
  'monetization',
  'retention',
  'support',
  'operations',
  'social',
  'library',
  'insights',
  'advertising',
  'configure',
  'sign in',
  'log out',
]);

/** Too short, too long, sentence-like, a value, a date, or a known screen/action word. */
export function isNoiseLabel(text: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length < 2 || t.length > 60) return true;
  if (!/\p{L}/u.test(t)) return true;
  if (t.split(' ').length > 7 || /[.!?]$/.test(t)) return true;
  if (isValueText(t) || isDateLike(t)) return true;
  return NOISE.has(t.toLowerCase().replace(/[:：]$/, ''));
}
