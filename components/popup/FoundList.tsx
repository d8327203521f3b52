import { useState } from 'preact/hooks';
import { badgeFace } from '../../lib/overlay/badge-face';
import type { Metric, Registry } from '../../lib/registry/schema';
import { RoleIcon } from '../design/RoleIcon';
import { ROLE_STYLES } from '../design/roles';

interface Props {
  registry: Registry;
  found: { metricId: string; count: number }[];
  today: Date;
  onReveal: (metricId: string) => void;
  onRetag: (metric: Metric) => void;
}

/** How many rows show before "Show all": the popup should fit without scrolling. */
const FIRST_ROWS = 6;

/** Registered metrics on this page, each with its badge text and how often it shows. */
export function FoundList({ registry, found, today, onReveal, onRetag }: Props) {
  const [all, setAll] = useState(false);
  const byId = new Map(registry.metrics.map((m) => [m.id, m]));
  // Most telling first: the north star and KPIs, then what explains them, vanity last.
  const rank = (id: string) => {
    const m = byId.get(id);
    return !m
      ? 9
      : m.northStar
        ? 0
        : m.role === 'kpi'
          ? 1
          : m.role === 'supporting'
            ? 2
            : m.role === 'diagnostic'
              ? 3
              : m.vanity
                ? 5
                : 4;
  };
  const ordered = [...found].sort((a, b) => rank(a.metricId) - rank(b.metricId));
  const shown = all ? ordered : ordered.slice(0, FIRST_ROWS);
  return (
    <>
      <ul class="kl-list" aria-label="Registered metrics on this page">
        {shown.map(({ metricId, count }) => {
          const metric = byId.get(metricId);
          if (!metric) return null;
          const face = badgeFace(
            metric,
            metric.supports ? byId.get(metric.supports) : undefined,
            today,
          );
          const style = ROLE_STYLES[face.look];
          return (
            <li key={metricId} class="kl-row" style={{ flexWrap: 'nowrap', gap: 0 }}>
              <button
                type="button"
                class="kl-list-item"
                onClick={() => onReveal(metricId)}
                title="Scroll to it on the page"
              >
                <span style={{ color: style.color, display: 'inline-flex' }}>
                  <RoleIcon look={face.look} />
                </span>
                <span style={{ flex: 1, minWidth: 0 }}>
                  <strong>{metric.name}</strong>{' '}
                  <span
                    class="kl-muted"
                    style={{ color: face.warning ? 'var(--kl-warning)' : undefined }}
                  >
                    {face.text}
                  </span>
                </span>
                {count > 1 && (
                  <span class="kl-muted kl-count" title={`${count} times on this page`}>
                    ×{count}
                  </span>
                )}
              </button>
              <button
                type="button"
                class="kl-link"
                style={{ padding: '0 4px' }}
                aria-label={`Change the role of ${metric.name}`}
                title="Change its role"
                onClick={() => onRetag(metric)}
              >
                ✎
              </button>
            </li>
          );
        })}
      </ul>
      {found.length > FIRST_ROWS && (
        <button type="button" class="kl-link" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${found.length}`}
        </button>
      )}
    </>
  );
}
