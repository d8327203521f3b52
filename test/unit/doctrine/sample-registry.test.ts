import { describe, expect, it } from 'vitest';
import { reviewRegistry } from '../../../lib/registry/doctrine';
import { dayOf, deadlineEndDay } from '../../../lib/progress/calendar-days';
import { sampleRegistry } from '../../../lib/registry/sample';

describe('the health review of the sample registry (public/sample-registry.json)', () => {
  const { findings, score } = reviewRegistry(sampleRegistry(), new Date(2026, 10, 23));
  const shown = findings.map(
    (f) => `${f.severity} ${f.ruleId} ${f.metricId ?? f.objectiveId ?? f.team ?? ''}`,
  );

  it('reports the KPI left without a target and owner on purpose, and the doctrine notes', () => {
    expect(shown).toEqual([
      'error kpi-without-target qualified-demo-requests',
      'error kpi-without-owner qualified-demo-requests',
      // Its only KPI is lagging and nothing leading sits under it.
      'warning objective-all-lagging deliver-on-time',
      'info team-few-kpis Product',
      'info team-few-kpis Growth',
      'info team-few-kpis Support',
      'info team-few-kpis Operations',
      'info team-few-kpis Marketing',
      'info objective-few-kpis delight-customers',
      'info objective-few-kpis deliver-on-time',
      'info objective-few-kpis acquire-efficiently',
      // Not yet judged by the team, unlike Followers or App downloads.
      'info vanity-suspected impressions',
    ]);
    expect(score).toBe(100 - 2 * 10 - 3 - 9);
  });

  it('says what a user reads for the incomplete KPI, with one-click fixes', () => {
    const [noTarget, noOwner] = findings;
    expect(noTarget?.message).toBe(
      "'Qualified demo requests' is a KPI without a target: a KPI without a target is just a metric. Set a target, or make it a plain metric.",
    );
    expect(noTarget?.fix?.label).toBe('Make it a plain metric');
    expect(noOwner?.fix?.label).toBe("Make Dana (owner of 'Grow paid conversions') its owner");
  });

  it('fixing both removes both errors from the review, live', () => {
    const [noTarget, noOwner] = findings;
    const today = new Date(2026, 10, 23);
    let fixed = sampleRegistry();
    fixed = noOwner?.fix?.apply(fixed, today) ?? fixed;
    fixed = noTarget?.fix?.apply(fixed, today) ?? fixed;
    expect(reviewRegistry(fixed, today).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('the sample loaded weeks or years after it was written', () => {
  const written = reviewRegistry(sampleRegistry(), new Date(2026, 10, 23));

  it.each([
    ['two weeks later', new Date(2026, 11, 7)],
    ['the day after its first deadline', new Date(2027, 3, 1)],
    ['across a month end and a leap day', new Date(2028, 2, 1)],
  ])('%s: the same review and score (its dates come along)', (_, today) => {
    const later = reviewRegistry(sampleRegistry(today), today);
    expect(later.findings.map((f) => f.message)).toEqual(written.findings.map((f) => f.message));
    expect(later.score).toBe(written.score);
  });

  it('as written, without today, every weekly KPI would read as overdue two weeks later', () => {
    const today = new Date(2026, 11, 7);
    const stale = reviewRegistry(sampleRegistry(), today).findings;
    expect(stale.filter((f) => f.ruleId === 'review-overdue').length).toBeGreaterThan(0);
  });

  it('moves only review dates, by whole days', () => {
    const shifted = sampleRegistry(new Date(2026, 11, 7, 12));
    const asWritten = sampleRegistry();
    expect(shifted.metrics.map((m) => ({ ...m, lastReviewed: undefined }))).toEqual(
      asWritten.metrics.map((m) => ({ ...m, lastReviewed: undefined })),
    );
    const wat = (r: typeof shifted) => r.metrics.find((m) => m.id === 'weekly-active-teams');
    expect(wat(asWritten)?.lastReviewed).toBe('2026-11-16');
    expect(wat(shifted)?.lastReviewed).toBe('2026-12-03');
  });

  it('keeps every deadline ahead: a year later once the first would lapse, month and day kept', () => {
    const today = new Date(2027, 3, 1);
    const moved = sampleRegistry(today);
    const asWritten = sampleRegistry();
    const byOf = (r: typeof moved) => r.metrics.map((m) => m.target?.by);
    expect(byOf(sampleRegistry(new Date(2027, 2, 31)))).toEqual(byOf(asWritten));
    expect(byOf(moved)).toEqual(
      byOf(asWritten).map((by) =>
        by === undefined ? by : `${Number(by.slice(0, 4)) + 1}${by.slice(4)}`,
      ),
    );
    expect(moved.metrics.find((m) => m.id === 'csat')?.target?.by).toBe('2028-03-31');
    expect(moved.objectives.map((o) => o.period)).toEqual(
      asWritten.objectives.map(() => '2027-Q4'),
    );
    for (const by of byOf(moved)) {
      if (by !== undefined)
        expect(deadlineEndDay(by)!).toBeGreaterThanOrEqual(dayOf('2027-04-01')!);
    }
  });
});
