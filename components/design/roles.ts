/**
 * How each role looks, everywhere KPI Lens shows one: a label, a colour token and an icon,
 * so that a role is never told by colour alone.
 */
import type { Metric, Role } from '../../lib/registry/schema';

export type RoleLook = 'kpi' | 'northStar' | 'supporting' | 'diagnostic' | 'metric' | 'vanity';

export interface RoleStyle {
  label: string;
  /** CSS custom properties for the foreground and background. */
  color: string;
  background: string;
}

export const ROLE_STYLES: Record<RoleLook, RoleStyle> = {
  northStar: {
    label: 'North star',
    color: 'var(--kl-role-north-star)',
    background: 'var(--kl-role-north-star-bg)',
  },
  kpi: { label: 'KPI', color: 'var(--kl-role-kpi)', background: 'var(--kl-role-kpi-bg)' },
  supporting: {
    label: 'Supporting',
    color: 'var(--kl-role-supporting)',
    background: 'var(--kl-role-supporting-bg)',
  },
  diagnostic: {
    label: 'Diagnostic',
    color: 'var(--kl-role-diagnostic)',
    background: 'var(--kl-role-diagnostic-bg)',
  },
  metric: {
    label: 'Metric',
    color: 'var(--kl-role-metric)',
    background: 'var(--kl-role-metric-bg)',
  },
  vanity: {
    label: 'Vanity',
    color: 'var(--kl-role-vanity)',
    background: 'var(--kl-role-vanity-bg)',
  },
};

export const ROLE_LABELS: Record<Role, string> = {
  kpi: 'KPI',
  supporting: 'Supporting',
  diagnostic: 'Diagnostic',
  metric: 'Metric',
};

/** The look that says most about a metric: north star, then vanity, then its role. */
export function roleLook(metric: Pick<Metric, 'role' | 'northStar' | 'vanity'>): RoleLook {
  if (metric.northStar) return 'northStar';
  if (metric.vanity === true) return 'vanity';
  return metric.role;
}
