// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MetricFindings } from '../../../components/options/metrics/MetricFindings';
import type { HealthFinding } from '../../../lib/registry/doctrine';
import { renderInto } from './render-into';

const finding = (ruleId: string, severity: HealthFinding['severity'], message: string) => ({
  ruleId,
  severity,
  message,
  metricId: 'm',
});

describe('MetricFindings', () => {
  it('shows each finding with its severity, a note muted, in the order given', async () => {
    const { container } = await renderInto(
      <MetricFindings
        findings={[
          finding('kpi-without-target', 'error', 'Set a target.'),
          finding('no-review', 'warning', 'Set a review cadence.'),
          finding('few-kpis', 'info', 'Only 1 KPI in this objective.'),
        ]}
      />,
    );
    const items = [...container.querySelectorAll('li')];
    // Screen readers hear the severity word; everyone sees its icon.
    expect(items.map((li) => li.textContent)).toEqual([
      'Error: Set a target.',
      'Warning: Set a review cadence.',
      'Note: Only 1 KPI in this objective.',
    ]);
    expect(items.map((li) => li.querySelectorAll('svg').length)).toEqual([1, 1, 1]);
    expect(items.map((li) => li.classList.contains('kl-muted'))).toEqual([false, false, true]);
    expect(container.querySelector('ul')?.getAttribute('aria-label')).toBe('Health of this metric');
  });

  it('renders nothing for a metric without findings', async () => {
    const { container } = await renderInto(<MetricFindings findings={[]} />);
    expect(container.childElementCount).toBe(0);
  });
});
