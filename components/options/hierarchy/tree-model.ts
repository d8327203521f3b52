/**
 * The hierarchy as the nodes of an ARIA tree, and the tree's keyboard moves (WAI-ARIA tree view
 * pattern): pure, so the keys can be tested without a DOM.
 */
import type { Hierarchy, MetricNode } from '../../../lib/registry/hierarchy';
import type { Metric, Objective } from '../../../lib/registry/schema';

interface NodeBase {
  /** Unique across kinds: `o:<id>`, `m:<id>`, or `unassigned`. */
  key: string;
  children: TreeNode[];
}
export type TreeNode =
  | (NodeBase & { kind: 'objective'; objective: Objective })
  | (NodeBase & { kind: 'unassigned' })
  | (NodeBase & { kind: 'metric'; metric: Metric });

export const metricKey = (id: string) => `m:${id}`;

const metricNode = (n: MetricNode): TreeNode => ({
  kind: 'metric',
  key: metricKey(n.metric.id),
  metric: n.metric,
  children: n.children.map(metricNode),
});

/** Objectives first, then the "Unassigned" group (only when something is in it). */
export function treeNodes(hierarchy: Hierarchy): TreeNode[] {
  const nodes: TreeNode[] = hierarchy.objectives.map((b) => ({
    kind: 'objective',
    key: `o:${b.objective.id}`,
    objective: b.objective,
    children: b.children.map(metricNode),
  }));
  if (hierarchy.unassigned.length > 0)
    nodes.push({
      kind: 'unassigned',
      key: 'unassigned',
      children: hierarchy.unassigned.map(metricNode),
    });
  return nodes;
}

export interface VisibleItem {
  node: TreeNode;
  parentKey: string | undefined;
  expanded: boolean;
}

/** The items a user can reach, in reading order: children of collapsed items are skipped. */
export function visibleItems(
  nodes: readonly TreeNode[],
  collapsed: ReadonlySet<string>,
): VisibleItem[] {
  const out: VisibleItem[] = [];
  const walk = (list: readonly TreeNode[], parentKey: string | undefined) => {
    for (const node of list) {
      const expanded = node.children.length > 0 && !collapsed.has(node.key);
      out.push({ node, parentKey, expanded });
      if (expanded) walk(node.children, node.key);
    }
  };
  walk(nodes, undefined);
  return out;
}

/** Every key on the way from the root down to `key`, `key` excluded. */
export function ancestorKeys(nodes: readonly TreeNode[], key: string): string[] {
  const find = (list: readonly TreeNode[], path: string[]): string[] | null => {
    for (const node of list) {
      if (node.key === key) return path;
      const found = find(node.children, [...path, node.key]);
      if (found) return found;
    }
    return null;
  };
  return find(nodes, []) ?? [];
}

export type TreeAction =
  | { type: 'focus'; key: string }
  | { type: 'expand' | 'collapse' | 'toggle'; key: string }
  | { type: 'open'; metricId: string };

/** What a key press on the item `activeKey` does; null for keys the tree leaves alone. */
export function treeKeyAction(
  items: readonly VisibleItem[],
  activeKey: string,
  key: string,
): TreeAction | null {
  const at = items.findIndex((i) => i.node.key === activeKey);
  const item = items[at];
  if (!item) return null;
  const focus = (target: VisibleItem | undefined): TreeAction | null =>
    target ? { type: 'focus', key: target.node.key } : null;
  const hasChildren = item.node.children.length > 0;
  switch (key) {
    case 'ArrowDown':
      return focus(items[at + 1]);
    case 'ArrowUp':
      return focus(items[at - 1]);
    case 'Home':
      return focus(items[0]);
    case 'End':
      return focus(items[items.length - 1]);
    case 'ArrowRight':
      if (!hasChildren) return null;
      return item.expanded ? focus(items[at + 1]) : { type: 'expand', key: activeKey };
    case 'ArrowLeft':
      if (item.expanded) return { type: 'collapse', key: activeKey };
      return focus(items.find((i) => i.node.key === item.parentKey));
    case 'Enter':
      if (item.node.kind === 'metric') return { type: 'open', metricId: item.node.metric.id };
      return hasChildren ? { type: 'toggle', key: activeKey } : null;
    default:
      return null;
  }
}
