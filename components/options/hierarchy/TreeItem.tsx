import type { Metric } from '../../../lib/registry/schema';
import { RoleChip } from '../../design/RoleChip';
import { ROLE_LABELS, roleLook } from '../../design/roles';
import { MoveUnder } from './MoveUnder';
import type { TreeNode } from './tree-model';
import type { TreeContext } from './tree-context';

/** One item of the tree and, when expanded, its children as a group. */
export function TreeItem({
  node,
  level,
  ctx,
}: {
  node: TreeNode;
  level: number;
  ctx: TreeContext;
}) {
  const hasChildren = node.children.length > 0;
  const expanded = hasChildren && !ctx.collapsed.has(node.key);
  const metric = node.kind === 'metric' ? node.metric : undefined;
  const dropping = ctx.dropKey === node.key;
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-label={itemLabel(node)}
      tabIndex={ctx.tabbableKey === node.key ? 0 : -1}
      ref={(el) => ctx.register(node.key, el)}
      onFocus={(e) => {
        if (e.target === e.currentTarget) ctx.setActive(node.key);
      }}
      data-key={node.key}
      class="kl-tree-item"
    >
      <div
        class={`kl-tree-row kl-tree-row--${node.kind}${dropping ? ' kl-tree-row--drop' : ''}`}
        style={{ paddingLeft: `calc(${level - 1} * 20px + var(--kl-space-2))` }}
        {...(metric && ctx.dropHandlers(metric))}
      >
        <span
          class="kl-tree-twisty"
          aria-hidden="true"
          onClick={hasChildren ? () => ctx.toggle(node.key) : undefined}
        >
          {hasChildren ? (expanded ? '▾' : '▸') : ''}
        </span>
        {metric ? <MetricLabel metric={metric} ctx={ctx} /> : <GroupLabel node={node} />}
      </div>
      {expanded && (
        <ul role="group" class="kl-tree-group">
          {node.children.map((child) => (
            <TreeItem key={child.key} node={child} level={level + 1} ctx={ctx} />
          ))}
        </ul>
      )}
    </li>
  );
}

function MetricLabel({ metric, ctx }: { metric: Metric; ctx: TreeContext }) {
  const key = `m:${metric.id}`;
  return (
    <>
      <span
        class="kl-tree-handle"
        aria-hidden="true"
        draggable={!ctx.busy}
        title="Drag onto another metric to move it there"
        onDragStart={(e) => ctx.startDrag(metric, e)}
        onDragEnd={ctx.endDrag}
      >
        ⠿
      </span>
      <RoleChip look={roleLook(metric)} text={metric.northStar ? 'North star KPI' : undefined} />
      <button type="button" class="kl-tree-name" tabIndex={-1} onClick={() => ctx.open(metric.id)}>
        {metric.name}
      </button>
      {metric.northStar && (
        <span class="kl-tree-star" aria-hidden="true" title="North star">
          ★
        </span>
      )}
      <span class="kl-tree-spacer" />
      <MoveUnder
        metric={metric}
        registry={ctx.registry}
        busy={ctx.busy}
        tabbable={ctx.tabbableKey === key}
        onMove={(parentId) => ctx.move(metric, parentId)}
      />
    </>
  );
}

function GroupLabel({ node }: { node: TreeNode }) {
  const count = node.children.length;
  if (node.kind === 'objective')
    return (
      <>
        <span class="kl-tree-kind">Objective</span>
        <strong>{node.objective.name}</strong>
        {node.objective.period && <span class="kl-muted">{node.objective.period}</span>}
        {count === 0 && <span class="kl-muted">· no KPI yet</span>}
      </>
    );
  return (
    <>
      <strong>Unassigned</strong>
      <span class="kl-muted">
        <span class="kl-count">{count}</span> under no objective and no parent
      </span>
    </>
  );
}

/** The item's name for screen readers: its own row only, not the whole subtree inside it. */
function itemLabel(node: TreeNode): string {
  if (node.kind === 'objective') return `Objective: ${node.objective.name}`;
  if (node.kind === 'unassigned') return 'Unassigned: under no objective and no parent';
  const m = node.metric;
  return `${m.name}, ${m.northStar ? 'north star ' : ''}${ROLE_LABELS[m.role]}${m.vanity ? ', vanity' : ''}`;
}
