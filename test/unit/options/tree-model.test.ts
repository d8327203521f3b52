import { describe, expect, it } from 'vitest';
import {
  ancestorKeys,
  treeKeyAction,
  treeNodes,
  visibleItems,
} from '../../../components/options/hierarchy/tree-model';
import { buildHierarchy } from '../../../lib/registry/hierarchy';
import { sampleRegistry } from '../../../lib/registry/sample';

const nodes = treeNodes(buildHierarchy(sampleRegistry()));
const keysOf = (collapsed: string[]) =>
  visibleItems(nodes, new Set(collapsed)).map((i) => i.node.key);

describe('visibleItems', () => {
  it('lists objectives, their metrics depth first, then the unassigned group', () => {
    const keys = keysOf([]);
    expect(keys.slice(0, 4)).toEqual([
      'o:grow-paid',
      'm:weekly-active-teams',
      'm:qualified-demo-requests',
      'm:trial-to-paid',
    ]);
    expect(keys).toContain('unassigned');
    expect(keys).toHaveLength(4 + 1 + sampleRegistry().metrics.length);
  });

  it('skips what a collapsed item holds', () => {
    const keys = keysOf(['m:cac', 'unassigned']);
    expect(keys).toContain('m:cac');
    expect(keys).not.toContain('m:paid-search-ctr');
    expect(keys.at(-1)).toBe('unassigned');
  });
});

describe('treeKeyAction', () => {
  const items = visibleItems(nodes, new Set(['o:delight-customers']));
  it.each([
    {
      at: 'o:grow-paid',
      press: 'ArrowDown',
      does: { type: 'focus', key: 'm:weekly-active-teams' },
    },
    { at: 'm:weekly-active-teams', press: 'ArrowUp', does: { type: 'focus', key: 'o:grow-paid' } },
    { at: 'o:grow-paid', press: 'ArrowUp', does: null },
    {
      at: 'm:trial-to-paid',
      press: 'ArrowRight',
      does: { type: 'focus', key: 'm:activation-rate' },
    },
    {
      at: 'o:delight-customers',
      press: 'ArrowRight',
      does: { type: 'expand', key: 'o:delight-customers' },
    },
    { at: 'm:activation-rate', press: 'ArrowRight', does: null },
    {
      at: 'm:trial-to-paid',
      press: 'ArrowLeft',
      does: { type: 'collapse', key: 'm:trial-to-paid' },
    },
    {
      at: 'm:activation-rate',
      press: 'ArrowLeft',
      does: { type: 'focus', key: 'm:trial-to-paid' },
    },
    { at: 'o:grow-paid', press: 'End', does: { type: 'focus', key: 'm:total-registered-users' } },
    { at: 'm:sessions', press: 'Home', does: { type: 'focus', key: 'o:grow-paid' } },
    { at: 'm:csat', press: 'Enter', does: null },
    { at: 'm:cac', press: 'Enter', does: { type: 'open', metricId: 'cac' } },
    { at: 'unassigned', press: 'Enter', does: { type: 'toggle', key: 'unassigned' } },
    { at: 'm:cac', press: 'a', does: null },
  ])('$press on $at', ({ at, press, does }) => {
    expect(treeKeyAction(items, at, press)).toEqual(does);
  });
});

describe('ancestorKeys', () => {
  it('walks from the objective down to the parent', () => {
    expect(ancestorKeys(nodes, 'm:page-load-time')).toEqual([
      'o:acquire-efficiently',
      'm:cac',
      'm:landing-page-cr',
      'm:bounce-rate',
    ]);
  });
});
