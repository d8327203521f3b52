/** A metric of the generated registries: a name and its aliases. */
export interface BenchMetric {
  id: string;
  name: string;
  aliases: string[];
}

/** The names every dashboard shows; they open every registry so that small ones have hits. */
const COMMON = [
  'Sessions',
  'Users',
  'New users',
  'Bounce rate',
  'Conversion rate',
  'Trial-to-paid conversion rate',
  'Revenue',
  'Average order value',
  'Engagement rate',
  'Event count',
];
const QUALIFIERS = [
  'new',
  'returning',
  'mobile',
  'desktop',
  'tablet',
  'paid',
  'organic',
  'referral',
  'email',
  'social',
  'direct',
  'weekly',
  'monthly',
  'daily',
  'first-time',
  'repeat',
  'trial',
  'enterprise',
  'self-serve',
  'partner',
  'affiliate',
  'in-app',
  'web',
  'checkout',
  'cart',
  'signup',
  'onboarding',
  'retained',
  'churned',
  'reactivated',
  'EU',
  'US',
  'APAC',
  'free',
  'premium',
  'annual',
  'net',
  'gross',
  'qualified',
  'engaged',
];
const BASES = [
  'sessions',
  'users',
  'revenue',
  'orders',
  'conversions',
  'signups',
  'leads',
  'page views',
  'clicks',
  'impressions',
  'bounce rate',
  'conversion rate',
  'churn rate',
  'retention',
  'cost per acquisition',
  'customer lifetime value',
  'average order value',
  'click-through rate',
  'engagement time',
  'events',
  'purchases',
  'refunds',
  'subscriptions',
  'activations',
  'trial starts',
  'demo requests',
  'add-to-carts',
  'checkouts',
  'installs',
  'uninstalls',
  'active users',
  'visits',
  'downloads',
  'shares',
  'comments',
  'replies',
  'opens',
  'views',
  'returns',
  'renewals',
];
const SUFFIXES = ['', 'per user', 'per session', 'growth', 'share', 'by channel', 'rate', 'total'];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The master list: common names, then qualifier x base x suffix, in a fixed order. */
function allMetrics(): BenchMetric[] {
  const metrics: BenchMetric[] = COMMON.map((name, i) => ({ id: `m${i}`, name, aliases: [] }));
  metrics[3]!.aliases.push('Bounces %');
  metrics[6]!.aliases.push('Total revenue');
  for (const suffix of SUFFIXES) {
    for (let b = 0; b < BASES.length; b++) {
      for (let q = 0; q < QUALIFIERS.length; q++) {
        const base = BASES[(b + q) % BASES.length]!;
        const qualifier = QUALIFIERS[q]!;
        const name = capitalise(`${qualifier} ${base}${suffix ? ` ${suffix}` : ''}`);
        const aliases = metrics.length % 3 === 0 ? [`${capitalise(base)} (${qualifier})`] : [];
        metrics.push({ id: `m${metrics.length}`, name, aliases });
      }
    }
  }
  return metrics;
}

const MASTER = allMetrics();

/** The first `count` metrics of the master list: registries are nested, 10 in 100 in 1,000... */
export function benchRegistry(count: number): BenchMetric[] {
  return MASTER.slice(0, count);
}

/** One term per name and alias, as the extension compiles them. */
export function registryTerms(
  metrics: readonly BenchMetric[],
): { metricId: string; text: string }[] {
  return metrics.flatMap((m) => [m.name, ...m.aliases].map((text) => ({ metricId: m.id, text })));
}

/** Names of the master list that no bench registry (up to 5,000) holds: near misses on pages. */
export function unregisteredNames(count: number): string[] {
  return MASTER.slice(8000, 8000 + count).map((m) => m.name);
}
