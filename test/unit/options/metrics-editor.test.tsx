// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MetricsEditor } from '../../../components/options/metrics/MetricsEditor';
import { sampleRegistry } from '../../../lib/registry/sample';
import { renderInto } from './render-into';

describe('MetricsEditor: the Objective / supports column', () => {
  it('says what each metric serves: its objective, the KPI it supports, the metric it diagnoses', async () => {
    const registry = sampleRegistry();
    const { container } = await renderInto(
      <MetricsEditor
        registry={registry}
        findings={[]}
        busy={false}
        onApply={() => {}}
        onOpenMetric={() => {}}
        onNewMetric={() => {}}
      />,
    );
    const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    const column = headers.findIndex((h) => h.includes('Objective'));
    const cell = (name: string) => {
      const row = [...container.querySelectorAll('tbody tr')].find((tr) =>
        [...tr.querySelectorAll('td *')].some((el) => el.textContent?.trim() === name),
      );
      return row?.querySelectorAll('td')[column]?.textContent;
    };
    expect(column).toBeGreaterThanOrEqual(0);
    expect(cell('Bounce rate')).toBe('diagnoses Landing-page conversion rate');
    expect(cell('Activation rate')).toBe('supports Trial-to-paid conversion rate');
    expect(cell('CSAT')).toBe('Delight customers');
  });
});
