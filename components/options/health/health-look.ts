/** How the health review speaks and looks: severity words and colours, and the score's verdict. */
import type { Severity } from '../../../lib/registry/doctrine';

export interface SeverityLook {
  /** "Error": for one finding. */
  one: string;
  /** "Errors": for a section heading or a filter. */
  many: string;
  /** A colour token; the icon and the word carry the meaning too. */
  color: string;
}

export const SEVERITY_LOOKS: Record<Severity, SeverityLook> = {
  error: { one: 'Error', many: 'Errors', color: 'var(--kl-danger)' },
  warning: { one: 'Warning', many: 'Warnings', color: 'var(--kl-warning)' },
  info: { one: 'Note', many: 'Notes', color: 'var(--kl-accent)' },
};

export type SeverityCounts = Record<Severity, number>;

/**
 * A few words on the score. Any error keeps a registry from being "in good shape", whatever the
 * arithmetic says: an error breaks the doctrine, a note does not.
 */
export function healthVerdict(score: number, counts: SeverityCounts): string {
  if (counts.error + counts.warning + counts.info === 0) return 'Follows the doctrine';
  if (score >= 85 && counts.error === 0) return 'In good shape';
  if (score >= 60) return 'Needs attention';
  return 'Off track';
}
