import { distinctValues, NONE, type MetricQuery } from '../../../lib/registry/metric-filter';
import type { Registry } from '../../../lib/registry/schema';

interface Props {
  registry: Registry;
  query: MetricQuery;
  onQuery: (q: MetricQuery) => void;
}

/** Search box and one select per filter, all in one dense row. */
export function MetricFilters({ registry, query, onQuery }: Props) {
  const set = (key: keyof MetricQuery) => (e: { currentTarget: { value: string } }) =>
    onQuery({ ...query, [key]: e.currentTarget.value });
  const options = (values: readonly (readonly [string, string])[], none = true) => [
    ['', 'Any'] as const,
    ...(none ? [[NONE, '(none)'] as const] : []),
    ...values,
  ];
  const filter = (
    key: keyof MetricQuery,
    label: string,
    values: readonly (readonly [string, string])[],
    none = true,
  ) => (
    <label class="kl-row" style={{ gap: 'var(--kl-space-2)' }}>
      <span class="kl-muted">{label}</span>
      <select class="kl-select" value={query[key]} onChange={set(key)}>
        {options(values, none).map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
    </label>
  );
  const pairs = (values: string[]) => values.map((v) => [v, v] as const);
  return (
    <div class="kl-row" role="search" aria-label="Find metrics">
      <input
        type="search"
        class="kl-input"
        aria-label="Search names and aliases"
        placeholder="Search names and aliases"
        value={query.search}
        onInput={set('search')}
        style={{ minWidth: '220px' }}
      />
      {filter(
        'role',
        'Role',
        [
          ['northStar', 'North star'],
          ['kpi', 'KPI'],
          ['supporting', 'Supporting'],
          ['diagnostic', 'Diagnostic'],
          ['metric', 'Metric'],
        ],
        false,
      )}
      {filter('team', 'Team', pairs(distinctValues(registry.metrics, 'team')))}
      {filter('owner', 'Owner', pairs(distinctValues(registry.metrics, 'owner')))}
      {filter(
        'objectiveId',
        'Objective',
        registry.objectives.map((o) => [o.id, o.name] as const),
      )}
      {filter('indicator', 'Indicator', [
        ['leading', 'Leading'],
        ['lagging', 'Lagging'],
      ])}
      {filter(
        'health',
        'Health',
        [
          ['problems', 'Needs attention'],
          ['ok', 'Healthy'],
        ],
        false,
      )}
    </div>
  );
}
