import { RoleIcon } from './RoleIcon';
import { ROLE_STYLES, type RoleLook } from './roles';

/** A role as a small coloured pill with its icon and name. */
export function RoleChip({ look, text }: { look: RoleLook; text?: string }) {
  const style = ROLE_STYLES[look];
  return (
    <span class="kl-chip" style={{ color: style.color, background: style.background }}>
      <RoleIcon look={look} />
      {text ?? style.label}
    </span>
  );
}
