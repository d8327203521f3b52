import { describe, expect, it } from 'vitest';
import { pageWarnings, summarisePage } from '../../lib/popup/page-summary';
import { createPendingTag, labelFromMenuClick, TAG_MENU_ID } from '../../lib/permissions/tag-menu';
import { reviewRegistry } from '../../lib/registry/doctrine';
import { sampleRegistry } from '../../lib/registry/sample';

const registry = sampleRegistry();
const pick = (...ids: string[]) => registry.metrics.filter((m) => ids.includes(m.id));

describe('the popup summary of a page', () => {
  it('counts by role, vanity suspicion and untagged labels', () => {
    const found = pick(
      'trial-to-paid',
      'csat',
      'activation-rate',
      'bounce-rate',
      'followers',
      'impressions',
      'sessions',
    );
    expect(summarisePage(found, 5)).toBe(
      '12 metrics here: 2 KPIs, 1 supporting, 1 diagnostic, 1 plain, 1 vanity, 1 maybe vanity, 5 untagged',
    );
  });

  it('says so when nothing is found', () => {
    expect(summarisePage([], 0)).toBe('No metrics found on this page yet.');
  });

  it('shows the warnings about metrics on the page, not the rest', () => {
    const findings = reviewRegistry(registry, new Date('2026-11-23')).findings;
    expect(pageWarnings(findings, pick('qualified-demo-requests')).map((f) => f.ruleId)).toEqual([
      'kpi-without-target',
      'kpi-without-owner',
    ]);
    expect(pageWarnings(findings, pick('sessions'))).toEqual([]);
  });
});

describe('the context menu', () => {
  it('leaves the selected label for the popup, once', () => {
    const pending = createPendingTag();
    const label = labelFromMenuClick({
      menuItemId: TAG_MENU_ID,
      selectionText: '  Bounce\n rate ',
    });
    expect(label).toBe('Bounce rate');
    pending.set(label!);
    expect(pending.take()).toBe('Bounce rate');
    expect(pending.take()).toBeNull();
  });

  it('ignores other menus and empty selections', () => {
    expect(labelFromMenuClick({ menuItemId: 'other', selectionText: 'x' })).toBeNull();
    expect(labelFromMenuClick({ menuItemId: TAG_MENU_ID, selectionText: '   ' })).toBeNull();
  });
});
