/**
 * Vanity suspected from a metric's name: counts that look good and go up whatever the team
 * does, each with the actionable metric to watch instead. Data, so that a new pattern is a line.
 */
import type { Metric } from '../schema';

export interface VanitySuspicion {
  /** Why the name looks like vanity: "followers grow whatever you do". */
  reason: string;
  /** What to watch instead: "engaged followers, or trials that come from social". */
  alternative: string;
}

const COUNT_NOUN = String.raw`(?:users|sign[- ]?ups|registrations|accounts|customers|members|subscribers|visitors|installs|downloads|followers|fans|likes|views|page ?views|impressions)`;

/** First match wins, so the specific patterns come before the generic cumulative one. */
const VANITY_PATTERNS: readonly (VanitySuspicion & { pattern: RegExp })[] = [
  {
    pattern:
      /\bregistered users\b|\b(?:total|all[- ]time|cumulative) (?:users|sign[- ]?ups|registrations|accounts)\b/i,
    reason: 'a running total of sign-ups only goes up',
    alternative: 'active users in the period',
  },
  {
    pattern: /\bpage ?views\b|\bscreen ?views\b/i,
    reason: 'page views count attention, not value',
    alternative: 'the conversion rate from key pages',
  },
  {
    pattern: /\b(?:downloads|installs)\b/i,
    reason: 'a download is not a user',
    alternative: 'activated users',
  },
  {
    pattern:
      /\blist size\b|\b(?:e-?mail|mailing|newsletter) list\b|\b(?:total|all[- ]time) subscribers\b/i,
    reason: 'a list grows whether or not anyone reads',
    alternative: 'engaged subscribers (who opened or clicked in the period)',
  },
  {
    pattern: /\b(?:followers|fans)\b/i,
    reason: 'followers grow whatever you do',
    alternative: 'engaged followers, or trials that come from social',
  },
  {
    pattern: /\b(?:likes|reactions)\b/i,
    reason: 'likes cost nothing to give and decide nothing',
    alternative: 'the engagement rate, or sign-ups that come from social',
  },
  {
    pattern: /\bimpressions\b/i,
    reason: 'impressions count what was shown, not what worked',
    alternative: 'the click-through rate, or conversions from the campaign',
  },
  {
    // "Total revenue" in a period is a fine KPI: "total" is only suspect on a count.
    pattern: new RegExp(
      String.raw`\b(?:all[- ]time|cumulative|since launch)\b|\btotal ${COUNT_NOUN}\b`,
      'i',
    ),
    reason: 'a cumulative total only goes up',
    alternative: 'the same count in the period (new or active, not all time)',
  },
];

/**
 * Names that measure a rate or an engaged subset are what the doctrine recommends, even when
 * they mention a vanity count ("Page views per session", "Engaged followers", "Active users").
 */
const ACTIONABLE =
  /\b(?:rate|ratio|per|share|percent(?:age)?|average|avg|median|conversions?|ctr|active|engaged|activated|retained|returning|qualified|paying|paid)\b|%/i;

/**
 * Name-based vanity suspicion, used by badges ("vanity?") and by the health review; null when
 * nothing is suspected or when the team judged the metric not vanity (`vanity === false`).
 * For a metric marked vanity (`vanity === true`) it still returns the reason and alternative,
 * which say what to watch instead: show "vanity", not "vanity?", for those.
 */
export function suspectVanity(
  metric: Pick<Metric, 'name' | 'aliases' | 'vanity'>,
): VanitySuspicion | null {
  if (metric.vanity === false) return null;
  for (const label of [metric.name, ...metric.aliases]) {
    if (ACTIONABLE.test(label)) continue;
    const match = VANITY_PATTERNS.find((p) => p.pattern.test(label));
    if (match) return { reason: match.reason, alternative: match.alternative };
  }
  return null;
}
