import type { RoleLook } from './roles';
import { StrokeIcon } from './StrokeIcon';

/** 12px stroke icons, one per role (drawn here so no resource needs to be web accessible). */
const PATHS: Record<RoleLook, string> = {
  kpi: 'M6 1.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Zm0 2.5a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z',
  northStar: 'M6 1l1.4 3.1 3.3.3-2.5 2.2.8 3.3L6 8.2 3 9.9l.8-3.3L1.3 4.4l3.3-.3Z',
  supporting: 'M2.5 9.5 9.5 2.5M5 2.5h4.5V7',
  diagnostic: 'M5.2 1.8a3.4 3.4 0 1 0 0 6.8 3.4 3.4 0 0 0 0-6.8ZM7.7 7.7l2.8 2.8',
  metric: 'M2.5 10V6.5M6 10V3M9.5 10V5',
  vanity: 'M6 1.8c2 0 3.4 1.5 3.4 3.4S7.9 8.9 6 9.3C4.1 8.9 2.6 7.1 2.6 5.2S4 1.8 6 1.8ZM6 9.3v1.9',
};

export function RoleIcon({ look }: { look: RoleLook }) {
  return <StrokeIcon path={PATHS[look]} />;
}
