import { describe, expect, it } from 'vitest';
import { normaliseLabel } from '../../../lib/match';

describe('normaliseLabel: what a registry name is compared as', () => {
  it.each([
    ['Bounce rate', 'bounce rate'],
    ['BOUNCE RATE', 'bounce rate'],
    ['Bounce rate (%)', 'bounce rate'],
    ['Bounce rate:', 'bounce rate'],
    ['BOUNCE RATE:', 'bounce rate'],
    ['Bounce rate %', 'bounce rate'],
    ['  Bounce \t\n rate  ', 'bounce rate'],
    ['Bounce\u00a0rate', 'bounce rate'],
    ['Revenue (USD)', 'revenue'],
    ['Revenue in EUR', 'revenue'],
    ['Avg. session duration (s)', 'avg. session duration'],
    ['Revenue (new users)', 'revenue (new users)'],
    ['Sessions*', 'sessions'],
    ['• Sessions', 'sessions'],
    ['Trial-to-paid conversion rate', 'trial to paid conversion rate'],
    ['Trial–to–paid conversion rate', 'trial to paid conversion rate'],
    ['Trial—to—paid conversion rate', 'trial to paid conversion rate'],
    ['Sales & marketing spend', 'sales and marketing spend'],
    ['Sales&Marketing spend', 'sales and marketing spend'],
    ['Customers’ lifetime value', "customers' lifetime value"],
    ['“Engaged” sessions', '"engaged" sessions'],
    ['Café visits', 'cafe visits'],
    ['Cafe\u0301 visits', 'cafe visits'],
    ['Ｓｅｓｓｉｏｎｓ', 'sessions'],
    ['Straße views', 'strasse views'],
    ['ga:bounceRate', 'bounce rate'],
    ['ga:sessions', 'sessions'],
    ['GA4: newUsers', 'new users'],
    ['bounce_rate', 'bounce rate'],
    ['Ses\u00adsions', 'sessions'],
    ['%', '%'],
  ])('%j -> %j', (label, expected) => {
    expect(normaliseLabel(label)).toBe(expected);
  });
});
