import { describe, expect, it } from 'vitest';
import { suspectVanity } from '../../../lib/registry/doctrine/suspect-vanity';

const named = (name: string, aliases: string[] = [], vanity?: boolean) => ({
  name,
  aliases,
  vanity,
});

describe('suspectVanity: the "vanity?" badge and what to watch instead', () => {
  it.each([
    ['Total registered users', 'active users in the period'],
    ['Registered users', 'active users in the period'],
    ['All-time sign-ups', 'active users in the period'],
    ['Total page views', 'the conversion rate from key pages'],
    ['Pageviews', 'the conversion rate from key pages'],
    ['Screen views', 'the conversion rate from key pages'],
    ['App downloads', 'activated users'],
    ['Installs', 'activated users'],
    ['Email list size', 'engaged subscribers (who opened or clicked in the period)'],
    ['Newsletter list', 'engaged subscribers (who opened or clicked in the period)'],
    ['Followers', 'engaged followers, or trials that come from social'],
    ['Instagram fans', 'engaged followers, or trials that come from social'],
    ['Likes', 'the engagement rate, or sign-ups that come from social'],
    ['Impressions', 'the click-through rate, or conversions from the campaign'],
    ['Total customers', 'the same count in the period (new or active, not all time)'],
    ['Orders since launch', 'the same count in the period (new or active, not all time)'],
    ['Cumulative revenue', 'the same count in the period (new or active, not all time)'],
  ])('suspects %j and suggests %j', (name, alternative) => {
    expect(suspectVanity(named(name))?.alternative).toBe(alternative);
  });

  it.each([
    'Active users',
    'Engaged followers',
    'Activated users',
    'Page views per session',
    'Download conversion rate',
    'Impression share',
    'Total revenue',
    'Customer lifetime value',
    'Sessions',
    'Trial-to-paid conversion rate',
    'Paying customers (total)',
  ])('does not suspect %j', (name) => {
    expect(suspectVanity(named(name))).toBeNull();
  });

  it('reads aliases too: "Visits (all time)" gives the cumulative reason', () => {
    expect(suspectVanity(named('Site reach', ['Visits (all time)']))).toEqual({
      reason: 'a cumulative total only goes up',
      alternative: 'the same count in the period (new or active, not all time)',
    });
  });

  it.each([
    { vanity: false, shown: 'nothing: the team judged it not vanity', suspected: false },
    { vanity: undefined, shown: 'a suspicion: nobody has judged it', suspected: true },
    {
      vanity: true,
      shown: 'the reason and alternative (the badge says "vanity", not "vanity?")',
      suspected: true,
    },
  ])('for Followers marked vanity: $vanity, returns $shown', ({ vanity, suspected }) => {
    expect(suspectVanity(named('Followers', [], vanity)) !== null).toBe(suspected);
  });
});
