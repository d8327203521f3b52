import type { Severity } from '../../../lib/registry/doctrine';
import { StrokeIcon } from '../../design/StrokeIcon';
import { SEVERITY_LOOKS } from './health-look';

/** 12px shapes that differ by outline as well as colour: circle with a bar, triangle, "i". */
const PATHS: Record<Severity, string> = {
  error: 'M6 1.2a4.8 4.8 0 1 0 0 9.6 4.8 4.8 0 0 0 0-9.6ZM3.8 6h4.4',
  warning: 'M6 1.5 10.8 10H1.2ZM6 4.8v2.4M6 8.6v.1',
  info: 'M6 1.2a4.8 4.8 0 1 0 0 9.6 4.8 4.8 0 0 0 0-9.6ZM6 5.4v3M6 3.6v.1',
};

export function SeverityIcon({ severity }: { severity: Severity }) {
  return <StrokeIcon path={PATHS[severity]} color={SEVERITY_LOOKS[severity].color} />;
}
