import { describe, expect, it } from 'vitest';
import {
  objectiveAllLagging,
  objectiveAllLeading,
} from '../../../lib/registry/doctrine/indicator-balance';
import type { MetricInput } from '../../../lib/registry/schema';
import { GROW, TODAY, goodKpi, metric, registry } from './build-registry';

const NO_LEADING =
  "No leading indicator for 'Grow paid conversions': its KPIs are all lagging, and tell you too late. Add a leading indicator that predicts them, as a supporting metric.";
const NO_LAGGING =
  "No lagging indicator for 'Grow paid conversions': its KPIs are all leading, so nothing shows whether it is met. Add a KPI for the outcome itself.";

type Indicator = MetricInput['indicator'];
const kpi = (id: string, indicator: Indicator) => goodKpi({ id, indicator });

describe('leading and lagging indicators per objective', () => {
  it.each([
    {
      shown: 'all lagging KPIs: add a leading one',
      metrics: [kpi('a', 'lagging'), kpi('b', 'lagging')],
      messages: [NO_LEADING],
    },
    {
      shown: 'all leading KPIs: add a lagging one',
      metrics: [kpi('a', 'leading')],
      messages: [NO_LAGGING],
    },
    {
      shown: 'one of each: nothing',
      metrics: [kpi('a', 'lagging'), kpi('b', 'leading')],
      messages: [],
    },
    {
      shown: 'a lagging KPI with a leading supporting metric under it: nothing',
      metrics: [
        kpi('a', 'lagging'),
        metric({ id: 's', role: 'supporting', supports: 'a', indicator: 'leading' }),
      ],
      messages: [],
    },
    {
      shown: 'a leading metric two levels down counts too',
      metrics: [
        kpi('a', 'lagging'),
        metric({ id: 's', role: 'supporting', supports: 'a' }),
        metric({ id: 'd', role: 'diagnostic', supports: 's', indicator: 'leading' }),
      ],
      messages: [],
    },
    {
      shown: 'a leading metric elsewhere does not count',
      metrics: [kpi('a', 'lagging'), metric({ id: 'x', indicator: 'leading' })],
      messages: [NO_LEADING],
    },
    {
      shown: 'KPIs without an indicator: nothing to judge',
      metrics: [kpi('a', undefined)],
      messages: [],
    },
    { shown: 'no KPI at all: nothing (the focus rule notes it)', metrics: [], messages: [] },
    {
      shown: 'a supports loop under the KPI does not hang the review',
      metrics: [
        kpi('a', 'lagging'),
        metric({ id: 's', role: 'supporting', supports: 't' }),
        metric({ id: 't', role: 'supporting', supports: 's' }),
      ],
      messages: [NO_LEADING],
    },
  ])('$shown', ({ metrics, messages }) => {
    const reg = registry(metrics, [GROW]);
    const findings = [
      ...objectiveAllLagging.check(reg, TODAY),
      ...objectiveAllLeading.check(reg, TODAY),
    ];
    expect(findings.map((f) => f.message)).toEqual(messages);
    for (const f of findings) expect(f).toMatchObject({ severity: 'warning', objectiveId: 'grow' });
  });
});
