/**
 * Activities (calls made, emails sent, posts published) are inputs: count them, but target the
 * outcome they are meant to move, or the team will make calls instead of customers.
 */
import type { Metric } from '../schema';
import { defineRule } from './define-rule';
import { demoteKpiFix } from './patch-registry';
import { kpisOf, quoted } from './registry-queries';

const NOUN = String.raw`(?:calls?|dials?|e-?mails?|messages?|newsletters?|(?:blog )?posts?|articles?|tweets?|videos?|campaigns?|meetings?|demos?|tasks?|tickets?|features?|proposals?|quotes?|outreach(?:es)?|touch(?:es|points?)|activities)`;
// "Booked" is left out: meetings booked are what an SDR's calls are for, an outcome.
const VERB = String.raw`(?:made|placed|logged|sent|delivered|published|posted|written|created|launched|held|given|done|completed|closed|shipped|attended)`;

const ACTIVITY_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b${NOUN} ${VERB}\b`, 'i'),
  new RegExp(String.raw`\b${VERB} ${NOUN}\b`, 'i'),
  new RegExp(String.raw`(?:\bnumber|\bno\.?|#|\bcount) of ${NOUN}\b`, 'i'),
  /\b(?:outbound|cold) (?:calls|dials|e-?mails)\b/i,
  /\b(?:call|dial|e-?mail|outreach|activity) (?:volume|count)\b/i,
];

/** A rate built on an activity ("Email reply rate") measures a response, not the activity. */
const RATE = /\b(?:rate|ratio|share|conversion)\b|%/i;

/** Calls made, emails sent, posts published...: an input the team does, not an outcome. */
export function isActivityMetric(metric: Pick<Metric, 'name' | 'aliases'>): boolean {
  return [metric.name, ...metric.aliases].some(
    (label) => !RATE.test(label) && ACTIVITY_PATTERNS.some((p) => p.test(label)),
  );
}

export const activityKpi = defineRule(
  {
    id: 'activity-kpi',
    severity: 'warning',
    explanation:
      'Activities are inputs: count them, but target the outcome they are meant to move.',
  },
  (registry) =>
    kpisOf(registry)
      .filter(isActivityMetric)
      .map((m) => ({
        metricId: m.id,
        message: `${quoted(m)} is an activity set as a KPI: count activities, target outcomes. Make the outcome it drives the KPI, and this a supporting metric.`,
        fix: demoteKpiFix(registry, m),
      })),
);
