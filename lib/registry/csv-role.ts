/**
 * A CSV Role cell as people write it: the role names KPI Lens shows ("Supporting", "North star
 * KPI", "Vanity"), in any case. Vanity and north star are not roles in the file format but
 * flags on one (`vanity: true` on a metric, `northStar: true` on a KPI), so they read as both.
 */
import type { Role } from './schema';

export interface RoleCell {
  /** The role, or the cell as written when it names none (validation then says what to write). */
  role: Role | string | undefined;
  vanity?: true;
  northStar?: true;
}

const label = (role: Role, flags: Omit<RoleCell, 'role'> = {}): RoleCell => ({ role, ...flags });

const ROLE_BY_LABEL: ReadonlyMap<string, RoleCell> = new Map([
  ['kpi', label('kpi')],
  ['headline kpi', label('kpi')],
  ['north star', label('kpi', { northStar: true })],
  ['north star kpi', label('kpi', { northStar: true })],
  ['north star metric', label('kpi', { northStar: true })],
  ['supporting', label('supporting')],
  ['supporting kpi', label('supporting')],
  ['supporting metric', label('supporting')],
  ['diagnostic', label('diagnostic')],
  ['diagnostic metric', label('diagnostic')],
  ['metric', label('metric')],
  ['raw metric', label('metric')],
  ['vanity', label('metric', { vanity: true })],
  ['vanity metric', label('metric', { vanity: true })],
]);

export function readRoleCell(cell: string): RoleCell {
  const written = cell.trim();
  if (written === '') return { role: undefined };
  const key = written.toLowerCase().replace(/[\s_-]+/g, ' ');
  return ROLE_BY_LABEL.get(key) ?? { role: written };
}

/**
 * A Role cell that says Vanity beside a vanity cell that says no (or North star beside
 * northStar no) contradicts itself: the row is refused rather than one of them guessed.
 */
export function roleFlagConflicts(
  role: RoleCell,
  flags: { vanity: unknown; northStar: unknown },
  cells: { role: string; vanity: string; northStar: string },
): string[] {
  const conflicts: string[] = [];
  if (role.vanity && flags.vanity === false)
    conflicts.push(
      `${cells.role} says vanity but ${cells.vanity} says no: leave ${cells.vanity} empty, or give another role`,
    );
  if (role.northStar && flags.northStar === false)
    conflicts.push(
      `${cells.role} says north star but ${cells.northStar} says no: leave ${cells.northStar} empty, or give another role`,
    );
  return conflicts;
}
