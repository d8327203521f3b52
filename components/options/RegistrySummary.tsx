import type { Registry } from '../../lib/registry/schema';

/** "Sample: Acme growth metrics · 21 metrics · 6 KPIs · 4 objectives" */
export function RegistrySummary({ registry }: { registry: Registry }) {
  const kpis = registry.metrics.filter((m) => m.role === 'kpi').length;
  const parts = [
    `${registry.metrics.length} metrics`,
    `${kpis} KPIs`,
    `${registry.objectives.length} objectives`,
  ];
  return (
    <p class="kl-muted" data-testid="registry-summary">
      {registry.name ? `${registry.name} · ` : ''}
      {parts.join(' · ')}
    </p>
  );
}
