import { useMemo, useState } from 'preact/hooks';
import { allowedParents } from '../../../lib/registry/hierarchy';
import { ROLES, type Metric, type Registry } from '../../../lib/registry/schema';
import { ROLE_LABELS } from '../../design/roles';

/** The option for "no parent"; metric options are `m:<id>`, so no metric id can collide. */
const NO_PARENT = 'none';
/** Up to this many metrics every row carries its options; above, a row builds them when approached. */
const EAGER_OPTIONS_UP_TO = 120;

interface Props {
  metric: Metric;
  registry: Registry;
  busy: boolean;
  /** Only the tree's active row is in the tab order (roving tabindex). */
  tabbable: boolean;
  onMove: (parentId: string | undefined) => void;
}

/**
 * "Move under…": pick a parent, then press Move. Two steps on purpose: in Chromium, arrow keys
 * on a closed <select> fire `change` at every step, which would re-parent at every key press.
 * Options are only legal parents, grouped by role. In a large registry a row builds them when
 * its control is first approached (hover, focus), so that not every metric is rendered into
 * every row: n rows × n options.
 */
export function MoveUnder({ metric, registry, busy, tabbable, onMove }: Props) {
  const [approached, setApproached] = useState(false);
  const armed = approached || registry.metrics.length <= EAGER_OPTIONS_UP_TO;
  const [choice, setChoice] = useState('');
  const parents = useMemo(
    () =>
      armed ? allowedParents(registry, metric.id).filter((m) => m.id !== metric.supports) : [],
    [armed, registry, metric.id, metric.supports],
  );
  const arm = () => setApproached(true);
  const move = () => {
    setChoice('');
    onMove(choice === NO_PARENT ? undefined : choice.slice(2));
  };
  return (
    <span class={`kl-tree-move${choice !== '' ? ' kl-tree-move--pending' : ''}`}>
      <select
        class="kl-tree-move__select"
        aria-label={`Move '${metric.name}' under`}
        value={choice}
        disabled={busy}
        tabIndex={tabbable ? 0 : -1}
        onFocus={arm}
        onPointerEnter={arm}
        onChange={(e) => setChoice(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && choice !== '') {
            e.stopPropagation();
            setChoice('');
          }
        }}
      >
        <option value="">Move under…</option>
        {metric.supports !== undefined && <option value={NO_PARENT}>No parent (top level)</option>}
        {ROLES.map((role) => {
          const group = parents.filter((m) => m.role === role);
          return (
            group.length > 0 && (
              <optgroup key={role} label={ROLE_LABELS[role]}>
                {group.map((m) => (
                  <option key={m.id} value={`m:${m.id}`}>
                    {m.name}
                  </option>
                ))}
              </optgroup>
            )
          );
        })}
      </select>
      {choice !== '' && (
        <button
          type="button"
          class="kl-button kl-button--primary kl-tree-move__go"
          disabled={busy}
          onClick={move}
        >
          Move
        </button>
      )}
    </span>
  );
}
