import { TABS, type Tab } from './route';

export const TAB_LABELS: Record<Tab, string> = {
  metrics: 'Metrics',
  objectives: 'Objectives',
  hierarchy: 'Hierarchy',
  health: 'Health',
  sites: 'Sites & display',
  backups: 'Backups',
};

/** The registry page's sections, with the health score beside its tab. */
export function TabNav({
  current,
  healthScore,
  onSelect,
}: {
  current: Tab;
  healthScore: number | undefined;
  onSelect: (tab: Tab) => void;
}) {
  return (
    <nav class="kl-tabs" role="tablist" aria-label="Registry sections">
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          class="kl-tab"
          aria-selected={current === tab}
          onClick={() => onSelect(tab)}
        >
          {TAB_LABELS[tab]}
          {tab === 'health' && healthScore !== undefined && (
            <span class="kl-muted kl-count" aria-label={`score ${healthScore}`}>
              {' '}
              {healthScore}
            </span>
          )}
        </button>
      ))}
    </nav>
  );
}
