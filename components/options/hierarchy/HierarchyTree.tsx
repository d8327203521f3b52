import type { HTMLAttributes, TargetedKeyboardEvent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ChangeSet } from '../../../lib/registry/change-set';
import { allowedParents, buildHierarchy, moveMetric } from '../../../lib/registry/hierarchy';
import type { Metric, Registry } from '../../../lib/registry/schema';
import { TreeItem } from './TreeItem';
import type { TreeContext } from './tree-context';
import { ancestorKeys, metricKey, treeKeyAction, treeNodes, visibleItems } from './tree-model';
import './hierarchy.css';

export interface HierarchyTreeProps {
  registry: Registry;
  busy: boolean;
  onApply: (reason: string, change: ChangeSet) => void;
  onOpenMetric: (metricId: string) => void;
}

/**
 * Objective -> headline KPI -> supporting -> diagnostic -> raw metric, as an ARIA tree
 * (arrows move, Enter opens a metric). Re-parenting by "Move under…" or by dragging a metric
 * onto another; only legal parents are ever offered, so no move can close a loop.
 */
export function HierarchyTree({ registry, busy, onApply, onOpenMetric }: HierarchyTreeProps) {
  const nodes = useMemo(() => treeNodes(buildHierarchy(registry)), [registry]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [activeKey, setActiveKey] = useState<string>();
  const [drag, setDrag] = useState<{ metric: Metric; legal: Set<string> }>();
  const [dropKey, setDropKey] = useState<string>();
  const elements = useRef(new Map<string, HTMLLIElement>());
  const focusAfterMove = useRef<string | undefined>(undefined);

  const items = visibleItems(nodes, collapsed);
  const tabbableKey = items.some((i) => i.node.key === activeKey) ? activeKey : items[0]?.node.key;

  const focusItem = (key: string) => {
    setActiveKey(key);
    elements.current.get(key)?.focus();
  };

  // A moved item is rendered anew under its new parent: show it (open the branches above it)
  // and give it focus back, unless the user has gone elsewhere in the meantime.
  useEffect(() => {
    const key = focusAfterMove.current;
    if (key === undefined || busy) return;
    const above = ancestorKeys(nodes, key);
    if (above.some((k) => collapsed.has(k))) {
      setCollapsed(new Set([...collapsed].filter((k) => !above.includes(k))));
      return;
    }
    const el = elements.current.get(key);
    const lost = !document.activeElement || document.activeElement === document.body;
    if (el && lost) focusItem(key);
    focusAfterMove.current = undefined;
  }, [nodes, busy, collapsed]);

  function move(metric: Metric, parentId: string | undefined) {
    const write = moveMetric(registry, metric.id, parentId);
    if (!write || busy) return;
    focusAfterMove.current = metricKey(metric.id);
    setActiveKey(metricKey(metric.id));
    onApply(write.reason, write.change);
  }

  function toggle(key: string, open?: boolean) {
    const next = new Set(collapsed);
    if (open ?? next.has(key)) next.delete(key);
    else next.add(key);
    setCollapsed(next);
  }

  function onKeyDown(e: TargetedKeyboardEvent<HTMLUListElement>) {
    // Keys typed into a row's own controls (the Move select) are theirs, not the tree's.
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (target?.getAttribute('role') !== 'treeitem') return;
    const action = treeKeyAction(items, target.dataset.key ?? '', e.key);
    if (!action) return;
    e.preventDefault();
    if (action.type === 'focus') focusItem(action.key);
    else if (action.type === 'open') onOpenMetric(action.metricId);
    else toggle(action.key, action.type === 'toggle' ? undefined : action.type === 'expand');
  }

  const dropHandlers = (target: Metric): HTMLAttributes<HTMLDivElement> => {
    const key = metricKey(target.id);
    const legal = () =>
      drag !== undefined && drag.legal.has(target.id) && drag.metric.supports !== target.id;
    return {
      onDragOver: (e) => {
        if (!legal()) return;
        e.preventDefault(); // accepts the drop
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
        if (dropKey !== key) setDropKey(key);
      },
      onDragLeave: (e) => {
        const into = e.relatedTarget;
        if (into instanceof Node && e.currentTarget.contains(into)) return;
        if (dropKey === key) setDropKey(undefined);
      },
      onDrop: (e) => {
        e.preventDefault();
        if (legal() && drag) move(drag.metric, target.id);
        setDrag(undefined);
        setDropKey(undefined);
      },
    };
  };

  const ctx: TreeContext = {
    registry,
    busy,
    collapsed,
    tabbableKey,
    dropKey,
    register: (key, el) => {
      if (el) elements.current.set(key, el);
      else elements.current.delete(key);
    },
    setActive: setActiveKey,
    toggle: (key) => toggle(key),
    open: onOpenMetric,
    move,
    startDrag: (metric, e) => {
      if (busy) return;
      e.dataTransfer?.setData('text/plain', metric.name);
      if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
      setDrag({ metric, legal: new Set(allowedParents(registry, metric.id).map((m) => m.id)) });
    },
    endDrag: () => {
      setDrag(undefined);
      setDropKey(undefined);
    },
    dropHandlers,
  };

  if (nodes.length === 0)
    return <p class="kl-muted">No objectives or metrics yet: add some to see their hierarchy.</p>;
  return (
    <ul
      role="tree"
      aria-label="Metric hierarchy"
      class={`kl-tree${drag ? ' kl-tree--dragging' : ''}`}
      onKeyDown={onKeyDown}
    >
      {nodes.map((node) => (
        <TreeItem key={node.key} node={node} level={1} ctx={ctx} />
      ))}
    </ul>
  );
}
