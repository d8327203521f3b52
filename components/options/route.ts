/** The options page's place, kept in the URL hash so that links (the badge card's "Edit") land right. */
export const TABS = ['metrics', 'objectives', 'hierarchy', 'health', 'sites', 'backups'] as const;
export type Tab = (typeof TABS)[number];

export interface OptionsRoute {
  tab: Tab;
  /** `#metric=<id>` opens that metric's form; `#metric=new&name=…` a new one, name filled in. */
  metricId?: string;
  newName?: string;
}

export function parseRoute(hash: string): OptionsRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const metric = params.get('metric');
  if (metric === 'new')
    return { tab: 'metrics', metricId: 'new', newName: params.get('name') ?? '' };
  if (metric) return { tab: 'metrics', metricId: metric };
  const tab = params.get('tab');
  return { tab: (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'metrics' };
}

export function routeHash(route: OptionsRoute): string {
  if (route.metricId === 'new')
    return `#metric=new${route.newName ? `&name=${encodeURIComponent(route.newName)}` : ''}`;
  if (route.metricId) return `#metric=${encodeURIComponent(route.metricId)}`;
  return route.tab === 'metrics' ? '' : `#tab=${route.tab}`;
}
